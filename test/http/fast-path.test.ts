import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, createFastPath } from '../../src/app.js';
import { type AppConfig, defaultConfig } from '../../src/config.js';
import type { FastPath } from '../../src/fast-path.js';
import { createHttpService, type HttpService } from '../../src/http-server.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics, type Metrics } from '../../src/metrics.js';

/**
 * The fast path (src/fast-path.ts) must answer exactly as Yoga does. Each test runs one server
 * with it and one without (FAST_PATH=0) and compares what clients get.
 */
interface Server {
  url: string;
  service: HttpService;
  metrics: Metrics;
  fastPath: FastPath | undefined;
  logs: Record<string, unknown>[];
}

const running: HttpService[] = [];

async function start(overrides: Partial<AppConfig> = {}): Promise<Server> {
  const config: AppConfig = { ...defaultConfig, logLevel: 'info', ...overrides };
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('info', (_level, line) => logs.push(JSON.parse(line)));
  const metrics = createMetrics();
  const fastPath = config.fastPath === 1 ? createFastPath(config, { logger, metrics }) : undefined;
  const app = createApp(config, { logger, metrics, ...(fastPath ? { fastPath } : {}) });
  const service = createHttpService(app, config, logger, fastPath);
  running.push(service);
  await new Promise<void>((resolve) => service.server.listen(0, '127.0.0.1', resolve));
  const { port } = service.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, service, metrics, fastPath, logs };
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((service) => service.shutdown()));
});

interface Answer {
  status: number;
  contentType: string | null;
  requestId: string | null;
  vary: string | null;
  allowOrigin: string | null;
  body: string;
}

async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    requestId: response.headers.get('x-request-id'),
    vary: response.headers.get('vary'),
    allowOrigin: response.headers.get('access-control-allow-origin'),
    body: await response.text(),
  };
}

/** What a client may compare between two servers: all but the generated request id. */
const comparable = ({ requestId, ...rest }: Answer, offeredId?: string) => ({
  ...rest,
  ...(offeredId ? { requestId } : {}),
});

const single = 'query ($text: String!) { analyzeSentiment(text: $text) { polarity label } }';
const batch = `mutation ($docs: [DocumentInput!]!) {
  analyzeSentimentBatch(documents: $docs) {
    results { id analysis { label words { token contribution } } error { code } }
    summary { total analyzed failed }
  }
}`;

async function metric(server: Server, line: string): Promise<number> {
  const text = await server.metrics.registry.metrics();
  const found = text.split('\n').find((entry) => entry.startsWith(`${line} `));
  return found ? Number(found.slice(line.length + 1)) : 0;
}

