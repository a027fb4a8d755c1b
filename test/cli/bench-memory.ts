/**
 * `npm run bench:cli`: memory check for `sentiment-batch` on a large input (a script, not a
 * test). Writes a synthetic CSV or JSONL file of `--mb` megabytes (default 200) to a temp
 * directory, runs the CLI on it as a child process from source (output to /dev/null), and
 * reports rows/s and the child's peak RSS. Memory should stay flat whatever the input size:
 * try `--mb 50` and `--mb 1000` and compare.
 *
 * Options: --mb N, --format csv|jsonl (default csv), --url URL (send to a running service),
 * --dist (run the compiled dist/cli/sentiment-batch.js; `npm run build` first), --keep (keep
 * the generated file).
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '200' },
    format: { type: 'string', default: 'csv' },
    url: { type: 'string' },
    keep: { type: 'boolean', default: false },
    dist: { type: 'boolean', default: false },
  },
});
const megabytes = Number(values.mb);
if (!(megabytes > 0)) throw new Error(`--mb must be a positive number, got ${values.mb}`);
const format = values.format === 'jsonl' ? 'jsonl' : 'csv';

const OPENERS = [
  'The food',
  'Customer service',
  'The battery',
  'This phone',
  'Delivery',
  'The hotel room',
];
const VERDICTS = [
  'was great, really great',
  'was painfully slow, I will not come back',
  'arrived on Tuesday',
  'is not bad at all',
  'was "okay", nothing special',
  'broke after two days. Waste of money!',
  'is absolutely wonderful :)',
  'was fine, but the price, honestly, is too high',
];

/** A deterministic pseudo-random review (commas and quotes included, to exercise quoting). */
function review(n: number): string {
  const a = OPENERS[(n * 7) % OPENERS.length];
  const b = VERDICTS[(n * 13 + (n >> 3)) % VERDICTS.length];
  const c = VERDICTS[(n * 5 + 3) % VERDICTS.length];
  return `${a} ${b}. Also, it ${c}.`;
}

async function generate(path: string, bytes: number): Promise<number> {
  const out = createWriteStream(path, { highWaterMark: 1024 * 1024 });
  let written = 0;
  let rows = 0;
  const push = (line: string) => {
    written += Buffer.byteLength(line);
    return out.write(line);
  };
  if (format === 'csv') push('id,stars,text\n');
  while (written < bytes) {
    let chunk = '';
    for (let i = 0; i < 1000; i++, rows++) {
      const text = review(rows);
      chunk +=
        format === 'csv'
          ? `${rows},${(rows % 5) + 1},"${text.replaceAll('"', '""')}"\n`
          : `${JSON.stringify({ id: rows, stars: (rows % 5) + 1, text })}\n`;
    }
    if (!push(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return rows;
}

/** Injected into the child: report its own peak RSS (KiB) on exit. */
const REPORT_RSS =
  'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxrss_kib="+process.resourceUsage().maxRSS+"\\n"))';

const dir = await mkdtemp(join(tmpdir(), 'sentiment-bench-'));
const input = join(dir, `input.${format}`);
try {
  const genStart = performance.now();
  const rows = await generate(input, megabytes * 1024 * 1024);
  const size = (await stat(input)).size;
  console.log(
    `input: ${input}, ${(size / 1024 / 1024).toFixed(0)} MB, ${rows.toLocaleString('en-US')} rows (generated in ${((performance.now() - genStart) / 1000).toFixed(1)}s)`,
  );

  const args = values.dist
    ? ['--import', REPORT_RSS, 'dist/cli/sentiment-batch.js', input]
    : ['--import', 'tsx', '--import', REPORT_RSS, 'src/cli/sentiment-batch.ts', input];
  if (values.url) args.push('--url', values.url);
  const start = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const seconds = (performance.now() - start) / 1000;
  const maxRss = Number(stderr.match(/maxrss_kib=(\d+)/)?.[1]);
  const summary = stderr.replace(/\n?maxrss_kib=\d+\n/, '').trim();
  console.log(`cli exit code ${code}: ${summary}`);
  console.log(
    `throughput: ${Math.round(rows / seconds).toLocaleString('en-US')} rows/s, ${(size / 1024 / 1024 / seconds).toFixed(1)} MB/s (${seconds.toFixed(1)}s wall, incl. startup)`,
  );
  console.log(`peak RSS of the CLI: ${(maxRss / 1024).toFixed(0)} MB`);
  if (code !== 0) process.exitCode = 1;
} finally {
  if (values.keep) console.log(`kept ${input}`);
  else await rm(dir, { recursive: true, force: true });
}
