/**
 * `npm run bench:app`: the GraphQL layer in-process (no HTTP, no load generator): requests/s of
 * `analyzeSentiment` and documents/s of 1,000-document `analyzeSentimentBatch` through
 * `app.fetch`, one thread, for app variants side by side in alternating rounds. Used to decide
 * which optimizations pay (such as graphql-jit) on a machine where HTTP numbers are
 * noisy. Not part of `npm test`.
 *
 * Options: --seconds S per measurement (default 2), --rounds N (default 3),
 * --variant 'NAME:ENV=V,ENV=V' (repeatable; default: graphql-jit on and off).
 */
import { parseArgs } from 'node:util';
import { median } from 'simple-statistics';
import { dateLine, machineLine } from '../scripts/eval/table.js';
import { type App, createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { parseVariant } from './lib/variants.js';
import { batchBodies, singleBodies } from './lib/workload.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    variant: { type: 'string', multiple: true, default: [] },
  },
});
const seconds = Math.max(0.2, Number(values.seconds) || 2);
const rounds = Math.max(1, Number(values.rounds) || 3);
const specs =
  values.variant.length > 0
    ? values.variant
    : ['graphql-js:GRAPHQL_JIT=0', 'graphql-jit:GRAPHQL_JIT=1'];
const variants = specs.map((spec) => {
  const { name, env } = parseVariant(spec);
  const app = createApp({ ...loadConfig({ ...env, LOG_LEVEL: 'warn' }) });
  return { name, app };
});

const single = singleBodies();
const batches = batchBodies(1000, 6);

/** Keep `concurrency` requests in flight for `seconds`; returns completed requests per second. */
async function rate(app: App, bodies: readonly string[], concurrency: number) {
  let next = 0;
  let done = 0;
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  const lane = async () => {
    while (performance.now() < end) {
      const body = bodies[next++ % bodies.length];
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
      await response.text();
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return done / ((performance.now() - start) / 1000);
}

const format = (value: number) => Math.round(value).toLocaleString('en-US');

async function main() {
  console.log(`${dateLine()}\n${machineLine()}`);
  console.log(`In-process app.fetch, ${rounds} alternating rounds × ${seconds} s, one thread.\n`);
  const samples = new Map<string, { single: number[]; batch: number[] }>();
  for (const { name, app } of variants) {
    await rate(app, single, 8);
    await rate(app, batches, 2);
    samples.set(name, { single: [], batch: [] });
  }
  for (let round = 0; round < rounds; round += 1) {
    for (const { name, app } of variants) {
      samples.get(name)?.single.push(await rate(app, single, 8));
      samples.get(name)?.batch.push((await rate(app, batches, 2)) * 1000);
    }
  }
  console.log(
    '| variant | single req/s (median) | rounds | batch-1,000 docs/s (median) | rounds |',
  );
  console.log('| --- | ---: | --- | ---: | --- |');
  for (const { name } of variants) {
    const entry = samples.get(name) ?? { single: [], batch: [] };
    console.log(
      `| ${name} | ${format(median(entry.single))} | ${entry.single.map(format).join(', ')} | ${format(median(entry.batch))} | ${entry.batch.map(format).join(', ')} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
