/**
 * What the HTTP benchmarks send: GraphQL request bodies built from the UCI sentences that ship
 * with npm `sentiment` (node_modules/sentiment/test/fixtures/{amazon,imdb,yelp}.json).
 */
import { loadUciSets } from '../../scripts/eval/datasets.js';

let cached: string[] | undefined;

/** The 3,000 UCI sentences, in file order (amazon, imdb, yelp). */
export function uciSentences(): string[] {
  cached ??= loadUciSets()
    .flatMap((set) => set.documents.map((doc) => doc.text))
    .filter((text) => text.trim().length > 0);
  return cached;
}

export const SINGLE_QUERY =
  'query Analyze($text: String!) { analyzeSentiment(text: $text) { polarity label } }';

export const BATCH_QUERY =
  'mutation Batch($docs: [DocumentInput!]!) { analyzeSentimentBatch(documents: $docs) { results { id analysis { polarity label } } summary { analyzed meanPolarity } } }';

/** One `analyzeSentiment` body per sentence (text in variables). */
export function singleBodies(limit = Number.POSITIVE_INFINITY): string[] {
  return uciSentences()
    .slice(0, limit)
    .map((text) => JSON.stringify({ query: SINGLE_QUERY, variables: { text } }));
}

/** Concatenate sentences (space-separated, cycling from `start`) to exactly `chars` characters. */
export function longText(chars: number, start = 0): string {
  const sentences = uciSentences();
  const parts: string[] = [];
  let length = 0;
  for (let index = start; length < chars; index += 1) {
    const sentence = sentences[index % sentences.length] ?? '';
    parts.push(sentence);
    length += sentence.length + 1;
  }
  return parts.join(' ').slice(0, chars);
}

/**
 * `count` bodies of one text each `kb` KB long (different texts). A KB is 1,000 characters here,
 * so that 100 KB is exactly the default MAX_TEXT_LENGTH (100,000).
 */
export function longTextBodies(kb: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    JSON.stringify({
      query: SINGLE_QUERY,
      variables: { text: longText(kb * 1000, index * 97) },
    }),
  );
}

/** `count` different `analyzeSentimentBatch` bodies of `size` documents each. */
export function batchBodies(size: number, count: number): string[] {
  const sentences = uciSentences();
  return Array.from({ length: count }, (_, request) => {
    const docs = Array.from({ length: size }, (_, index) => ({
      id: String(index),
      text: sentences[(request * size + index) % sentences.length] ?? 'ok',
    }));
    return JSON.stringify({ query: BATCH_QUERY, variables: { docs } });
  });
}
