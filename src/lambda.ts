/**
 * AWS Lambda entry point (handler `lambda.handler`) for API Gateway HTTP APIs and Lambda
 * Function URLs (payload format 2.0). Serves the same app as the server: the Yoga app is a
 * fetch handler, so an event becomes a `Request` and the `Response` becomes the result.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import { type App, createApp } from './app.js';
import { loadConfig } from './config.js';

const gzipAsync = promisify(gzip);

/** Lambda refuses responses over 6 MB (the payload, after base64). */
export const MAX_RESPONSE_BYTES = 6 * 1024 * 1024;
/** Bodies at least this large are gzipped when the client accepts it (GraphiQL is ~9 MB). */
const COMPRESS_FROM_BYTES = 64 * 1024;

const TEXTUAL = /^(text\/|application\/(json|graphql-response\+json|javascript|xml)|[^;]*\+json)/i;

/** The fetch `Request` for a payload-format-2.0 event. */
export function eventToRequest(event: APIGatewayProxyEventV2): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined) headers.set(name, value);
  }
  if (event.cookies?.length) headers.set('cookie', event.cookies.join('; '));
  const host = event.requestContext?.domainName ?? headers.get('host') ?? 'localhost';
  const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
  const method = event.requestContext?.http?.method ?? 'GET';
  const hasBody = event.body !== undefined && event.body !== null && !/^(GET|HEAD)$/i.test(method);
  return new Request(`https://${host}${event.rawPath || '/'}${query}`, {
    method,
    headers,
    body: hasBody
      ? event.isBase64Encoded
        ? Buffer.from(event.body as string, 'base64')
        : (event.body as string)
      : undefined,
  });
}

/**
 * The Lambda result for a `Response`: text bodies as text, others base64; large bodies gzipped
 * when the request accepts gzip; `set-cookie` as `cookies`.
 */
export async function responseToResult(
  response: Response,
  acceptEncoding = '',
): Promise<APIGatewayProxyStructuredResultV2> {
  const headers: Record<string, string> = {};
  // Lower-case names (Yoga's Headers may keep the case they were set with).
  response.headers.forEach((value, name) => {
    const key = name.toLowerCase();
    if (key !== 'set-cookie') headers[key] = value;
  });
  const cookies = response.headers.getSetCookie();
  let body = Buffer.from(await response.arrayBuffer());
  let binary = !TEXTUAL.test(headers['content-type'] ?? 'text/plain');
  if (
    body.length >= COMPRESS_FROM_BYTES &&
    !headers['content-encoding'] &&
    /\bgzip\b/i.test(acceptEncoding)
  ) {
    body = await gzipAsync(body);
    headers['content-encoding'] = 'gzip';
    headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
    binary = true;
  }
  delete headers['content-length'];
  const encoded = binary ? body.toString('base64') : body.toString('utf8');
  if (Buffer.byteLength(encoded) > MAX_RESPONSE_BYTES) {
    return {
      statusCode: 502,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({
        errors: [
          {
            message: `the response is larger than Lambda's 6 MB limit; send smaller batches${
              /\bgzip\b/i.test(acceptEncoding) ? '' : ' or accept gzip'
            }`,
            extensions: { code: 'RESPONSE_TOO_LARGE' },
          },
        ],
      }),
      isBase64Encoded: false,
    };
  }
  return {
    statusCode: response.status,
    headers,
    ...(cookies.length > 0 ? { cookies } : {}),
    body: encoded,
    isBase64Encoded: binary,
  };
}

let app: App | undefined;

/** Build the app once per Lambda instance (configuration from the environment). */
function getApp(): App {
  app ??= createApp(loadConfig());
  return app;
}

/** API Gateway HTTP API / Function URL handler (payload format 2.0). */
export async function handler(
  event: APIGatewayProxyEventV2,
  context?: Context,
): Promise<APIGatewayProxyStructuredResultV2> {
  const request = eventToRequest(event);
  const response = await getApp().fetch(request, { lambdaEvent: event, lambdaContext: context });
  return responseToResult(response, request.headers.get('accept-encoding') ?? '');
}
