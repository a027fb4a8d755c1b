import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough, Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { createApp } from '../../src/app.js';
import { type BatchAnalyzer, localAnalyzer, type Outcome } from '../../src/cli/analyzers.js';
import { type Format, parseCliArgs } from '../../src/cli/options.js';
import { formatDuration, progressLine } from '../../src/cli/progress.js';
import { runBatch } from '../../src/cli/run.js';
import { defaultConfig } from '../../src/config.js';
import { cli } from './helpers.js';

const local = localAnalyzer(defaultConfig.maxTextLength, 'text');

/** Run the library function on a string input; returns the output text and the summary. */
async function run(
  input: string,
  format: Format,
  extra: Partial<Parameters<typeof runBatch>[0]> = {},
) {
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => {
    text += String(chunk);
  });
  const summary = await runBatch({
    input: Readable.from([Buffer.from(input)]),
    output,
    format,
    outputFormat: format,
    column: 'text',
    idColumn: 'id',
    idColumnRequired: false,
    analyzer: local,
    batchSize: 1000,
    concurrency: 1,
    ...extra,
  });
  return { text, summary };
}

const csvRows = (text: string) => parse(text, { columns: true }) as Record<string, string>[];
const jsonRows = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('runBatch on CSV', () => {
  it('drops the BOM, keeps quoted commas, quotes and newlines, skips only blank lines', async () => {
    const input =
      '\uFEFFid,text,stars\r\n' +
      '1,"Great, really great!",5\r\n' +
      '\r\n' +
      '2,"He said ""awful""\nand left",1\r\n' +
      ',,\r\n' +
      '3,I love it,4\r\n';
    const { text, summary } = await run(input, 'csv');
    const lines = text.split('\n');
    expect(lines[0]).toBe('id,text,stars,polarity,subjectivity,label,error,extra');
    const all = csvRows(text);
    // The row of empty fields (",,") is a row: EMPTY_TEXT. Only the blank line is skipped.
    expect(all.map((row) => row.id)).toEqual(['1', '2', '', '3']);
    expect(all[2]?.error).toMatch(/^EMPTY_TEXT: /);
    const rows = all.filter((row) => row.id !== '');
    expect(rows.map((row) => row.text)).toEqual([
      'Great, really great!',
      'He said "awful"\nand left',
      'I love it',
    ]);
    expect(rows.map((row) => row.stars)).toEqual(['5', '1', '4']);
    for (const row of rows) {
      const expected = analyze(row.text as string);
      expect(Number(row.polarity)).toBe(expected.polarity);
      expect(Number(row.subjectivity)).toBe(expected.subjectivity);
      expect(row.label).toBe(expected.label);
      expect(row.error).toBe('');
    }
    const labels = rows.map((row) => row.label);
    expect(summary).toMatchObject({
      rows: 4,
      positive: labels.filter((label) => label === 'POSITIVE').length,
      negative: labels.filter((label) => label === 'NEGATIVE').length,
      failed: 1,
      unreadable: 0,
    });
  });

  it('gives rows with empty text an error and still analyzes the others', async () => {
    const { text, summary } = await run('id,text\na,   \nb,nice\nc,\n', 'csv');
    const rows = csvRows(text);
    expect(rows.map((row) => [row.id, row.label, (row.error ?? '').split(':')[0]])).toEqual([
      ['a', '', 'EMPTY_TEXT'],
      ['b', 'POSITIVE', ''],
      ['c', '', 'EMPTY_TEXT'],
    ]);
    expect(rows[0]?.polarity).toBe('');
    expect(summary).toMatchObject({ rows: 3, positive: 1, failed: 2 });
    expect(summary.failures).toEqual(['id=a: EMPTY_TEXT', 'id=c: EMPTY_TEXT']);
  });

  it('writes only the header (with the added columns) for a header-only input', async () => {
    const { text, summary } = await run('text,x\n', 'csv');
    expect(text).toBe('text,x,polarity,subjectivity,label,error,extra\n');
    expect(summary.rows).toBe(0);
  });

  it('finds the text column case-insensitively when there is no exact match', async () => {
    const { text } = await run('ID,Text\n1,awful\n', 'csv');
    expect(csvRows(text)[0]).toMatchObject({ ID: '1', Text: 'awful', label: 'NEGATIVE' });
  });
});

