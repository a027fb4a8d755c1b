/**
 * Calls both operations of a running service:
 * `npx tsx examples/client/src/demo.ts [http://localhost:4000/graphql]`.
 */
import { createSentimentClient, GraphQLRequestError } from './client.js';

const url = process.argv[2] ?? 'http://localhost:4000/graphql';
const client = createSentimentClient(url);

const one = await client.analyze('The food was great, but the service was painfully slow.');
// Types come from the schema: `label` is a union of the enum's values, not just `string`.
const label: 'POSITIVE' | 'NEGATIVE' | 'NEUTRAL' | 'MIXED' = one.label;
console.log(`one text: ${label} (polarity ${one.polarity.toFixed(3)})`);
for (const word of one.words) console.log(`  ${word.token}: ${word.contribution}`);

const batch = await client.analyzeBatch(
  [
    { id: 'r1', text: 'Absolutely love it!' },
    { id: 'r2', text: 'Broke after two days.' },
    { id: 'r3', text: '   ' },
  ],
  { lexicon: [{ word: 'broke', valence: -3 }] },
);
for (const result of batch.results) {
  console.log(
    `  ${result.id}: ${result.analysis ? `${result.analysis.label} ${result.analysis.polarity.toFixed(3)}` : `error ${result.error?.code}`}`,
  );
}
console.log(`batch: ${batch.summary.analyzed}/${batch.summary.total} analyzed`);

try {
  await client.analyze('   ');
} catch (error) {
  if (!(error instanceof GraphQLRequestError)) throw error;
  console.log(`empty text is refused: ${error.errors[0]?.extensions?.code}`);
}
