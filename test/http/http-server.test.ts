import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { defaultConfig } from '../../src/config.js';
import { createHttpService, type HttpService } from '../../src/http-server.js';
import { createLogger } from '../../src/logger.js';

const config = {
  ...defaultConfig,
  logLevel: 'silent' as const,
  maxBodyBytes: 2048,
  shutdownTimeoutMs: 5000,
};
let service: HttpService | undefined;

async function start(overrides: Partial<typeof config> = {}) {
  const settings = { ...config, ...overrides };
  const logger = createLogger('silent');
  service = createHttpService(createApp(settings, { logger }), settings, logger);
  await new Promise<void>((resolve) => service?.server.listen(0, '127.0.0.1', resolve));
  const { port } = service.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

afterEach(async () => {
  await service?.shutdown();
  service = undefined;
});

/** Send a body in chunks without Content-Length (Transfer-Encoding: chunked). */
function postChunked(url: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json' } },
      (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += String(chunk);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('request body limit (MAX_BODY_BYTES), enforced in front of Yoga', () => {
  it('answers 413 with a GraphQL error for a body over the limit', async () => {
    const url = await start();
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(3000) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0]?.message).toContain('larger than 2048 bytes');
  });

  it('answers 413 with {"error"} on the prototype route', async () => {
    const url = await start();
    const response = await fetch(`${url}/sentiment`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'x'.repeat(3000) }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toContain(
      'larger than 2048 bytes',
    );
  });

  it('counts chunked bodies too', async () => {
    const url = await start();
    const big = await postChunked(`${url}/graphql`, [
      '{"query":"{ __typename }","variables":{"pad":"',
      'x'.repeat(3000),
      '"}}',
    ]);
    expect(big.status).toBe(413);
    const small = await postChunked(`${url}/graphql`, [
      '{"query":"{ analyzeSentiment(text: \\"',
      'great\\") { label } }"}',
    ]);
    expect(small.status).toBe(200);
    expect(JSON.parse(small.body)).toEqual({ data: { analyzeSentiment: { label: 'POSITIVE' } } });
  });

  it('accepts a body at the limit', async () => {
    const url = await start();
    const query = '{ analyzeSentiment(text: "fine") { label } }';
    const skeleton = JSON.stringify({ query, variables: { pad: '' } });
    const body = JSON.stringify({ query, variables: { pad: 'x'.repeat(2048 - skeleton.length) } });
    expect(Buffer.byteLength(body)).toBe(2048);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(200);
  });
});

describe('graceful shutdown', () => {
  it('finishes in-flight requests before closing, and refuses new connections', async () => {
    const url = await start({ maxBodyBytes: 16 * 1024 * 1024 });
    const documents = Array.from({ length: 10_000 }, (_, i) => ({
      id: String(i),
      text: 'The staff were friendly but the room was dirty and the food was awful. '.repeat(2),
    }));
    const inFlight = fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation ($d: [DocumentInput!]!) { analyzeSentimentBatch(documents: $d) { summary { total analyzed } } }',
        variables: { d: documents },
      }),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = service?.shutdown();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { analyzeSentimentBatch: { summary: { total: 10_000, analyzed: 10_000 } } },
    });
    await closed;
    await expect(fetch(`${url}/health`)).rejects.toThrow();
  });
});

/** Send a request with a raw Host header (fetch does not allow setting one). */
function sendWithHost(
  url: string,
  host: string,
  options: { method: string; body?: string; chunked?: boolean },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host, 'content-type': 'application/json' };
    if (options.body !== undefined && !options.chunked) {
      headers['content-length'] = String(Buffer.byteLength(options.body));
    }
    const req = httpRequest(url, { method: options.method, headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += String(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('a Host header that is not a host', () => {
  // Regression: the app builds a URL from Host; "a b" made it throw, and Yoga answered 500
  // with a stack trace in plain text.
  it('gets 400 with a message, on every route and body kind, never a 500', async () => {
    const url = await start();
    const query = JSON.stringify({ query: '{ analyzeSentiment(text: "good") { label } }' });
    // Taught once with a good Host, so the fast path knows the operation.
    expect(
      (await sendWithHost(`${url}/graphql`, 'localhost', { method: 'POST', body: query })).status,
    ).toBe(200);
    const cases = [
      { path: '/graphql', method: 'POST', body: query },
      { path: '/graphql', method: 'POST', body: query, chunked: true },
      { path: '/graphql?query={__typename}', method: 'GET' },
      { path: '/health', method: 'GET' },
    ];
    for (const { path, ...options } of cases) {
      // "x?y" and "x/y" made a URL with another path (Yoga logged "/" or "/y/graphql").
      for (const host of ['a b', 'x?y', 'x/y', 'u@h', 'h:99999999']) {
        const answer = await sendWithHost(`${url}${path}`, host, options);
        expect(answer.status, `${path} ${host}`).toBe(400);
        const body = JSON.parse(answer.body) as {
          errors: Array<{ message: string; extensions: { code: string } }>;
        };
        expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
        expect(body.errors[0]?.message).toContain(`Host header "${host}" is not a valid host`);
      }
    }
    for (const host of ['localhost', 'example.com:8080', '[::1]:4000', '10.0.0.1']) {
      expect((await sendWithHost(`${url}/health`, host, { method: 'GET' })).status, host).toBe(200);
    }
    const compat = await sendWithHost(`${url}/sentiment`, 'a b', {
      method: 'POST',
      body: '{"text":"ok"}',
    });
    expect(compat.status).toBe(400);
    expect((JSON.parse(compat.body) as { error: string }).error).toContain('Host header');
    // A good host still works on the same server.
    const good = await sendWithHost(`${url}/graphql`, '127.0.0.1:1234', {
      method: 'POST',
      body: query,
    });
    expect(good).toEqual({
      status: 200,
      body: '{"data":{"analyzeSentiment":{"label":"POSITIVE"}}}',
    });
  });
});
