import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { defaultConfig, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { Readiness } from '../../src/readiness.js';
import { graphql, testApp } from '../helpers/graphql.js';

const BATCH =
  'mutation ($d: [DocumentInput!]!) { analyzeSentimentBatch(documents: $d) { summary { total } } }';

describe('GET /ready', () => {
  it.each([
    ['ready', 200],
    ['starting', 503],
    ['draining', 503],
  ] as const)('answers %s with %i', async (state, status) => {
    const app = createApp(
      { ...defaultConfig, logLevel: 'silent' },
      { readiness: new Readiness(state) },
    );
    const response = await app.fetch('http://localhost/ready');
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ status: state });
  });
});

describe('GET /metrics', () => {
  it('counts documents analyzed by operation and errors by code, in Prometheus text format', async () => {
    const app = testApp();
    await graphql(app, '{ analyzeSentiment(text: "good") { label } }');
    await graphql(app, BATCH, {
      d: [
        { id: '1', text: 'fine' },
        { id: '2', text: 'great' },
        { id: '3', text: ' ' },
      ],
    });
    await graphql(app, '{ analyzeSentiment(text: "") { label } }');
    await graphql(app, 'query ($t: String!) { analyzeSentiment(text: $t) { label } }', { t: 5 });
    await graphql(app, '{ analyzeSentiment(text: "x") { nope } }');
    await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    });
    await app.fetch('http://localhost/sentiment', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text":"nice"}',
    });
    const response = await app.fetch('http://localhost/metrics');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('sentiment_documents_analyzed_total{operation="analyzeSentiment"} 1');
    expect(text).toContain(
      'sentiment_documents_analyzed_total{operation="analyzeSentimentBatch"} 2',
    );
    expect(text).toContain('sentiment_documents_analyzed_total{operation="sentiment"} 1');
    expect(text).toContain('sentiment_errors_total{code="EMPTY_TEXT"} 2');
    expect(text).toContain('sentiment_errors_total{code="BAD_USER_INPUT"} 1');
    expect(text).toContain('sentiment_errors_total{code="GRAPHQL_VALIDATION_FAILED"} 1');
    expect(text).toContain('sentiment_errors_total{code="UNSUPPORTED_MEDIA_TYPE"} 1');
    expect(text).not.toContain('code="INTERNAL_SERVER_ERROR"');
    expect(text).toMatch(/graphql_yoga_http_duration_count\{[^}]*operationType="query"/);
    expect(text).toMatch(/graphql_yoga_http_duration_count\{[^}]*operationType="mutation"/);
    expect(text).toContain('process_resident_memory_bytes');
  });
});

describe('metric labels', () => {
  it('stay bounded: client-chosen operation names and aliases never become label values', async () => {
    const app = testApp();
    for (let i = 0; i < 20; i += 1) {
      await graphql(app, `query Name${i} { alias${i}: analyzeSentiment(text: "") { label } }`);
    }
    const text = await (await app.fetch('http://localhost/metrics')).text();
    expect(text).not.toMatch(/Name\d|alias\d/);
  });
});

describe('CORS', () => {
  const preflight = (app: ReturnType<typeof testApp>, origin: string) =>
    app.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST' },
    });

  it('allows any origin by default', async () => {
    const response = await preflight(testApp(), 'https://app.example.com');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
  });

  it('allows only the configured origins', async () => {
    const app = testApp({
      corsOrigins: loadConfig({ CORS_ORIGIN: 'https://app.example.com' }).corsOrigins,
    });
    expect(
      (await preflight(app, 'https://app.example.com')).headers.get('access-control-allow-origin'),
    ).toBe('https://app.example.com');
    for (const origin of ['https://evil.example.net', 'null']) {
      expect((await preflight(app, origin)).headers.get('access-control-allow-origin')).toBeNull();
    }
    const allowed = await app.fetch('http://localhost/graphql?query=%7B__typename%7D', {
      headers: { origin: 'https://app.example.com' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(allowed.headers.get('vary')).toContain('Origin');
  });

  it('rejects a malformed CORS_ORIGIN at start', () => {
    expect(() => loadConfig({ CORS_ORIGIN: 'app.example.com' })).toThrow(
      'CORS_ORIGIN must be *, none, or comma-separated origins',
    );
  });
});

describe('request logs', () => {
  it('write one JSON line per request with operation, status and duration, and never the text', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', (_level, line) => lines.push(line));
    const app = createApp({ ...defaultConfig, logLevel: 'info' }, { logger });
    await graphql(app, 'query Mood($t: String!) { analyzeSentiment(text: $t) { label } }', {
      t: 'my secret diary entry',
    });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? '{}');
    expect(entry).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'POST',
      path: '/graphql',
      operation: 'Mood',
      status: 200,
    });
    expect(entry.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof entry.durationMs).toBe('number');
    expect(lines.join('\n')).not.toContain('secret diary');
  });

  it('log an unexpected error with the request id the response carries', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', (_level, line) => lines.push(line));
    const app = createApp({ ...defaultConfig, logLevel: 'info' }, { logger });
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-7' },
      body: JSON.stringify({ query: '{ analyzeSentiment(text: "ok") { label } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('req-7');
    expect(lines.map((line) => JSON.parse(line).requestId)).toEqual(['req-7']);
  });
});
