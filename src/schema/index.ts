import type { GraphQLSchema } from 'graphql';
import { addBatchTypes } from './batch.js';
import { createBuilder, type SchemaLimits } from './builder.js';
import { addSentimentTypes } from './sentiment.js';

/** Build the GraphQL schema for the given limits. */
export function buildSchema(limits: SchemaLimits): GraphQLSchema {
  const builder = createBuilder();
  const sentimentRefs = addSentimentTypes(builder, limits);
  addBatchTypes(builder, limits, sentimentRefs);
  return builder.toSchema({ sortSchema: false });
}
