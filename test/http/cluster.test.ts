import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

/** Collects a child's stdout and stderr; tests wait for a line matching a pattern. */
class Output {
  text = '';
  private waiters: { pattern: RegExp; from: number; resolve: (match: RegExpMatchArray) => void }[] =
    [];

  constructor(child: ChildProcess) {
    const collect = (chunk: unknown) => {
      this.text += String(chunk);
      this.waiters = this.waiters.filter((waiter) => {
        const match = this.text.slice(waiter.from).match(waiter.pattern);
        if (match) waiter.resolve(match);
        return !match;
      });
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
  }

  /** Resolve with the first match of `pattern` in the output written after offset `from`. */
  waitFor(pattern: RegExp, from = 0): Promise<RegExpMatchArray> {
    const match = this.text.slice(from).match(pattern);
    if (match) return Promise.resolve(match);
    return new Promise((resolve) => this.waiters.push({ pattern, from, resolve }));
  }
}

async function ask(url: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ analyzeSentiment(text: "What a great day!") { label } }' }),
  });
  return response.json();
}

const workerPids = (text: string) =>
  [...text.matchAll(/"msg":"worker started","pid":(\d+)/g)].map((match) => Number(match[1]));

describe('WORKERS=2: a cluster of two server processes', () => {
  let child: ChildProcess;
  let output: Output;
  let url: string;

  beforeAll(async () => {
    child = spawn(tsx, ['src/server.ts'], {
      cwd: root,
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', WORKERS: '2', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    output = new Output(child);
    const [ready] = await output.waitFor(/http:\/\/[^\s]+\/graphql \(2 worker processes\)/);
    url = ready.split(' ')[0] ?? '';
    // Both workers listening (the ready line comes with the first).
    await output.waitFor(/"msg":"worker listening"[^\n]*\n[\s\S]*"msg":"worker listening"/);
  }, 60_000);

  afterAll(async () => {
    if (child.exitCode === null) {
      // SIGTERM reaches the primary through tsx (SIGKILL would orphan it with its workers).
      child.kill('SIGTERM');
      const exited = once(child, 'exit');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    for (const pid of workerPids(output.text)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }, 30_000);

  it('starts two workers and answers over one port', async () => {
    expect(workerPids(output.text)).toHaveLength(2);
    expect(await ask(url)).toEqual({ data: { analyzeSentiment: { label: 'POSITIVE' } } });
  });

  it('serves the metrics of all workers together on /metrics', async () => {
    for (let request = 0; request < 6; request += 1) await ask(url);
    const analyzed = async () => {
      const text = await (await fetch(url.replace('/graphql', '/metrics'))).text();
      const line = text.match(
        /sentiment_documents_analyzed_total\{operation="analyzeSentiment"\} (\d+)/,
      );
      return Number(line?.[1]);
    };
    // 7 requests so far, spread over both workers; every scrape sees the sum.
    expect(await analyzed()).toBe(7);
    expect(await analyzed()).toBe(7);
  });

  it('replaces a worker that dies', async () => {
    const [victim] = workerPids(output.text);
    const from = output.text.length;
    process.kill(victim as number, 'SIGKILL');
    await output.waitFor(/"msg":"worker died; starting a replacement"/, from);
    await output.waitFor(/"msg":"worker started","pid":\d+/, from);
    expect(workerPids(output.text)).toHaveLength(3);
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect(await ask(url)).toEqual({ data: { analyzeSentiment: { label: 'POSITIVE' } } });
    }
  });

  it('drains every worker and exits 0 on SIGTERM', async () => {
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output.text).toContain('"msg":"all workers stopped"');
    for (const pid of workerPids(output.text)) {
      expect(() => process.kill(pid, 0)).toThrow();
    }
  });
});
