import { randomUUID } from 'node:crypto';
import { GraphQLError, getOperationAST } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Logger } from './logger.js';

export const REQUEST_ID_HEADER = 'x-request-id';
const CLIENT_ID = /^[\w.:-]{1,64}$/;

/** The request's id: the client's `x-request-id` when it is a short plain token, else a UUID. */
export function requestIdFor(offered: string | null | undefined): string {
  return offered && CLIENT_ID.test(offered) ? offered : randomUUID();
}

/** What the request log line says about one request (never the text). */
export interface RequestRecord {
  requestId: string;
  method: string;
  path: string;
  operation: string | undefined;
  status: number;
  /** `performance.now()` when the request arrived. */
  start: number;
  errorCodes?: readonly string[];
}

/** Write the one log line of a request (errors at level error, the rest at info). */
export function writeRequestLog(logger: Logger, record: RequestRecord): void {
  // 503 is the readiness probe saying "draining" or "starting": expected, not an error.
  logger[record.status >= 500 && record.status !== 503 ? 'error' : 'info']('request', {
    requestId: record.requestId,
    method: record.method,
    path: record.path,
    operation: record.operation,
    status: record.status,
    durationMs: Math.round((performance.now() - record.start) * 100) / 100,
    ...(record.errorCodes && record.errorCodes.length > 0
      ? { errorCodes: [...new Set(record.errorCodes)] }
      : {}),
  });
}

interface RequestState {
  id: string;
  path: string;
  start: number;
  operation?: string | undefined;
  errorCodes: string[];
}

/**
 * Gives every request an id (the client's `x-request-id` when it is a short plain token, else a
 * UUID), returns it in the `x-request-id` response header, writes one JSON log line per request
 * (method, path, operation, status, duration, error codes; never the text), counts error codes
 * and logs unexpected resolver errors with their stack before Yoga masks them.
 */
export function useRequestLog(
  logger: Logger,
  countError: (code: string) => void = () => {},
): Plugin {
  const states = new WeakMap<Request, RequestState>();
  return {
    onRequest({ request, url }) {
      const id = requestIdFor(request.headers.get(REQUEST_ID_HEADER));
      states.set(request, { id, path: url.pathname, start: performance.now(), errorCodes: [] });
    },
    onParams({ request, params }) {
      const state = states.get(request);
      if (state) state.operation = params.operationName ?? undefined;
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const executing = request ? states.get(request) : undefined;
      if (executing) {
        const operation = getOperationAST(args.document, args.operationName);
        executing.operation = operation?.name?.value ?? operation?.operation ?? executing.operation;
      }
      return {
        onExecuteDone({ result }) {
          if (isAsyncIterable(result) || !result.errors) return;
          for (const error of result.errors) {
            if (
              !error.extensions?.code &&
              error.path &&
              error.originalError &&
              !(error.originalError instanceof GraphQLError)
            ) {
              logger.error('unexpected error', {
                requestId: executing?.id,
                path: error.path.join('.'),
                error: error.originalError.stack ?? String(error.originalError),
              });
            }
          }
        },
      };
    },
    onResultProcess({ request, result }) {
      // Every GraphQL error the client gets (parse, validation, variables, execution), with
      // the code it carries after the other plugins (masked errors: INTERNAL_SERVER_ERROR).
      const state = states.get(request);
      const results = isAsyncIterable(result) ? [] : Array.isArray(result) ? result : [result];
      for (const item of results) {
        for (const error of item.errors ?? []) {
          const code = error.extensions?.code;
          const label = typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
          state?.errorCodes.push(label);
          countError(label);
        }
      }
    },
    onResponse({ request, response }) {
      // Routes answered before our onRequest ran (Yoga's /health) still get an id.
      const state = states.get(request) ?? {
        id: randomUUID(),
        path: new URL(request.url).pathname,
        start: performance.now(),
        errorCodes: [],
      };
      response.headers.set(REQUEST_ID_HEADER, state.id);
      writeRequestLog(logger, {
        requestId: state.id,
        method: request.method,
        path: state.path,
        operation: state.operation,
        status: response.status,
        start: state.start,
        errorCodes: state.errorCodes,
      });
    },
  };
}
