/**
 * Compile-time checks only (never run): `npm run typecheck:examples` fails if the schema and
 * these expectations part ways. `gql-tada check` also validates every document against the
 * schema (an unknown field is an error there).
 */
import type { Analysis, BatchResult, createSentimentClient } from './client.js';

export function typeChecks(client: ReturnType<typeof createSentimentClient>, one: Analysis) {
  // Enum values are literal unions, numbers are numbers.
  const label: 'POSITIVE' | 'NEGATIVE' | 'NEUTRAL' | 'MIXED' = one.label;
  const polarity: number = one.polarity;
  // @ts-expect-error -- `score` exists in the schema but the query does not select it.
  void one.score;
  // @ts-expect-error -- `text` must be a string.
  void client.analyze(42);
  // @ts-expect-error -- a document needs an `id`.
  void client.analyzeBatch([{ text: 'no id' }]);
  // Nullable in the schema, nullable in the type: analysis is null when the document failed.
  const first: BatchResult['results'][number] | undefined = undefined;
  // @ts-expect-error -- `analysis` may be null.
  void first?.analysis.label;
  return { label, polarity };
}
