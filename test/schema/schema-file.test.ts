import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema, schemaFile } from '../../scripts/print-schema.js';

describe('schema.graphql', () => {
  it('matches the schema built from the code (run `npm run schema` when this fails)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(printedSchema());
  });

  it('holds the contract signatures', () => {
    const sdl = printedSchema();
    expect(sdl).toContain(
      'analyzeSentiment(\n    """Per-request options, such as extra word valences."""\n    options: AnalysisOptions',
    );
    for (const line of [
      'polarity: Float!',
      'subjectivity: Float!',
      'label: SentimentLabel!',
      'words: [ScoredWord!]!',
      'sentences: [SentenceSentiment!]!',
      'results: [DocumentResult!]!',
      'summary: BatchSummary!',
      'documents: [DocumentInput!]!',
      '): SentimentAnalysis!',
      '): BatchAnalysis!',
      'analysis: SentimentAnalysis\n',
      'error: DocumentError\n',
    ]) {
      expect(sdl).toContain(line);
    }
  });
});
