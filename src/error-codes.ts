import { GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/**
 * graphql-js reports bad variables (missing, null for a non-null type, wrong type) without an
 * `extensions.code`. They are the client's mistakes, so give them
 * BAD_USER_INPUT. Errors from resolvers (which have a `path`) keep their own code or stay masked.
 */
export function useClientErrorCodes(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result) || !result.errors?.length) return;
          if (result.errors.every((error) => error.extensions?.code || error.path)) return;
          setResult({
            ...result,
            errors: result.errors.map((error) => (error.path ? error : withClientCode(error))),
          });
        },
      };
    },
  };
}

function withClientCode(error: GraphQLError): GraphQLError {
  if (error.extensions?.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
  });
}

/**
 * Yoga answers an unsupported Content-Type with a bare 415. Say what to send instead, in the
 * same GraphQL error shape as the other HTTP errors.
 */
export function useUnsupportedMediaTypeMessage(): Plugin {
  return {
    onResponse({ request, response, setResponse, fetchAPI }) {
      if (response.status !== 415 || response.headers.get('content-type')?.includes('json')) return;
      const sent = request.headers.get('content-type') ?? 'none';
      setResponse(
        fetchAPI.Response.json(
          {
            errors: [
              {
                message: `Content-Type "${sent}" is not supported; send the operation as JSON with Content-Type: application/json (or use GET for queries).`,
                extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
              },
            ],
          },
          { status: 415, headers: response.headers },
        ),
      );
    },
  };
}
