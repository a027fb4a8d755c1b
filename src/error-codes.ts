import {
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
  type OperationDefinitionNode,
} from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/**
 * The executor reports some client mistakes without an `extensions.code`: bad variables
 * (errors outside any field) and arguments that a variable left null where the argument is
 * non-null (`$t: String = "x"` sent as null: 'Argument "text" of non-null type "String!" must
 * not be null.'). Give them BAD_USER_INPUT. Errors that resolvers throw keep their own code or
 * stay masked.
 */
export function useClientErrorCodes(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result) || !result.errors?.length) return;
          if (!result.errors.some(isClientMistake)) return;
          setResult({
            ...result,
            errors: result.errors.map((error) =>
              isClientMistake(error) ? withClientCode(error) : error,
            ),
          });
        },
      };
    },
  };
}

function isClientMistake(error: GraphQLError): boolean {
  if (error.extensions?.code) return false;
  return !error.path || error.message.startsWith('Argument "');
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
 * Coerce the variables with graphql-js before execution, for graphql-jit and graphql-js alike.
 * graphql-jit's own coercion departs from the spec: it accepts `[]` for an input object,
 * ignores variable defaults ("$t: String! = \"x\"" sent without `t` fails) and names the wrong
 * variable in its messages. Variables that do not fit answer 400 BAD_USER_INPUT with
 * graphql-js's precise messages (`Variable "$options" got invalid value ... at
 * "options.lexicon[0].valence"`). The coerced values (defaults filled in) are what the
 * executor gets; coercing them again is a no-op for this schema's inputs (strings, IDs,
 * floats, lists and input objects: no enums or custom scalars).
 */
export function useVariableCoercion(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation?.variableDefinitions?.length) return;
      const coerced = coerceVariables(
        args.schema,
        operation,
        (args.variableValues ?? {}) as Record<string, unknown>,
      );
      if ('errors' in coerced) {
        setResultAndStopExecution({ errors: coerced.errors });
        return;
      }
      args.variableValues = coerced.values;
    },
  };
}

/** graphql-js's coercion of an operation's variables; errors carry BAD_USER_INPUT and 400. */
export function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  values: Record<string, unknown>,
): { values: Record<string, unknown> } | { errors: GraphQLError[] } {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], values, {
    maxErrors: 20,
  });
  if (result.errors) {
    return {
      errors: result.errors.map(
        (error) =>
          new GraphQLError(error.message, {
            nodes: error.nodes,
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          }),
      ),
    };
  }
  return { values: result.coerced };
}