describe('runBatch on JSONL', () => {
  it('keeps every key (nested values too), skips blank lines, accepts CRLF and a BOM', async () => {
    const input =
      '\uFEFF{"id":1,"text":"I love it","meta":{"src":"app"}}\r\n' +
      '\n' +
      '   \n' +
      '{"text":"Terrible, just terrible.","id":2,"tags":["a","b"]}\n' +
      '{"id":3,"text":""}';
    const { text } = await run(input, 'jsonl');
    const rows = jsonRows(text);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      id: 1,
      text: 'I love it',
      meta: { src: 'app' },
      polarity: analyze('I love it').polarity,
      subjectivity: analyze('I love it').subjectivity,
      label: 'POSITIVE',
    });
    expect(Object.keys(rows[1] ?? {})).toEqual([
      'text',
      'id',
      'tags',
      'polarity',
      'subjectivity',
      'label',
    ]);
    expect(rows[1]).toMatchObject({ tags: ['a', 'b'], label: 'NEGATIVE' });
    expect(rows[2]).toMatchObject({
      id: 3,
      polarity: null,
      label: null,
      error: { code: 'EMPTY_TEXT' },
    });
  });

  it('gives a row without the text key a MISSING_TEXT error', async () => {
    const { text, summary } = await run('{"id":1,"text":"good"}\n{"id":2,"body":"x"}\n', 'jsonl');
    expect(jsonRows(text)[1]).toMatchObject({ id: 2, body: 'x', error: { code: 'MISSING_TEXT' } });
    expect(summary.failures).toEqual(['id=2: MISSING_TEXT']);
  });

  it('writes CSV from JSONL with the first object keys as columns', async () => {
    const { text } = await run('{"id":1,"text":"good","n":{"a":1}}\n', 'jsonl', {
      outputFormat: 'csv',
    });
    expect(csvRows(text)).toEqual([
      expect.objectContaining({ id: '1', text: 'good', n: '{"a":1}', label: 'POSITIVE' }),
    ]);
  });
});

describe('runBatch streaming and order', () => {
  it('keeps input order when later batches finish first', async () => {
    const rows = Array.from(
      { length: 1000 },
      (_, i) => `${i},row ${i} is ${i % 3 ? 'good' : 'bad'}`,
    );
    let call = 0;
    // Each batch answers after a delay that shrinks with its position: later ones finish first.
    const slowFirst: BatchAnalyzer = async (texts) => {
      const delay = Math.max(0, 40 - call++ * 4);
      const outcomes = await local(texts);
      await new Promise((resolve) => setTimeout(resolve, delay));
      return outcomes;
    };
    const { text } = await run(`id,text\n${rows.join('\n')}\n`, 'csv', {
      analyzer: slowFirst,
      batchSize: 37,
      concurrency: 6,
    });
    const out = csvRows(text);
    expect(out.map((row) => row.id)).toEqual(rows.map((_, i) => String(i)));
    expect(out[3]?.label).toBe('NEGATIVE');
    expect(out[4]?.label).toBe('POSITIVE');
  });

  it('ends a batch early once its texts reach maxBatchChars', async () => {
    const sizes: number[] = [];
    const counting: BatchAnalyzer = async (texts) => {
      sizes.push(texts.length);
      return local(texts);
    };
    const rows = Array.from({ length: 10 }, (_, i) => `${i},${'good '.repeat(20)}`);
    const { summary } = await run(`id,text\n${rows.join('\n')}\n`, 'csv', {
      analyzer: counting,
      batchSize: 100,
      maxBatchChars: 250,
    });
    expect(sizes).toEqual([3, 3, 3, 1]); // 100 characters a row: the third reaches 250
    expect(summary.rows).toBe(10);
  });

  it('sends a partial batch when the input pauses (slow producers)', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    const firstOutput = new Promise<void>((resolve) =>
      output.on('data', (chunk) => {
        text += String(chunk);
        resolve();
      }),
    );
    const done = runBatch({
      input,
      output,
      format: 'jsonl',
      outputFormat: 'jsonl',
      column: 'text',
      idColumn: 'id',
      idColumnRequired: false,
      analyzer: local,
      batchSize: 1000,
      maxBatchWaitMs: 10,
      concurrency: 1,
    });
    input.write('{"id":1,"text":"awful"}\n');
    await firstOutput; // one row of a 1000-row batch, while the input is still open
    expect(input.writableEnded).toBe(false);
    expect(jsonRows(text)).toEqual([expect.objectContaining({ id: 1, label: 'NEGATIVE' })]);
    input.end('{"id":2,"text":"great"}\n');
    await done;
    expect(jsonRows(text).map((row) => row.id)).toEqual([1, 2]);
  });

  it('writes results before the input has ended', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    const firstOutput = new Promise<void>((resolve) =>
      output.on('data', (chunk) => {
        text += String(chunk);
        if (text.includes('"label":"NEGATIVE"')) resolve();
      }),
    );
    const done = runBatch({
      input,
      output,
      format: 'jsonl',
      outputFormat: 'jsonl',
      column: 'text',
      idColumn: 'id',
      idColumnRequired: false,
      analyzer: local,
      batchSize: 2,
      concurrency: 1,
    });
    input.write('{"id":1,"text":"bad"}\n{"id":2,"text":"awful"}\n{"id":3,"text":"fine"}\n');
    await firstOutput; // the input is still open here
    expect(input.writableEnded).toBe(false);
    expect(jsonRows(text).map((row) => row.id)).toEqual([1, 2]);
    input.end('{"id":4,"text":"great"}\n');
    const summary = await done;
    expect(jsonRows(text).map((row) => row.id)).toEqual([1, 2, 3, 4]);
    expect(summary.rows).toBe(4);
  });
});

