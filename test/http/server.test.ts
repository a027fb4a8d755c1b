import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function startServer(env: Record<string, string>): ChildProcess {
  return spawn(tsx, ['src/server.ts'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', WORKERS: '1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolve with the GraphiQL URL the server prints; keep draining its output afterwards. */
function readUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += String(chunk);
      const match = output.match(/http:\/\/[^\s]+\/graphql/);
      if (match) resolve(match[0]);
    });
    child.once('exit', () => reject(new Error(`server exited before listening: ${output}`)));
  });
}

describe('the started server, over a real socket', () => {
  let child: ChildProcess;
  let url: string;

  beforeAll(async () => {
    child = startServer({});
    url = await readUrl(child);
  });

  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGTERM');
  });

  it('answers a GraphQL query over HTTP', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ analyzeSentiment(text: "What a great day!") { label } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { analyzeSentiment: { label: 'POSITIVE' } } });
  });

  it('answers GET queries, the prototype route and /health', async () => {
    const get = await fetch(
      `${url}?query=${encodeURIComponent('{ analyzeSentiment(text: "bad") { label } }')}`,
    );
    expect(await get.json()).toEqual({ data: { analyzeSentiment: { label: 'NEGATIVE' } } });
    const compat = await fetch(url.replace('/graphql', '/sentiment'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text":"bad"}',
    });
    expect(compat.status).toBe(200);
    expect(((await compat.json()) as { polarity: number }).polarity).toBeLessThan(0);
    expect((await fetch(url.replace('/graphql', '/health'))).status).toBe(200);
  });

  it('exits 0 on SIGTERM', async () => {
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });
});

describe('the server with a bad configuration', () => {
  it('exits 1 and names the bad setting', async () => {
    const child = startServer({ MAX_BATCH_SIZE: 'lots' });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(stderr).toContain('MAX_BATCH_SIZE must be a whole number from 1 to 1000000, got "lots"');
  });
});

describe('a server that cannot listen', () => {
  it.each(['1', '2'])('exits 1 with a message naming the port (WORKERS=%s)', async (workers) => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const child = startServer({ PORT: String(port), WORKERS: workers });
      let stderr = '';
      child.stderr?.on('data', (chunk) => {
        stderr += String(chunk);
      });
      const [code] = await once(child, 'exit');
      expect(code).toBe(1);
      expect(stderr).toContain(
        `Cannot listen on 127.0.0.1:${port}: port ${port} is already in use`,
      );
    } finally {
      blocker.close();
    }
  });
});
