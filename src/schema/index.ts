import type { GraphQLSchema } from 'graphql';
import type { AnalysisOptions, SentimentAnalysis } from '../analysis/types.js';
import { addBatchTypes } from './batch.js';
import { type AnalysisObserver, createBuilder, type SchemaLimits } from './builder.js';
import { addSentimentTypes } from './sentiment.js';

const ignore: AnalysisObserver = { onAnalyzed: () => {} };

/**
 * Build the GraphQL schema for the given limits; `observer` hears of every analysis;
 * `analyzeText` analyzes `analyzeSentiment`'s text (default: `analyze`, e.g. a cached one).
 */
export function buildSchema(
  limits: SchemaLimits,
  observer: AnalysisObserver = ignore,
  analyzeText?: (text: string, options: AnalysisOptions) => SentimentAnalysis,
): GraphQLSchema {
  const builder = createBuilder();
  const sentimentRefs = addSentimentTypes(builder, limits, observer, analyzeText);
  addBatchTypes(builder, limits, sentimentRefs, observer);
  return builder.toSchema({ sortSchema: false });
}
