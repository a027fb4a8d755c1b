/**
 * `npm run bench`: the service over HTTP on loopback against a bare node:http + npm `sentiment`
 * server (bench/baseline-server.ts) and the in-process analyzers, in alternating rounds, then
 * latency at half load, memory per in-flight 10,000-document batch and single-request latency
 * while 10,000-document batches run. Load comes from autocannon in separate processes. Prints
 * Markdown tables of medians and ratios with pass/fail per target. Not part of `npm test`.
 *
 * Options: --seconds S per measurement (default 3), --rounds N (default 3), --workers N for the
 * multi-process contender (default: CPUs), --only single,batch,scaling,long,latency,memory,
 * availability,keepalive, --variant 'NAME:ENV=V,ENV=V' (extra contender of ours with WORKERS=N plus that
 * environment, for before/after comparisons; repeatable), --log-level (default warn).
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { median } from 'simple-statistics';
import { dateLine, machineLine } from '../scripts/eval/table.js';
import type { LoadResult, LoadSpec, Workload } from './lib/load-client.js';
import {
  cpuSeconds,
  residentBytes,
  runScript,
  type ServerProcess,
  startLoadClient,
  startServer,
  stopAll,
} from './lib/processes.js';
import { parseVariant } from './lib/variants.js';

/** The Flask + TextBlob prototype, measured 2026-12-03 on this machine class (issue 5). */
const PROTOTYPE_REQUESTS_PER_SECOND = 1300;
const SCENARIOS = [
  'single',
  'batch',
  'scaling',
  'long',
  'latency',
  'memory',
  'availability',
  'keepalive',
] as const;
type Scenario = (typeof SCENARIOS)[number];

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
    workers: { type: 'string', default: String(availableParallelism()) },
    only: { type: 'string', default: SCENARIOS.join(',') },
    variant: { type: 'string', multiple: true, default: [] },
    'log-level': { type: 'string', default: 'warn' },
  },
});
const seconds = Math.max(1, Number(values.seconds) || 3);
const rounds = Math.max(1, Number(values.rounds) || 3);
const workers = Math.max(2, Number(values.workers) || availableParallelism());
const only = new Set(values.only.split(',').map((name) => name.trim()) as Scenario[]);
const logLevel = values['log-level'];
const variants = values.variant.map(parseVariant);

const format = (value: number, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      })
    : 'n/a';
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

/** A measured series: one value per round. */
class Series {
  readonly samples = new Map<string, number[]>();
  add(key: string, value: number) {
    const list = this.samples.get(key) ?? [];
    list.push(value);
    this.samples.set(key, list);
  }
  median(key: string): number {
    const list = this.samples.get(key);
    return list && list.length > 0 ? median(list) : Number.NaN;
  }
  /** Smallest over largest median of `keys`: 1 when they are all the same (flat). */
  spread(keys: readonly string[]): number {
    const medians = keys.map((key) => this.median(key));
    return Math.min(...medians) / Math.max(...medians);
  }
  rounds(key: string, digits = 0): string {
    return (this.samples.get(key) ?? []).map((value) => format(value, digits)).join(', ');
  }
}

interface Contender {
  name: string;
  server: ServerProcess;
}

