import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type SelectionSetNode, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { AppConfig } from './config.js';
import { fieldsIn } from './schema/selection.js';

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

/**
 * Reject an operation that selects a field under more than one response name (aliases) in one
 * selection set below the root (fragments expanded), with OPERATION_TOO_COMPLEX. Below the
 * root, fields take no arguments, so a second name only copies the value; inside `results` or
 * `words` that copy repeats for every document or word, and a request within the batch limits
 * could make a response of hundreds of megabytes (11 aliases of `words` in a 10,000-document
 * batch: 487 MB). Root fields may be aliased (up to MAX_ALIASES): their arguments differ.
 */
export const noRepeatedLists = (context: ValidationContext) => {
  const schema = context.getSchema();
  const roots = new Set([schema.getQueryType(), schema.getMutationType()]);
  return {
    SelectionSet(node: SelectionSetNode) {
      const parent = context.getParentType();
      if (!parent || roots.has(parent as never)) return;
      const names = new Map<string, Set<string>>();
      for (const field of fieldsIn([node], (name) => context.getFragment(name))) {
        const keys = names.get(field.name.value) ?? new Set<string>();
        keys.add(field.alias?.value ?? field.name.value);
        names.set(field.name.value, keys);
      }
      for (const [field, keys] of names) {
        if (keys.size < 2) continue;
        context.reportError(
          new GraphQLError(
            `"${field}" is selected under ${keys.size} names (${[...keys].join(', ')}) in one place; select it once: below the root each copy repeats the same value, for every document or word`,
            { nodes: [node], extensions: { code: 'OPERATION_TOO_COMPLEX' } },
          ),
        );
      }
    },
  };
};

export function useNoRepeatedLists(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noRepeatedLists);
    },
  };
}
