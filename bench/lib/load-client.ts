/**
 * The load generator, run as its own process (forked by bench/http.ts) so that it never shares
 * an event loop with the servers it measures. It receives a {@link LoadSpec} over IPC, runs
 * autocannon against a loopback URL for a fixed duration and sends back a {@link LoadResult}.
 */
import autocannon from 'autocannon';
import { batchBodies, longTextBodies, singleBodies, uciSentences } from './workload.js';

export type Workload =
  | { kind: 'single'; limit?: number }
  | { kind: 'batch'; size: number }
  | { kind: 'long'; kb: number };

export interface LoadSpec {
  url: string;
  workload: Workload;
  connections: number;
  seconds: number;
  /** Requests per second over all connections (open-loop-ish); unset: as fast as possible. */
  rate?: number;
  /** Send `Connection: close`: a new TCP connection per request (no keep-alive). */
  close?: boolean;
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  /** Documents analyzed per second (requests × documents per request). */
  documentsPerSecond: number;
  latency: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  non2xx: number;
  seconds: number;
}

function bodiesFor(workload: Workload): { bodies: string[]; documents: number } {
  if (workload.kind === 'single') return { bodies: singleBodies(workload.limit), documents: 1 };
  if (workload.kind === 'long') {
    return { bodies: longTextBodies(workload.kb, workload.kb >= 50 ? 8 : 32), documents: 1 };
  }
  // Enough different bodies that every batch size goes through all 3,000 UCI sentences (a
  // small batch sent over 32 bodies saw only 320 of them: a hotter cache than big batches).
  const count = Math.max(2, Math.ceil(uciSentences().length / workload.size));
  return { bodies: batchBodies(workload.size, count), documents: workload.size };
}

/** Send `body` once and fail unless the answer is 200 with data and no GraphQL errors. */
async function checkAnswer(url: string, body: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const answer = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (response.status !== 200 || !answer.data || answer.errors) {
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);
  }
}

/** Run one bounded load (stops by itself after `seconds`). */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(spec.url)) {
    throw new Error(`load tests only target 127.0.0.1, got ${spec.url}`);
  }
  const { bodies, documents } = bodiesFor(spec.workload);
  await checkAnswer(spec.url, bodies[0] ?? '');
  let next = -1;
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.seconds,
    timeout: 30,
    ...(spec.rate ? { overallRate: spec.rate } : {}),
    // One request whose body rotates through the workload. (A `requests` array of thousands of
    // bodies makes autocannon build every body for every connection when it starts: about a
    // second with the event loop blocked, inside the measured time, which showed up as
    // one-second "latencies" and, with a rate, as a p99 near one second for any server.)
    requests: [
      {
        method: 'POST' as const,
        headers: {
          'content-type': 'application/json',
          ...(spec.close ? { connection: 'close' } : {}),
        },
        setupRequest: (request) => {
          next = (next + 1) % bodies.length;
          return { ...request, body: bodies[next] };
        },
      },
    ],
  });
  const seconds = result.duration;
  const completed = result['2xx'];
  return {
    requests: completed,
    requestsPerSecond: completed / seconds,
    documentsPerSecond: (completed * documents) / seconds,
    latency: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    seconds,
  };
}

if (process.send) {
  process.on('message', (spec: LoadSpec) => {
    runLoad(spec).then(
      (result) => process.send?.({ ok: true, result }),
      (error: unknown) => process.send?.({ ok: false, error: String(error) }),
    );
  });
  process.send({ ready: true });
}