describe('sentiment-batch main (in-process)', () => {
  it('reads stdin with --format and writes the summary to stderr', async () => {
    const { code, stdout, stderr } = await cli(
      ['-', '--format', 'jsonl'],
      '{"text":"great"}\n{"text":"awful"}\n{"text":" "}\n',
    );
    expect(code).toBe(0);
    expect(jsonRows(stdout).map((row) => row.label)).toEqual(['POSITIVE', 'NEGATIVE', null]);
    expect(stderr).toMatch(
      /^3 rows in .*: 1 positive, 1 negative, 0 neutral, 0 mixed, 1 failed\nfailed rows: row 3: EMPTY_TEXT/,
    );
    expect(stderr).not.toContain('\r'); // no progress line when stderr is not a terminal
  });

  it('exits 2 and names the columns when the text column is missing', async () => {
    const { code, stdout, stderr } = await cli(['-', '--format', 'csv'], 'id,body,stars\n1,x,2\n');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'sentiment-batch: no column "text" in the input; the columns are: "id", "body", "stars". Choose one with --column.\n',
    );
    const chosen = await cli(['-', '--format', 'csv', '--column', 'body'], 'id,body\n1,bad\n');
    expect(chosen.code).toBe(0);
    expect(csvRows(chosen.stdout)[0]).toMatchObject({ body: 'bad', label: 'NEGATIVE' });
  });

  it('exits 2 when an explicit --id-column is missing', async () => {
    const { code, stderr } = await cli(['-', '--format', 'csv', '--id-column', 'key'], 'text\nx\n');
    expect(code).toBe(2);
    expect(stderr).toContain('no id column "key"');
  });

  it('exits 2 on a missing file and an unclosed CSV quote', async () => {
    const missing = await cli(['/nonexistent/reviews.csv']);
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sentiment-batch: cannot read "/nonexistent/reviews.csv": no such file\n',
    });
    const unclosed = await cli(['-', '--format', 'csv'], 'id,text\n1,"never closed\n');
    expect(unclosed.code).toBe(2);
    expect(unclosed.stderr).toMatch(/^sentiment-batch: bad CSV: Quote Not Closed/);
  });

  it('exits 2 with the usage for bad options and prints help with --help', async () => {
    expect((await cli([])).stderr).toContain('missing INPUT');
    expect((await cli(['x.txt'])).stderr).toContain('pass --format csv or --format jsonl');
    expect((await cli(['-'])).stderr).toContain('reading stdin: pass --format');
    expect((await cli(['a.csv', '--nope'])).code).toBe(2);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: sentiment-batch INPUT/);
  });
});

