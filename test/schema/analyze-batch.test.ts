import { describe, expect, it } from 'vitest';
import { graphql, testApp } from '../helpers/graphql.js';

const BATCH = /* GraphQL */ `
  mutation ($documents: [DocumentInput!]!, $options: AnalysisOptions) {
    analyzeSentimentBatch(documents: $documents, options: $options) {
      results { id analysis { polarity label } error { code message } }
      summary { total analyzed failed positive negative neutral mixed meanPolarity meanSubjectivity }
    }
  }
`;

interface Batch {
  analyzeSentimentBatch: {
    results: Array<{
      id: string;
      analysis: { polarity: number; label: string } | null;
      error: { code: string; message: string } | null;
    }>;
    summary: Record<string, number>;
  };
}

describe('analyzeSentimentBatch', () => {
  const app = testApp({ maxTextLength: 50 });

  it('answers in input order, with per-document errors and a summary', async () => {
    const documents = [
      { id: 'b', text: 'I love it, it is wonderful.' },
      { id: 'a', text: 'Horrible. I hate it.' },
      { id: 'empty', text: '  \n\t ' },
      { id: 'c', text: 'It arrived on Monday.' },
      { id: 'long', text: 'x'.repeat(51) },
    ];
    const { status, body } = await graphql<Batch>(app, BATCH, { documents });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const batch = body.data?.analyzeSentimentBatch;
    expect(batch?.results.map((result) => result.id)).toEqual(['b', 'a', 'empty', 'c', 'long']);
    expect(batch?.results.map((result) => result.analysis?.label ?? result.error?.code)).toEqual([
      'POSITIVE',
      'NEGATIVE',
      'EMPTY_TEXT',
      'NEUTRAL',
      'TEXT_TOO_LONG',
    ]);
    expect(batch?.results[2]?.analysis).toBeNull();
    expect(batch?.results[4]?.error?.message).toContain('limit is 50');
    const polarities = (batch?.results ?? []).flatMap((result) =>
      result.analysis ? [result.analysis.polarity] : [],
    );
    expect(batch?.summary).toMatchObject({
      total: 5,
      analyzed: 3,
      failed: 2,
      positive: 1,
      negative: 1,
      neutral: 1,
      mixed: 0,
    });
    expect(batch?.summary.meanPolarity).toBeCloseTo(
      polarities.reduce((sum, value) => sum + value, 0) / 3,
      12,
    );
  });

  it('applies options.lexicon to every document of that request', async () => {
    const documents = [
      { id: '1', text: 'The widget is here.' },
      { id: '2', text: 'Another widget.' },
    ];
    const { body } = await graphql<Batch>(app, BATCH, {
      documents,
      options: { lexicon: [{ word: 'widget', valence: -2 }] },
    });
    expect(body.data?.analyzeSentimentBatch.results.map((r) => r.analysis?.label)).toEqual([
      'NEGATIVE',
      'NEGATIVE',
    ]);
  });

  it('reports zero means when no document could be analyzed', async () => {
    const { body } = await graphql<Batch>(app, BATCH, { documents: [{ id: '1', text: '' }] });
    expect(body.data?.analyzeSentimentBatch.summary).toMatchObject({
      total: 1,
      analyzed: 0,
      failed: 1,
      meanPolarity: 0,
      meanSubjectivity: 0,
    });
  });
});
