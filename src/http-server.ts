import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { App } from './app.js';
import type { AppConfig } from './config.js';
import type { FastPath } from './fast-path.js';
import type { Logger } from './logger.js';

/**
 * Answer an error in front of the app, in the shape of the route: `{"error"}` on the prototype
 * route, a GraphQL error with `code` elsewhere. The body is not read (drained, or the
 * connection closed when `close`).
 */
function refuse(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
  close = false,
) {
  const body = request.url?.startsWith('/sentiment')
    ? { error: message }
    : { errors: [{ message, extensions: { code } }] };
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    ...(close ? { connection: 'close' } : {}),
  });
  response.end(JSON.stringify(body));
  request.on('error', () => {});
  request.resume();
}

/** Answer 413 without reading the body, and close the connection so it is not read either. */
function tooLarge(request: IncomingMessage, response: ServerResponse, limit: number) {
  refuse(
    request,
    response,
    413,
    'PAYLOAD_TOO_LARGE',
    `the request body is larger than ${limit} bytes; send fewer or shorter documents per request`,
    true,
  );
}

let lastGoodHost: string | undefined;

/** A host name, IPv4 or [IPv6] address, and an optional port (RFC 3986 host and port). */
const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9\-._~!$&'()*+,;=%]+)(?::\d{1,5})?$/;

/** Whether the Host header can make a URL (the app needs one; a bad one used to give a 500). */
function isUsableHost(host: string | undefined): boolean {
  if (host === undefined || host === lastGoodHost) return true;
  if (!HOST.test(host) || !URL.canParse(`http://${host}/`)) return false;
  lastGoodHost = host;
  return true;
}

/** Answer 400 for a request whose Host header is not a host name (and port). */
function badHost(request: IncomingMessage, response: ServerResponse) {
  refuse(
    request,
    response,
    400,
    'BAD_REQUEST',
    `the Host header "${String(request.headers.host).slice(0, 100)}" is not a valid host; send the server's host name and port, as HTTP clients do`,
  );
}

/**
 * A body sent without Content-Length (chunked): read it up to the limit, then hand it to the
 * app as a fetch Request. Past the limit: 413, without reading further.
 */
async function handleChunked(
  app: App,
  request: IncomingMessage,
  response: ServerResponse,
  limit: number,
) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      tooLarge(request, response, limit);
      return;
    }
    chunks.push(chunk as Buffer);
  }
  await answerWithBody(app, request, response, Buffer.concat(chunks));
}

/** Hand a request whose body was already read to the app (as a fetch Request). */
async function answerWithBody(
  app: App,
  request: IncomingMessage,
  response: ServerResponse,
  body: Buffer,
) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name === 'transfer-encoding') continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const host = request.headers.host ?? 'localhost';
  const answer = await app.fetch(`http://${host}${request.url ?? '/'}`, {
    method: request.method ?? 'POST',
    headers,
    body,
  });
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  response.end(Buffer.from(await answer.arrayBuffer()));
}

export interface HttpService {
  server: Server;
  /** Stop accepting connections, let in-flight requests finish (up to the timeout), then resolve. */
  shutdown(): Promise<void>;
}

/**
 * The node:http server around the app: enforces the body limit in front of Yoga (which has
 * none) and offers a graceful shutdown.
 */
export function createHttpService(
  app: App,
  config: Pick<AppConfig, 'maxBodyBytes' | 'shutdownTimeoutMs'>,
  logger: Logger,
  fastPath?: FastPath,
): HttpService {
  const handOn = (request: IncomingMessage, response: ServerResponse) => (body: Buffer) => {
    answerWithBody(app, request, response, body).catch((error: unknown) => {
      logger.error('request failed', { error: String(error) });
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: 'internal error' }));
    });
  };
  const server = createServer((request, response) => {
    if (!isUsableHost(request.headers.host)) {
      badHost(request, response);
      return;
    }
    const declared = request.headers['content-length'];
    if (declared !== undefined && Number(declared) > config.maxBodyBytes) {
      tooLarge(request, response, config.maxBodyBytes);
      return;
    }
    if (declared === undefined && request.headers['transfer-encoding'] !== undefined) {
      handleChunked(app, request, response, config.maxBodyBytes).catch((error: unknown) => {
        logger.error('chunked request failed', { error: String(error) });
        if (!response.headersSent) response.writeHead(400, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: 'the request body could not be read' }));
      });
      return;
    }
    if (fastPath?.handle(request, response, handOn(request, response))) return;
    app(request, response);
  });

  let closing: Promise<void> | undefined;
  const shutdown = () => {
    closing ??= new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        logger.warn('shutdown timeout: closing remaining connections', {
          timeoutMs: config.shutdownTimeoutMs,
        });
        server.closeAllConnections();
      }, config.shutdownTimeoutMs);
      timer.unref();
      server.close(() => {
        clearTimeout(timer);
        resolve();
      });
      server.closeIdleConnections();
    });
    return closing;
  };
  return { server, shutdown };
}