describe('sentiment-batch --url against an in-process service', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer(createApp({ ...defaultConfig, logLevel: 'silent', maxBatchSize: 50 }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('gives the same rows as in-process analysis, in order, over several batches', async () => {
    const lines = Array.from({ length: 230 }, (_, i) =>
      JSON.stringify({
        id: `r${i}`,
        text: i % 10 === 0 ? '' : `item ${i} was ${i % 3 ? 'great' : 'awful'}`,
      }),
    );
    const input = `${lines.join('\n')}\n{"id":"no-text"}\n`;
    const remote = await cli(['-', '--format', 'jsonl', '--url', url, '--batch-size', '20'], input);
    const inProcess = await cli(['-', '--format', 'jsonl'], input);
    expect(remote.code).toBe(0);
    expect(remote.stdout).toBe(inProcess.stdout);
    const rows = jsonRows(remote.stdout);
    expect(rows).toHaveLength(231);
    expect(rows[0]).toMatchObject({ id: 'r0', error: { code: 'EMPTY_TEXT' } });
    expect(rows[1]).toMatchObject({ id: 'r1', label: 'POSITIVE' });
    expect(rows[230]).toMatchObject({ id: 'no-text', error: { code: 'MISSING_TEXT' } });
    expect(remote.stderr).toMatch(/^231 rows in .*, 24 failed\n/);
  });

  it('exits 1 with the GraphQL error code and a hint when the service refuses a batch', async () => {
    const input = Array.from({ length: 60 }, (_, i) => `{"text":"t ${i}"}`).join('\n');
    const { code, stderr } = await cli(['-', '--format', 'jsonl', '--url', url], input);
    expect(code).toBe(1);
    expect(stderr).toContain(`${url} answered HTTP 200 with GraphQL errors:`);
    expect(stderr).toContain('BATCH_TOO_LARGE');
    expect(stderr).toContain('Lower --batch-size.');
  });

  it('exits 1 and says so when the service cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const dead = `http://127.0.0.1:${port}/graphql`;
    const { code, stderr } = await cli(['-', '--format', 'jsonl', '--url', dead], '{"text":"x"}\n');
    expect(code).toBe(1);
    expect(stderr).toMatch(/could not reach .*ECONNREFUSED.*Is the service running\?/);
  });
});

describe('options and progress', () => {
  it('takes the format from the extension and reads every option', () => {
    expect(parseCliArgs(['data/reviews.CSV'])).toMatchObject({
      format: 'csv',
      outputFormat: 'csv',
      column: 'text',
      idColumn: 'id',
      idColumnRequired: false,
      url: undefined,
    });
    expect(
      parseCliArgs([
        'x.ndjson',
        '--column',
        'body',
        '--id-column',
        'key',
        '--output-format',
        'csv',
        '--url',
        'http://localhost:4000/graphql',
        '--batch-size',
        '100',
        '--concurrency',
        '2',
      ]),
    ).toEqual({
      input: 'x.ndjson',
      format: 'jsonl',
      outputFormat: 'csv',
      encoding: 'utf-8',
      column: 'body',
      idColumn: 'key',
      idColumnRequired: true,
      url: 'http://localhost:4000/graphql',
      batchSize: 100,
      concurrency: 2,
    });
    expect(() => parseCliArgs(['x.csv', '--batch-size', '0'])).toThrow(/--batch-size/);
    expect(() => parseCliArgs(['x.csv', '--url', 'ftp://x'])).toThrow(/--url/);
  });

  it('shows rows/s, and percent and ETA when the size is known', () => {
    expect(progressLine(5000, 2, 250, 1000)).toBe('5,000 rows, 2,500 rows/s, 25.0%, ETA 6s');
    expect(progressLine(5000, 2, 250, undefined)).toBe('5,000 rows, 2,500 rows/s');
    expect(formatDuration(65)).toBe('1m05s');
    expect(formatDuration(7260)).toBe('2h01m');
  });

  it('local analysis applies the text length limit per row', async () => {
    const outcomes: Outcome[] = await localAnalyzer(5, 'text')(['too long text', 'good', null]);
    expect(outcomes.map((o) => o.error?.code ?? o.label)).toEqual([
      'TEXT_TOO_LONG',
      'POSITIVE',
      'MISSING_TEXT',
    ]);
  });
});
