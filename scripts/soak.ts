/**
 * `npm run soak`: a bounded load run of mixed valid and invalid traffic against the built
 * server on 127.0.0.1 (autocannon). Prints the 5xx count (must be 0), the status codes and
 * error codes seen, latency percentiles and resident memory from start to end (must level off).
 *
 * Options: --duration SECONDS (default 60), --connections N (default 16).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '16' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);

const json = { 'content-type': 'application/json' };
const gql = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
const reviews = JSON.parse(
  readFileSync(`${root}/node_modules/sentiment/test/fixtures/yelp.json`, 'utf8'),
) as Array<{ text?: string }>;
const texts = reviews.flatMap((review) => (review.text ? [review.text] : [])).slice(0, 200);
const batch = texts.slice(0, 100).map((text, i) => ({ id: String(i), text }));
batch.push({ id: 'empty', text: '   ' });

/** One round of the mix: each connection cycles through it. */
const mix: autocannon.Request[] = [
  ...texts.slice(0, 6).map((text) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: json,
    body: gql(
      'query ($t: String!) { analyzeSentiment(text: $t) { polarity label words { token } } }',
      { t: text },
    ),
  })),
  {
    method: 'POST',
    path: '/graphql',
    headers: json,
    body: gql(
      'mutation ($d: [DocumentInput!]!) { analyzeSentimentBatch(documents: $d) { results { id analysis { label } error { code } } summary { failed } } }',
      { d: batch },
    ),
  },
  { method: 'POST', path: '/sentiment', headers: json, body: JSON.stringify({ text: texts[7] }) },
  { method: 'POST', path: '/sentiment', headers: json, body: '{"text": 42}' },
  { method: 'POST', path: '/graphql', headers: json, body: '{"query": ' },
  { method: 'POST', path: '/graphql', headers: { 'content-type': 'text/plain' }, body: 'hello' },
  {
    method: 'POST',
    path: '/graphql',
    headers: json,
    body: gql('{ analyzeSentiment(text: "  ") { label } }'),
  },
  {
    method: 'POST',
    path: '/graphql',
    headers: json,
    body: gql('{ analyzeSentiment(text: "x") { nope } }'),
  },
  {
    method: 'POST',
    path: '/graphql',
    headers: json,
    body: gql('query ($t: String!) { analyzeSentiment(text: $t) { label } }', { t: null }),
  },
  {
    method: 'POST',
    path: '/graphql',
    headers: json,
    body: gql(
      `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: analyzeSentiment(text: "x") { label }`).join(' ')} }`,
    ),
  },
  {
    method: 'POST',
    path: '/graphql',
    headers: json,
    body: gql(
      'mutation ($d: [DocumentInput!]!) { analyzeSentimentBatch(documents: $d) { summary { total } } }',
      {
        d: [
          { id: '1', text: 'a' },
          { id: '1', text: 'b' },
        ],
      },
    ),
  },
  {
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent('mutation { analyzeSentimentBatch(documents: [{id: "1", text: "a"}]) { summary { total } } }')}`,
  },
  {
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent('{ analyzeSentiment(text: "so good") { label } }')}`,
  },
  {
    method: 'POST',
    path: '/graphql',
    headers: json,
    body: gql(
      '{ analyzeSentiment(text: "\\ud800 \\u0000 \\u001b[31m 👨‍👩‍👧 e\\u0301 🇫🇷") { label words { token offset } } }',
    ),
  },
  { method: 'GET', path: '/health' },
];

const errorCodes = new Map<string, number>();
function countCodes(body: string) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return;
  }
  const found = JSON.stringify(parsed).match(/"code":"([A-Z_]+)"/g) ?? [];
  for (const item of found) {
    const code = item.slice(8, -1);
    errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
  }
  if (parsed && typeof parsed === 'object' && 'error' in parsed) {
    errorCodes.set('HTTP_400_error', (errorCodes.get('HTTP_400_error') ?? 0) + 1);
  }
}

function rssMiB(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kib = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
  return Math.round(kib / 102.4) / 10;
}

async function main() {
  console.log('Building...');
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  const child = spawn(process.execPath, ['dist/server.js'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', WORKERS: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += String(chunk);
      const match = output.match(/http:\/\/[^\s]+\/graphql/);
      if (match) resolve(match[0].replace('/graphql', ''));
    });
    child.once('exit', () => reject(new Error(`server exited: ${output}`)));
  });
  const samples: Array<{ second: number; rss: number }> = [{ second: 0, rss: rssMiB(child) }];
  const sampler = setInterval(
    () => samples.push({ second: samples.length, rss: rssMiB(child) }),
    1000,
  );

  console.log(
    `Soak: ${duration}s, ${connections} connections, ${mix.length} request kinds, against ${url}`,
  );
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: mix.map((request) => ({
      ...request,
      onResponse: (_status: number, body: string) => countCodes(body),
    })),
  });
  clearInterval(sampler);
  child.kill('SIGTERM');
  const [code] = await new Promise<[number | null]>((resolve) =>
    child.once('exit', (c) => resolve([c])),
  );

  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([status, { count }]) => `${status}: ${count}`)
    .join(', ');
  const quarter = samples[Math.floor(samples.length / 4)]?.rss ?? 0;
  const last = samples.at(-1)?.rss ?? 0;
  const peak = Math.max(...samples.map((sample) => sample.rss));
  console.log(
    `requests: ${result.requests.total} (${Math.round(result.requests.average)}/s), errors (socket): ${result.errors}, timeouts: ${result.timeouts}`,
  );
  console.log(`status codes: ${statuses}`);
  console.log(`5xx: ${result['5xx']}`);
  console.log(
    `error codes seen: ${[...errorCodes]
      .sort((a, b) => b[1] - a[1])
      .map(([name, count]) => `${name} ${count}`)
      .join(', ')}`,
  );
  console.log(
    `latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`,
  );
  console.log(
    `RSS MiB: start ${samples[0]?.rss}, at 25% ${quarter}, end ${last}, peak ${peak}; growth from 25% to end ${(last - quarter).toFixed(1)} MiB (${(((last - quarter) / quarter) * 100).toFixed(1)}%)`,
  );
  console.log(`server exit code after SIGTERM: ${code}`);
  const ok =
    result['5xx'] === 0 &&
    result.errors === 0 &&
    code === 0 &&
    last - quarter < Math.max(50, quarter * 0.25);
  console.log(ok ? 'SOAK PASSED' : 'SOAK FAILED');
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
