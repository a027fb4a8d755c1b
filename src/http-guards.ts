import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

type Fetch = { Response: typeof Response };

const graphqlError = (fetchAPI: Fetch, status: number, code: string, message: string) =>
  fetchAPI.Response.json({ errors: [{ message, extensions: { code } }] }, { status });

function isJsonObject(value: string): boolean {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;

/**
 * Whether a POST body of this Content-Type is one Yoga reads as JSON (`application/json`, in
 * lower case, then nothing or `;` parameters) in UTF-8, the only encoding of JSON (a body
 * declared in another charset would be misread). The request guard and the fast path use it.
 */
export function isJsonContentType(type: string | null | undefined): boolean {
  const first = type?.split(',')[0];
  if (first === undefined || first === '') return false;
  if (first !== 'application/json' && !first.startsWith('application/json;')) return false;
  const charset = CHARSET.exec(first)?.[1];
  return charset === undefined || charset.toLowerCase() === 'utf-8';
}

/**
 * Checks in front of Yoga for requests it would otherwise accept loosely or answer with a 500:
 * - POST bodies must be JSON (`application/json`): 415 UNSUPPORTED_MEDIA_TYPE otherwise, which
 *   also turns away form posts (a CSRF-friendly shape) and multipart uploads;
 * - GET `variables` and `extensions` must be JSON objects: 400 BAD_REQUEST otherwise;
 * - `/` redirects to GraphiQL, and unknown paths answer a JSON 404 that says where to go.
 */
export function useRequestGuards(
  graphqlEndpoint: string,
  countError: (code: string) => void = () => {},
): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === '/' && (request.method === 'GET' || request.method === 'HEAD')) {
        endResponse(
          new fetchAPI.Response(null, { status: 302, headers: { location: graphqlEndpoint } }),
        );
        return;
      }
      // Yoga serves GraphQL with a trailing slash too ("/graphql/"): guard it the same way.
      if (url.pathname.replace(/\/+$/, '') !== graphqlEndpoint) return;
      if (request.method === 'POST') {
        const type = request.headers.get('content-type') ?? '';
        if (!isJsonContentType(type)) {
          countError('UNSUPPORTED_MEDIA_TYPE');
          endResponse(
            graphqlError(
              fetchAPI,
              415,
              'UNSUPPORTED_MEDIA_TYPE',
              `Content-Type "${type.slice(0, 100) || 'none'}" is not supported; send the operation as JSON in UTF-8 with Content-Type: application/json (in lower case, optionally with "; charset=utf-8"), or use GET for queries.`,
            ),
          );
        }
        return;
      }
      for (const name of ['variables', 'extensions']) {
        const value = url.searchParams.get(name);
        if (value !== null && value !== '' && !isJsonObject(value)) {
          countError('BAD_REQUEST');
          endResponse(
            graphqlError(
              fetchAPI,
              400,
              'BAD_REQUEST',
              `the "${name}" parameter must be a JSON object, like ${name}={"key":"value"}`,
            ),
          );
          return;
        }
      }
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      if (response.status !== 404 || response.body !== null) return;
      const path = new URL(request.url).pathname;
      setResponse(
        fetchAPI.Response.json(
          {
            error: `nothing at ${path}: GraphQL (and GraphiQL) is at ${graphqlEndpoint}; also POST /sentiment, GET /health, /ready, /metrics`,
          },
          { status: 404, headers: response.headers },
        ),
      );
    },
  };
}

/** Subscriptions are not offered: say so as a validation error instead of failing at run time. */
const noSubscriptions: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') {
      context.reportError(
        new GraphQLError('subscriptions are not supported; use a query or a mutation', {
          nodes: [node],
          extensions: { code: 'OPERATION_NOT_SUPPORTED' },
        }),
      );
    }
  },
});

export function useNoSubscriptions(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noSubscriptions);
    },
  };
}

/**
 * CORS for browser clients: any origin with `*`, otherwise only the listed origins get an
 * `Access-Control-Allow-Origin` (the others, and the opaque origin "null", get none).
 */
export function corsFor(origins: readonly string[]) {
  if (origins.length === 0) return false as const;
  if (origins.includes('*')) return { origin: '*', credentials: false };
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    return origin && allowed.has(origin) ? { origin: [origin], credentials: false } : false;
  };
}

/**
 * With an origin allowlist the CORS answer depends on the request's Origin: say so
 * (`Vary: Origin`) so that shared caches do not serve one origin's answer to another.
 */
export function useVaryOnOrigin(origins: readonly string[]): Plugin {
  const varies = origins.length > 0 && !origins.includes('*');
  return {
    onResponse({ response }) {
      if (varies) response.headers.append('vary', 'Origin');
    },
  };
}