async function main() {
  const started = performance.now();
  console.log(`${dateLine()}\n${machineLine()}`);
  console.log(
    `Rounds: ${rounds} × ${seconds} s per measurement; ours with LOG_LEVEL=${logLevel}; ` +
      `load: autocannon in separate processes on 127.0.0.1.\n`,
  );

  const oursEnv = { LOG_LEVEL: logLevel };
  const servers: ServerProcess[] = [];
  const start = async (name: string, script: string, env: Record<string, string>) => {
    const server = await startServer(name, script, env);
    servers.push(server);
    return server;
  };
  const bare = await start('bare node:http + npm sentiment', 'bench/baseline-server.ts', {});
  const one = await start('ours, WORKERS=1', 'src/server.ts', { ...oursEnv, WORKERS: '1' });
  const many = await start(`ours, WORKERS=${workers}`, 'src/server.ts', {
    ...oursEnv,
    WORKERS: String(workers),
  });
  const variantServers: Contender[] = [];
  for (const variant of variants) {
    const name = `ours, WORKERS=${workers}, ${variant.name}`;
    variantServers.push({
      name,
      server: await start(name, 'src/server.ts', {
        ...oursEnv,
        WORKERS: String(workers),
        ...variant.env,
      }),
    });
  }
  const client = await startLoadClient();
  const load = (server: ServerProcess, workload: Workload, extra: Partial<LoadSpec> = {}) =>
    client.run({ url: server.url, workload, connections: 32, seconds, ...extra });

  const singles: Contender[] = [
    { name: bare.name, server: bare },
    { name: one.name, server: one },
    { name: many.name, server: many },
    ...variantServers,
  ];
  const batchers: Contender[] = [
    { name: one.name, server: one },
    { name: many.name, server: many },
    ...variantServers,
  ];
  const single = new Series();
  const singleP99 = new Series();
  /** Server CPU time (all its processes) per request, µs: robust when the machine is shared. */
  const singleCpu = new Series();
  const batch = new Series();
  const inProcess = new Series();
  const scaling = new Series();
  const long = new Series();
  const batchSizes = [10, 100, 1000, 10_000];
  /** The floor and ours side by side, for the batch-size and text-length measurements. */
  const floorAndOurs: Contender[] = [
    { name: bare.name, server: bare },
    { name: many.name, server: many },
  ];
  /**
   * Connections that keep the servers busy (a capacity measurement, not a round-trip one: with
   * 4 connections, small requests wait on the loopback round trip and even the bare server
   * idles; and node:cluster may hand 3 of 4 connections to one worker), with in-flight work
   * bounded to about 80,000 UCI sentences (memory).
   */
  const saturating = (sentencesPerRequest: number) =>
    Math.min(32, Math.max(2 * workers, Math.floor(80_000 / sentencesPerRequest)));
  const textKb = [1, 10, 100];
  const problems: string[] = [];
  const check = (label: string, result: LoadResult) => {
    if (result.errors > 0 || result.non2xx > 0) {
      problems.push(`${label}: ${result.errors} errors, ${result.non2xx} non-2xx`);
    }
    return result;
  };

  // Warm-up: JIT, caches and connections of every contender.
  for (const { server } of singles) {
    await load(server, { kind: 'single' }, { seconds: 2 });
  }
  for (const { server } of batchers) {
    await load(
      server,
      { kind: 'batch', size: 1000 },
      { seconds: 2, connections: saturating(1000) },
    );
  }

  for (let round = 1; round <= rounds; round += 1) {
    process.stderr.write(`round ${round}/${rounds}…\n`);
    if (only.has('single')) {
      for (const { name, server } of singles) {
        const cpuBefore = cpuSeconds(server.pid);
        const result = check(name, await load(server, { kind: 'single' }));
        single.add(name, result.requestsPerSecond);
        singleP99.add(name, result.latency.p99);
        singleCpu.add(name, ((cpuSeconds(server.pid) - cpuBefore) * 1e6) / result.requests);
      }
    }
    if (only.has('batch')) {
      for (const { name, server } of batchers) {
        const result = check(
          `${name} batch`,
          await load(server, { kind: 'batch', size: 1000 }, { connections: saturating(1000) }),
        );
        batch.add(name, result.documentsPerSecond);
      }
      const rates = JSON.parse(await runScript('bench/lib/inprocess.ts', [String(seconds)])) as {
        ours: number;
        npm: number;
      };
      inProcess.add('ours', rates.ours);
      inProcess.add('npm', rates.npm);
    }
    if (only.has('scaling')) {
      for (const size of batchSizes) {
        for (const { name, server } of floorAndOurs) {
          const result = check(
            `${name}: batch of ${size}`,
            await load(server, { kind: 'batch', size }, { connections: saturating(size) }),
          );
          scaling.add(`${name}|${size}`, result.documentsPerSecond);
        }
      }
    }
    if (only.has('long')) {
      for (const kb of textKb) {
        for (const { name, server } of floorAndOurs) {
          const result = check(
            `${name}: ${kb} KB text`,
            await load(server, { kind: 'long', kb }, { connections: saturating(kb * 10) }),
          );
          // Wall-clock microseconds of the whole server per 1,000 characters of text.
          long.add(`${name}|${kb}`, 1e6 / (result.requestsPerSecond * kb));
        }
      }
    }
  }

  const lines: string[] = [];
  const out = (line = '') => lines.push(line);
  const targets: string[][] = [];
  const target = (name: string, measured: string, goal: string, ok: boolean) =>
    targets.push([name, measured, goal, verdict(ok)]);

  if (only.has('single')) {
    out(
      '### One document per request (`analyzeSentiment { polarity label }`, 32 connections, varied UCI sentences)',
    );
    out();
    out(
      '| server | median req/s | × bare | × prototype (1,300) | median p99 ms | server CPU µs/request | rounds (req/s) |',
    );
    out('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
    const floor = single.median(bare.name);
    for (const { name } of singles) {
      const value = single.median(name);
      out(
        `| ${name} | ${format(value)} | ${ratio(value / floor)} | ${ratio(value / PROTOTYPE_REQUESTS_PER_SECOND)} | ${format(singleP99.median(name), 1)} | ${format(singleCpu.median(name))} | ${single.rounds(name)} |`,
      );
    }
    out(
      `| Flask + TextBlob prototype (fixed reference, not run here) | ${format(PROTOTYPE_REQUESTS_PER_SECOND)} | ${ratio(PROTOTYPE_REQUESTS_PER_SECOND / floor)} | 1.00× | | | |`,
    );
    out();
    const ours = single.median(many.name);
    target(
      `single, ours WORKERS=${workers} vs bare node:http`,
      ratio(ours / floor),
      '>= 0.30×',
      ours / floor >= 0.3,
    );
    target(
      `single, ours WORKERS=${workers} vs prototype`,
      ratio(ours / PROTOTYPE_REQUESTS_PER_SECOND),
      '>= 8×',
      ours / PROTOTYPE_REQUESTS_PER_SECOND >= 8,
    );
  }

  if (only.has('batch')) {
    out('### `analyzeSentimentBatch`, 1,000 documents per request (documents/s end to end)');
    out();
    const npm = inProcess.median('npm');
    const oursInProcess = inProcess.median('ours');
    out(
      '| contender | median docs/s | × npm sentiment in-process | × our analyzer in-process | rounds |',
    );
    out('| --- | ---: | ---: | ---: | --- |');
    for (const { name } of batchers) {
      const value = batch.median(name);
      out(
        `| ${name} (HTTP, ${saturating(1000)} connections) | ${format(value)} | ${ratio(value / npm)} | ${ratio(value / oursInProcess)} | ${batch.rounds(name)} |`,
      );
    }
    out(
      `| our analyze(), in-process, one core | ${format(oursInProcess)} | ${ratio(oursInProcess / npm)} | 1.00× | ${inProcess.rounds('ours')} |`,
    );
    out(
      `| npm sentiment, in-process, one core | ${format(npm)} | 1.00× | ${ratio(npm / oursInProcess)} | ${inProcess.rounds('npm')} |`,
    );
    out();
    const value = batch.median(many.name);
    target(
      `batch 1,000, WORKERS=${workers} vs npm sentiment in-process`,
      ratio(value / npm),
      '>= 0.25×',
      value / npm >= 0.25,
    );
    target(
      `batch 1,000, WORKERS=${workers} vs our analyzer in-process`,
      ratio(value / oursInProcess),
      '>= 0.6×',
      value / oursInProcess >= 0.6,
    );
    target(
      'our analyzer in-process (UCI sentences, one core)',
      `${format(oursInProcess)}/s`,
      '>= 100,000/s',
      oursInProcess >= 100_000,
    );
  }

  if (only.has('scaling')) {
    out(
      `### Batch size (documents/s; ours WORKERS=${workers}; ${batchSizes.map((size) => `${format(size)}: ${saturating(size)}`).join(', ')} connections)`,
    );
    out();
    out('| documents per request | bare node:http + npm sentiment | ours | ours rounds |');
    out('| ---: | ---: | ---: | --- |');
    for (const size of batchSizes) {
      out(
        `| ${format(size)} | ${format(scaling.median(`${bare.name}|${size}`))} | ${format(scaling.median(`${many.name}|${size}`))} | ${scaling.rounds(`${many.name}|${size}`)} |`,
      );
    }
    out();
    const spreadOf = (name: string) => scaling.spread(batchSizes.map((size) => `${name}|${size}`));
    const spread = spreadOf(many.name);
    target(
      'docs/s flat from 10 to 10,000 per batch',
      `min/max ${spread.toFixed(2)} (bare floor: ${spreadOf(bare.name).toFixed(2)})`,
      '>= 0.80',
      spread >= 0.8,
    );
  }

  if (only.has('long')) {
    out(
      `### Text length (µs per KB of server wall time; ours WORKERS=${workers}; 1 KB = 1,000 characters; ${textKb.map((kb) => `${kb} KB: ${saturating(kb * 10)}`).join(', ')} connections)`,
    );
    out();
    out('| text | bare node:http + npm sentiment | ours | ours rounds |');
    out('| ---: | ---: | ---: | --- |');
    for (const kb of textKb) {
      out(
        `| ${kb} KB | ${format(long.median(`${bare.name}|${kb}`), 1)} | ${format(long.median(`${many.name}|${kb}`), 1)} | ${long.rounds(`${many.name}|${kb}`, 1)} |`,
      );
    }
    out();
    const spreadOf = (name: string) => long.spread(textKb.map((kb) => `${name}|${kb}`));
    const spread = spreadOf(many.name);
    target(
      'µs/KB flat from 1 KB to 100 KB',
      `min/max ${spread.toFixed(2)} (bare floor: ${spreadOf(bare.name).toFixed(2)})`,
      '>= 0.80',
      spread >= 0.8,
    );
  }

  if (only.has('latency')) {
    let fullRate = single.median(many.name);
    if (!Number.isFinite(fullRate)) {
      fullRate = (await load(many, { kind: 'single' })).requestsPerSecond;
    }
    const rate = Math.round(fullRate / 2);
    const result = check('half rate', await load(many, { kind: 'single' }, { rate }));
    out(`### Latency at half the saturating rate (ours, WORKERS=${workers})`);
    out();
    out('| offered req/s | achieved req/s | p50 ms | p90 ms | p99 ms | max ms |');
    out('| ---: | ---: | ---: | ---: | ---: | ---: |');
    out(
      `| ${format(rate)} | ${format(result.requestsPerSecond)} | ${result.latency.p50} | ${result.latency.p90} | ${result.latency.p99} | ${result.latency.max} |`,
    );
    out();
    target(
      'p99 of single requests at half the saturating rate',
      `${result.latency.p99} ms`,
      '< 20 ms',
      result.latency.p99 < 20,
    );
  }

  if (only.has('memory')) {
    out(
      '### Memory per in-flight 10,000-document batch (ours, WORKERS=1, a fresh process per row; RSS)',
    );
    out();
    out('| batches in flight | idle RSS MB (warmed) | peak RSS MB | MB per in-flight batch |');
    out('| ---: | ---: | ---: | ---: |');
    const perBatch: number[] = [];
    for (const inFlight of [1, 4]) {
      const fresh = await startServer('ours, WORKERS=1 (memory)', 'src/server.ts', {
        ...oursEnv,
        WORKERS: '1',
      });
      // Warm the code paths with small batches, then take the idle size.
      await load(fresh, { kind: 'batch', size: 100 }, { seconds: 1, connections: 1 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const idle = residentBytes(fresh.pid);
      let peak = idle;
      const timer = setInterval(() => {
        peak = Math.max(peak, residentBytes(fresh.pid));
      }, 10);
      check(
        `memory ${inFlight}`,
        await load(fresh, { kind: 'batch', size: 10_000 }, { connections: inFlight }),
      );
      clearInterval(timer);
      await fresh.stop();
      const each = (peak - idle) / inFlight / 2 ** 20;
      perBatch.push(each);
      out(
        `| ${inFlight} | ${format(idle / 2 ** 20)} | ${format(peak / 2 ** 20)} | ${format(each, 1)} |`,
      );
    }
    out();
    const [single1 = Number.NaN, four = Number.NaN] = perBatch;
    target(
      'memory per in-flight 10,000-doc batch (bounded: each of 4 in flight ≤ 1.5× one alone)',
      `${format(single1, 1)} MB (1), ${format(four, 1)} MB each (4)`,
      'reported, bounded',
      four <= 1.5 * single1,
    );
  }

  if (only.has('availability')) {
    const other = await startLoadClient();
    out(
      '### Availability (issue 4): single requests while another client sends 10,000-document batches',
    );
    out();
    out(
      '| server | single p50 ms (idle) | single p99 ms (idle) | single p50 ms (under batches) | single p99 ms (under batches) | batch docs/s |',
    );
    out('| --- | ---: | ---: | ---: | ---: | ---: |');
    let worst = 0;
    for (const server of [one, many]) {
      const idle = check(
        'idle single',
        await client.run({
          url: server.url,
          workload: { kind: 'single' },
          connections: 1,
          seconds: 2,
          rate: 50,
        }),
      );
      const batches = other.run({
        url: server.url,
        workload: { kind: 'batch', size: 10_000 },
        connections: 1,
        seconds: seconds + 2,
      });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const singles = check(
        'single under batches',
        await client.run({
          url: server.url,
          workload: { kind: 'single' },
          connections: 1,
          seconds,
          rate: 50,
        }),
      );
      const batchResult = check('batches', await batches);
      worst = Math.max(worst, singles.latency.p99);
      out(
        `| ${server.name} | ${idle.latency.p50} | ${idle.latency.p99} | ${singles.latency.p50} | ${singles.latency.p99} | ${format(batchResult.documentsPerSecond)} |`,
      );
    }
    out();
    out('(Single requests: one connection at 50 req/s; batches: one connection, back to back.)');
    out();
    await other.stop();
    target(
      'single-request p99 while 10,000-doc batches run',
      `${worst} ms (worst server)`,
      'tens of ms (< 100 ms)',
      worst < 100,
    );
  }

  if (only.has('keepalive')) {
    out('### HTTP keep-alive (32 connections, one document per request)');
    out();
    out('| server | keep-alive req/s | `Connection: close` req/s | close / keep-alive |');
    out('| --- | ---: | ---: | ---: |');
    for (const server of [bare, many]) {
      const kept = check('keep-alive', await load(server, { kind: 'single' }));
      const closed = check('close', await load(server, { kind: 'single' }, { close: true }));
      out(
        `| ${server.name} | ${format(kept.requestsPerSecond)} | ${format(closed.requestsPerSecond)} | ${ratio(closed.requestsPerSecond / kept.requestsPerSecond)} |`,
      );
    }
    out();
  }

  out('### Targets');
  out();
  out('| target | measured | goal | result |');
  out('| --- | ---: | --- | --- |');
  for (const row of targets) out(`| ${row.join(' | ')} |`);
  if (problems.length > 0) {
    out();
    out(`Errors during the run: ${problems.join('; ')}`);
  }
  out();
  out(`(Whole run: ${format((performance.now() - started) / 1000)} s.)`);
  console.log(lines.join('\n'));

  await client.stop();
  for (const server of servers) await server.stop();
}

process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopAll();
    process.exit(130);
  });
}
main().catch((error: unknown) => {
  console.error(error);
  stopAll();
  process.exit(1);
});