describe('fast path: the same answers as Yoga', () => {
  it('answers a repeated operation itself, with the same status, headers and body', async () => {
    const fast = await start();
    const yoga = await start({ fastPath: 0 });
    const bodies = [
      { query: single, variables: { text: 'The food was great, but the service was slow.' } },
      { query: single, variables: { text: 'Awful. Never again!' } },
      { query: single, variables: { text: 'It is a phone.' }, operationName: null },
      {
        query: `query Named($text: String!) { analyzeSentiment(text: $text) { label score } }
                query Other { analyzeSentiment(text: "bad") { label } }`,
        variables: { text: 'nice' },
        operationName: 'Named',
      },
      {
        query: `query Named($text: String!) { analyzeSentiment(text: $text) { label score } }
                query Other { analyzeSentiment(text: "bad") { label } }`,
        operationName: 'Other',
      },
      {
        query: batch,
        variables: {
          docs: [
            { id: 'a', text: 'love it' },
            { id: 'b', text: '   ' },
          ],
        },
      },
      // A variable's default applies (graphql-jit alone ignored it).
      { query: 'query ($t: String! = "lovely") { analyzeSentiment(text: $t) { label } }' },
    ];
    const accepts = [
      undefined,
      '*/*',
      'application/json',
      'application/graphql-response+json',
      'application/graphql-response+json, application/json',
      'application/graphql-response+json,application/json;q=0.9',
      'application/json, application/graphql-response+json',
    ];
    for (const body of bodies) {
      await post(fast.url, body); // Yoga answers the first time; the fast path learns it
      for (const accept of accepts) {
        const headers: Record<string, string> = accept ? { accept } : {};
        const answered = fast.fastPath?.counts.answered ?? 0;
        const mine = await post(fast.url, body, headers);
        const theirs = await post(yoga.url, body, headers);
        expect(comparable(mine)).toEqual(comparable(theirs));
        expect(mine.status).toBe(200);
        expect(mine.requestId).toMatch(/^[0-9a-f-]{36}$/);
        expect(fast.fastPath?.counts.answered).toBe(answered + 1);
      }
    }
    // Only first sights went to Yoga: five distinct operations, the first before anything was
    // learned (not even read by the fast path), the other four read and handed on.
    expect(fast.fastPath?.counts).toEqual({
      answered: bodies.length * accepts.length + 2,
      handed_on: 4,
    });
  });

  it('keeps a client request id, as Yoga does', async () => {
    const fast = await start();
    const body = { query: single, variables: { text: 'good' } };
    await post(fast.url, body);
    const answer = await post(fast.url, body, { 'x-request-id': 'trace-42' });
    expect(answer.requestId).toBe('trace-42');
    expect(fast.fastPath?.counts.answered).toBe(1);
  });

  it('hands every error to Yoga: same answers, analyses counted once', async () => {
    const fast = await start();
    const yoga = await start({ fastPath: 0 });
    const twoFields =
      'query ($a: String!, $b: String!) { a: analyzeSentiment(text: $a) { label } b: analyzeSentiment(text: $b) { label } }';
    await post(fast.url, { query: twoFields, variables: { a: 'fine', b: 'ok' } });
    await post(yoga.url, { query: twoFields, variables: { a: 'fine', b: 'ok' } });
    const failing = [
      { query: twoFields, variables: { a: 'good', b: '   ' } }, // EMPTY_TEXT in one field
      { query: twoFields, variables: { a: 'good', b: 'x'.repeat(100_001) } }, // TEXT_TOO_LONG
      { query: twoFields, variables: { a: 'good' } }, // missing variable
      { query: twoFields, variables: { a: 'good', b: 7 } }, // wrong type
    ];
    for (const body of failing) {
      const mine = await post(fast.url, body);
      const theirs = await post(yoga.url, body);
      expect(comparable(mine)).toEqual(comparable(theirs));
      expect(mine.body).toContain('"errors"');
    }
    expect(fast.fastPath?.counts).toEqual({ answered: 0, handed_on: 4 });
    const analyzed = 'sentiment_documents_analyzed_total{operation="analyzeSentiment"}';
    // 2 (the first request) + 1 + 1 (the good field of the two requests that reach the resolvers)
    expect(await metric(fast, analyzed)).toBe(4);
    expect(await metric(fast, analyzed)).toBe(await metric(yoga, analyzed));
  });

  it('leaves unknown operations, odd bodies and other media types to Yoga', async () => {
    const fast = await start();
    const yoga = await start({ fastPath: 0 });
    const body = { query: single, variables: { text: 'good' } };
    await post(fast.url, body);
    const cases: Array<{ body: unknown; headers?: Record<string, string> }> = [
      { body: { query: '{ analyzeSentiment(text: "new") { label } }' } }, // not seen yet
      { body: '{"query": ' }, // malformed JSON
      { body: { ...body, extensions: { persistedQuery: { version: 1 } } } },
      { body: { ...body, variables: ['not', 'an', 'object'] } },
      { body: { ...body, operationName: 7 } },
      { body, headers: { accept: 'text/html' } },
      { body, headers: { accept: 'application/json; charset=latin1' } },
      { body: { query: '{ nope }' } }, // invalid: never learned
      { body: { query: '{ nope }' } },
    ];
    for (const { body: sent, headers } of cases) {
      const mine = await post(fast.url, sent, headers);
      const theirs = await post(yoga.url, sent, headers);
      expect(comparable(mine)).toEqual(comparable(theirs));
    }
    expect(fast.fastPath?.counts.answered).toBe(0);
    // A valid new operation is learned by its first answer, then answered by the fast path.
    await post(fast.url, { query: '{ analyzeSentiment(text: "new") { label } }' });
    expect(fast.fastPath?.counts.answered).toBe(1);
  });

  it('writes the same request log line and metrics as Yoga', async () => {
    const fast = await start();
    const yoga = await start({ fastPath: 0 });
    const body = {
      query: `query Review($text: String!) { analyzeSentiment(text: $text) { label } }`,
      variables: { text: 'great' },
    };
    for (let i = 0; i < 3; i++) {
      await post(fast.url, body);
      await post(yoga.url, body);
    }
    expect(fast.fastPath?.counts.answered).toBe(2);
    const strip = ({ time, requestId, durationMs, ...rest }: Record<string, unknown>) => {
      expect(typeof durationMs).toBe('number');
      expect(typeof requestId).toBe('string');
      return rest;
    };
    expect(fast.logs.map(strip)).toEqual(yoga.logs.map(strip));
    expect(fast.logs.at(-1)).toMatchObject({ operation: 'Review', status: 200, method: 'POST' });
    for (const line of [
      'graphql_envelop_request{operationType="query"}',
      'graphql_envelop_phase_execute_count{operationType="query"}',
      'graphql_envelop_request_duration_count{operationType="query"}',
      'graphql_envelop_phase_parse_count{operationType="query"}',
      'graphql_envelop_phase_validate_count{operationType="query"}',
      'graphql_yoga_http_duration_count{method="POST",statusCode="200",operationType="query"}',
      'sentiment_documents_analyzed_total{operation="analyzeSentiment"}',
    ]) {
      expect(await metric(fast, line), line).toBe(3);
      expect(await metric(yoga, line), line).toBe(3);
    }
    expect(await metric(fast, 'sentiment_fast_path_requests_total{outcome="answered"}')).toBe(2);
  });

  it('with a CORS allowlist: Vary on its answers, and Origin requests go to Yoga', async () => {
    const corsOrigins = ['https://app.example'];
    const fast = await start({ corsOrigins });
    const yoga = await start({ fastPath: 0, corsOrigins });
    const body = { query: single, variables: { text: 'good' } };
    await post(fast.url, body);
    const variants: Record<string, string>[] = [
      {},
      { origin: 'https://app.example' },
      { origin: 'https://evil.example' },
    ];
    for (const headers of variants) {
      const mine = await post(fast.url, body, headers);
      const theirs = await post(yoga.url, body, headers);
      expect(comparable(mine)).toEqual(comparable(theirs));
    }
    expect(fast.fastPath?.counts.answered).toBe(1);
  });

  it('with CORS open to all, answers requests without an Origin the way Yoga does', async () => {
    const fast = await start({ corsOrigins: ['*'] });
    const yoga = await start({ fastPath: 0, corsOrigins: ['*'] });
    const body = { query: single, variables: { text: 'good' } };
    await post(fast.url, body);
    const mine = await post(fast.url, body);
    const theirs = await post(yoga.url, body);
    expect(comparable(mine)).toEqual(comparable(theirs));
  });

  it('runs with graphql-js as well (GRAPHQL_JIT=0)', async () => {
    const fast = await start({ graphqlJit: 0 });
    const yoga = await start({ fastPath: 0, graphqlJit: 0 });
    const body = { query: batch, variables: { docs: [{ id: '1', text: 'Not bad at all.' }] } };
    await post(fast.url, body);
    const mine = await post(fast.url, body);
    expect(comparable(mine)).toEqual(comparable(await post(yoga.url, body)));
    expect(fast.fastPath?.counts.answered).toBe(1);
  });
});

