import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { AppConfig } from './config.js';

/**
 * Report a rejected operation as an ordinary validation error with a code, instead of Armor's
 * default of throwing out of validation (which loses `extensions.code`).
 */
const reportRejection = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      context?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
          extensions: { code: 'OPERATION_TOO_COMPLEX' },
        }),
      );
    },
  ],
};

/**
 * GraphQL Armor against query abuse: depth, aliases, directives and cost are validation errors
 * with code OPERATION_TOO_COMPLEX naming the limit; the token limit stops the parser early
 * (GRAPHQL_PARSE_FAILED). Field suggestions stay on: the schema is public and "Did you mean"
 * helps people in GraphiQL.
 */
export function useOperationLimits(
  config: Pick<AppConfig, 'maxDepth' | 'maxAliases' | 'maxTokens' | 'maxDirectives' | 'maxCost'>,
): Plugin {
  return EnvelopArmorPlugin({
    blockFieldSuggestion: { enabled: false },
    maxDepth: { n: config.maxDepth, flattenFragments: true, ...reportRejection },
    maxAliases: { n: config.maxAliases, ...reportRejection },
    maxTokens: { n: config.maxTokens },
    maxDirectives: { n: config.maxDirectives, ...reportRejection },
    costLimit: { maxCost: config.maxCost, ...reportRejection },
  }) as Plugin;
}
