import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.js';

/**
 * The `graphql()` tag, typed against the service's schema (`schema.graphql` at the repo root,
 * turned into `graphql-env.ts` by `npm run examples:generate`): every operation written with it
 * gets its result and variables types inferred, and unknown fields are compile errors.
 */
export const graphql = initGraphQLTada<{
  introspection: typeof introspection;
}>();

export type { ResultOf, VariablesOf } from 'gql.tada';
