import type { GraphQLSchema } from 'graphql';
import type { AnalysisObserver } from '../analysis-observer.js';
import { addBatchTypes } from './batch.js';
import { createBuilder, type SchemaLimits } from './builder.js';
import { addSentimentTypes } from './sentiment.js';

const ignore: AnalysisObserver = { onAnalyzed: () => {} };

/** Build the GraphQL schema for the given limits; `observer` hears of every analysis. */
export function buildSchema(
  limits: SchemaLimits,
  observer: AnalysisObserver = ignore,
): GraphQLSchema {
  const builder = createBuilder();
  const sentimentRefs = addSentimentTypes(builder, limits, observer);
  addBatchTypes(builder, limits, sentimentRefs, observer);
  return builder.toSchema({ sortSchema: false });
}
