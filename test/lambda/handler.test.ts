import { gunzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { eventToRequest, handler, MAX_RESPONSE_BYTES, responseToResult } from '../../src/lambda.js';

/** A payload-format-2.0 event as API Gateway HTTP APIs and Function URLs send it. */
function event(
  method: string,
  rawPath: string,
  options: {
    rawQueryString?: string;
    headers?: Record<string, string>;
    body?: string;
    isBase64Encoded?: boolean;
    cookies?: string[];
  } = {},
): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString: options.rawQueryString ?? '',
    cookies: options.cookies,
    headers: { host: 'abc123.lambda-url.eu-west-1.on.aws', ...options.headers },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.lambda-url.eu-west-1.on.aws',
      domainPrefix: 'abc123',
      http: {
        method,
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.7',
        userAgent: 'vitest',
      },
      requestId: 'req-1',
      routeKey: '$default',
      stage: '$default',
      time: '03/Dec/2026:16:00:00 +0000',
      timeEpoch: 1_796_313_600_000,
    },
    body: options.body,
    isBase64Encoded: options.isBase64Encoded ?? false,
  };
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };
const parseBody = (body: string | undefined) => JSON.parse(body ?? 'null');

describe('lambda handler (payload format 2.0)', () => {
  beforeAll(() => {
    vi.stubEnv('LOG_LEVEL', 'silent');
  });

  it('answers a POST GraphQL query', async () => {
    const result = await handler(
      event('POST', '/graphql', {
        headers: JSON_HEADERS,
        body: JSON.stringify({
          query: 'query ($t: String!) { analyzeSentiment(text: $t) { polarity label } }',
          variables: { t: 'What a great day!' },
        }),
      }),
    );
    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(false);
    expect(result.headers?.['content-type']).toMatch(/^application\/json/);
    expect(parseBody(result.body)).toEqual({
      data: {
        analyzeSentiment: { polarity: analyze('What a great day!').polarity, label: 'POSITIVE' },
      },
    });
  });

  it('answers a GET query from the raw query string', async () => {
    const query = '{ analyzeSentiment(text: "awful service") { label } }';
    const result = await handler(
      event('GET', '/graphql', {
        rawQueryString: `query=${encodeURIComponent(query)}`,
        headers: { accept: 'application/json' },
      }),
    );
    expect(result.statusCode).toBe(200);
    expect(parseBody(result.body)).toEqual({ data: { analyzeSentiment: { label: 'NEGATIVE' } } });
  });

  it('serves the prototype route POST /sentiment and /health', async () => {
    const result = await handler(
      event('POST', '/sentiment', { headers: JSON_HEADERS, body: '{"text":"I love this!"}' }),
    );
    expect(result.statusCode).toBe(200);
    const { polarity, subjectivity } = analyze('I love this!');
    expect(parseBody(result.body)).toEqual({ polarity, subjectivity });
    expect((await handler(event('GET', '/health'))).statusCode).toBe(200);
  });

  it('decodes a base64 body', async () => {
    const body = Buffer.from(
      JSON.stringify({
        query:
          'mutation ($d: [DocumentInput!]!) { analyzeSentimentBatch(documents: $d) { results { id analysis { label } error { code } } } }',
        variables: {
          d: [
            { id: 'x', text: 'Brilliant! 😍' },
            { id: 'y', text: ' ' },
          ],
        },
      }),
    ).toString('base64');
    const result = await handler(
      event('POST', '/graphql', { headers: JSON_HEADERS, body, isBase64Encoded: true }),
    );
    expect(result.statusCode).toBe(200);
    expect(parseBody(result.body).data.analyzeSentimentBatch.results).toEqual([
      { id: 'x', analysis: { label: 'POSITIVE' }, error: null },
      { id: 'y', analysis: null, error: { code: 'EMPTY_TEXT' } },
    ]);
  });

  it('answers 4xx for bad requests', async () => {
    const malformed = await handler(
      event('POST', '/graphql', { headers: JSON_HEADERS, body: '{"query": ' }),
    );
    expect(malformed.statusCode).toBe(400);
    expect(parseBody(malformed.body).errors[0].message).toBeTruthy();
    const noText = await handler(
      event('POST', '/sentiment', { headers: JSON_HEADERS, body: '{}' }),
    );
    expect(noText.statusCode).toBe(400);
    expect(parseBody(noText.body)).toEqual({ error: '"text" must be a string, got nothing' });
    const wrongMethod = await handler(event('GET', '/sentiment'));
    expect(wrongMethod.statusCode).toBe(405);
    expect(wrongMethod.headers?.allow).toBe('POST');
  });

  it('serves GraphiQL gzipped, under the 6 MB limit, when the browser accepts gzip', async () => {
    const result = await handler(
      event('GET', '/graphql', {
        headers: { accept: 'text/html', 'accept-encoding': 'gzip, deflate, br' },
      }),
    );
    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(true);
    expect(result.headers?.['content-encoding']).toBe('gzip');
    expect(Buffer.byteLength(result.body ?? '')).toBeLessThan(MAX_RESPONSE_BYTES);
    const page = gunzipSync(Buffer.from(result.body ?? '', 'base64')).toString('utf8');
    expect(page).toContain('<title>Sentiment API</title>');
  });

  it('answers 502 RESPONSE_TOO_LARGE instead of a response Lambda would refuse', async () => {
    const result = await handler(event('GET', '/graphql', { headers: { accept: 'text/html' } }));
    expect(result.statusCode).toBe(502);
    expect(parseBody(result.body).errors[0].extensions.code).toBe('RESPONSE_TOO_LARGE');
  });

  it('builds the Request from rawPath, rawQueryString, headers, cookies and a base64 body', async () => {
    const request = eventToRequest(
      event('PUT', '/a/b', {
        rawQueryString: 'x=1&y=%20',
        headers: { 'x-custom': 'v' },
        cookies: ['a=1', 'b=2'],
        body: Buffer.from('héllo').toString('base64'),
        isBase64Encoded: true,
      }),
    );
    expect(request.method).toBe('PUT');
    expect(request.url).toBe('https://abc123.lambda-url.eu-west-1.on.aws/a/b?x=1&y=%20');
    expect(request.headers.get('x-custom')).toBe('v');
    expect(request.headers.get('cookie')).toBe('a=1; b=2');
    expect(await request.text()).toBe('héllo');
  });

  it('returns set-cookie headers as cookies and binary bodies as base64', async () => {
    const headers = new Headers({ 'content-type': 'image/png' });
    headers.append('set-cookie', 'a=1; Path=/');
    headers.append('set-cookie', 'b=2; Path=/');
    const result = await responseToResult(
      new Response(new Uint8Array([0, 255, 1]), { status: 201, headers }),
    );
    expect(result).toEqual({
      statusCode: 201,
      headers: { 'content-type': 'image/png' },
      cookies: ['a=1; Path=/', 'b=2; Path=/'],
      body: Buffer.from([0, 255, 1]).toString('base64'),
      isBase64Encoded: true,
    });
  });
});