describe('fast path: failures never escape', () => {
  it('hands a result it cannot serialize to Yoga instead of ending the process', async () => {
    // A resolver whose value JSON.stringify refuses (a BigInt), as a response too large for
    // one string (RangeError) would: both used to throw out of the fast path's send.
    const { createSchema, createYoga } = await import('graphql-yoga');
    const logs: Record<string, unknown>[] = [];
    const logger = createLogger('info', (_level, line) => logs.push(JSON.parse(line)));
    const metrics = createMetrics();
    const fastPath = createFastPath({ ...defaultConfig }, { logger, metrics });
    const yoga = createYoga({
      schema: createSchema({
        typeDefs: 'scalar Big type Query { big: Big }',
        resolvers: { Big: { serialize: () => 10n }, Query: { big: () => 1 } } as never,
      }),
      logging: false,
      plugins: [fastPath.learner()],
    });
    const service = createHttpService(yoga as never, defaultConfig, logger, fastPath);
    running.push(service);
    await new Promise<void>((resolve) => service.server.listen(0, '127.0.0.1', resolve));
    const { port } = service.server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/graphql`;
    const first = await post(url, { query: '{ big }' });
    const second = await post(url, { query: '{ big }' });
    expect(second.status).toBe(first.status);
    expect(second.body).toBe(first.body);
    expect(fastPath.counts).toEqual({ answered: 0, handed_on: 1 });
    expect(logs.some((line) => line.msg === 'fast path failed')).toBe(true);
    // Still serving.
    expect((await post(url, { query: '{ __typename }' })).status).toBe(200);
  });
});

describe('fast path: documents with several operations', () => {
  it('run on graphql-js as in Yoga, so their variables are checked the same way', async () => {
    const fast = await start();
    const yoga = await start({ fastPath: 0 });
    const query = `mutation M($d: [DocumentInput!]!, $o: AnalysisOptions) {
        analyzeSentimentBatch(documents: $d, options: $o) { summary { analyzed } } }
      query Q { __typename }`;
    const good = { query, operationName: 'M', variables: { d: [{ id: '1', text: 'good' }] } };
    const bad = { ...good, variables: { ...good.variables, o: [] } };
    await post(fast.url, good);
    for (const body of [bad, good, bad]) {
      const mine = await post(fast.url, body);
      expect(comparable(mine)).toEqual(comparable(await post(yoga.url, body)));
    }
    expect((await post(fast.url, bad)).status).toBe(400);
    expect(fast.fastPath?.counts.answered).toBe(1);
  });
});

describe('fast path: a client that leaves mid-body', () => {
  it('is logged and counted as Yoga does (400 BAD_REQUEST), and the server goes on', async () => {
    const { connect } = await import('node:net');
    const fast = await start();
    const yoga = await start({ fastPath: 0 });
    const body = JSON.stringify({ query: single, variables: { text: 'good' } });
    for (const server of [fast, yoga]) {
      await post(server.url, body);
      const { port } = new URL(server.url);
      const socket = connect(Number(port), '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n${body.slice(0, 10)}`,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      socket.destroy();
      for (let wait = 0; wait < 100 && server.logs.length < 2; wait++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    const strip = ({ time, requestId, durationMs, ...rest }: Record<string, unknown>) => rest;
    expect(fast.logs.map(strip)).toEqual(yoga.logs.map(strip));
    expect(fast.logs[1]).toMatchObject({ status: 400, errorCodes: ['BAD_REQUEST'] });
    const line = 'sentiment_errors_total{code="BAD_REQUEST"}';
    expect(await metric(fast, line)).toBe(1);
    expect(await metric(yoga, line)).toBe(1);
    expect((await post(fast.url, body)).status).toBe(200);
  });
});
