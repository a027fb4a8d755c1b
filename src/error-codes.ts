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
