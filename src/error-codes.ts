import { GraphQLError, getOperationAST, getVariableValues } from 'graphql';
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
 * When variables do not fit their types, answer 400 BAD_USER_INPUT with graphql-js's precise
 * messages (`Variable "$options" got invalid value ... at "options.lexicon[0].valence"`):
 * graphql-jit's own coercion names the wrong variable and answers 200. Only a failed
 * execution with errors outside any field (what bad variables give) pays for the second
 * coercion; successful requests are not touched.
 */
export function useVariableCoercion(): Plugin {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result) || !result.errors?.some((error) => !error.path)) return;
          const operation = getOperationAST(args.document, args.operationName);
          if (!operation?.variableDefinitions?.length) return;
          const { errors } = getVariableValues(
            args.schema,
            operation.variableDefinitions,
            (args.variableValues ?? {}) as Record<string, unknown>,
            { maxErrors: 20 },
          );
          if (!errors) return;
          setResult({
            errors: errors.map(
              (error) =>
                new GraphQLError(error.message, {
                  nodes: error.nodes,
                  extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
                }),
            ),
          });
        },
      };
    },
  };
}
