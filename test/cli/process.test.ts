import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { createApp } from '../../src/app.js';
import { defaultConfig } from '../../src/config.js';

/** `sentiment-batch` as a child process, from source through tsx (like `npm run sentiment-batch`). */
const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function sentimentBatch(args: string[], stdin?: string) {
  const child = spawn(tsx, ['src/cli/sentiment-batch.ts', ...args], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += String(chunk);
  });
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  child.stdin.end(stdin ?? '');
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('sentiment-batch as a child process', () => {
  let dir: string;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sentiment-batch-'));
    server = createServer(createApp({ ...defaultConfig, logLevel: 'silent' }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('analyzes a CSV file (BOM, quoted fields) and keeps its columns and order', async () => {
    const file = join(dir, 'reviews.csv');
    await writeFile(
      file,
      '\uFEFFid,text,stars\n7,"Slow, rude staff. ""Never"" again",1\n3,"Lovely\nplace",5\n\n',
    );
    const { code, stdout, stderr } = await sentimentBatch([file]);
    expect(code).toBe(0);
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.id, row.stars])).toEqual([
      ['7', '1'],
      ['3', '5'],
    ]);
    expect(rows[0]?.text).toBe('Slow, rude staff. "Never" again');
    expect(Number(rows[0]?.polarity)).toBe(analyze('Slow, rude staff. "Never" again').polarity);
    expect(rows.map((row) => row.label)).toEqual([
      analyze('Slow, rude staff. "Never" again').label,
      analyze('Lovely\nplace').label,
    ]);
    expect(stderr).toMatch(/^2 rows in .* \(\d[\d,]* rows\/s\): .*, 0 failed\n$/);
  });

  it('reads stdin and sends it to a running service with --url', async () => {
    const input = '{"id":"a","text":"What a great day"}\n{"id":"b","text":""}\n';
    const { code, stdout } = await sentimentBatch(['-', '--format', 'jsonl', '--url', url], input);
    expect(code).toBe(0);
    const rows = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows).toEqual([
      {
        id: 'a',
        text: 'What a great day',
        polarity: analyze('What a great day').polarity,
        subjectivity: analyze('What a great day').subjectivity,
        label: 'POSITIVE',
      },
      {
        id: 'b',
        text: '',
        polarity: null,
        subjectivity: null,
        label: null,
        error: {
          code: 'EMPTY_TEXT',
          message: expect.stringMatching(/^text is empty; /),
        },
      },
    ]);
  });

  it('exits 2 with a message for a missing file, writing nothing to stdout', async () => {
    const missing = join(dir, 'nope.jsonl');
    const { code, stdout, stderr } = await sentimentBatch([missing]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`sentiment-batch: cannot read "${missing}": no such file\n`);
  });
});
