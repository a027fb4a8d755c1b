import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { graphql, testApp } from '../helpers/graphql.js';

const FULL = /* GraphQL */ `
  query ($text: String!, $options: AnalysisOptions) {
    analyzeSentiment(text: $text, options: $options) {
      polarity subjectivity label score comparative magnitude
      words { token offset length valence contribution }
      sentences { text offset length polarity subjectivity label }
    }
  }
`;

interface Analysis {
  polarity: number;
  subjectivity: number;
  label: string;
  score: number;
  comparative: number;
  magnitude: number;
  words: Array<{
    token: string;
    offset: number;
    length: number;
    valence: number;
    contribution: number;
  }>;
  sentences: Array<{
    text: string;
    offset: number;
    length: number;
    polarity: number;
    label: string;
  }>;
}

const app = testApp();
const run = async (text: string, options?: unknown) => {
  const { status, body } = await graphql<{ analyzeSentiment: Analysis }>(app, FULL, {
    text,
    options,
  });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  if (!body.data) throw new Error('no data');
  return body.data.analyzeSentiment;
};

describe('analyzeSentiment', () => {
  it.each([
    ['I love this phone, the screen is great.', 'POSITIVE', 1],
    ['This is a terrible, awful product.', 'NEGATIVE', -1],
    ['The package arrived on Tuesday.', 'NEUTRAL', 0],
  ])('%s -> %s', async (text, label, sign) => {
    const result = await run(text);
    expect(result.label).toBe(label);
    expect(Math.sign(result.polarity)).toBe(sign);
  });

  it('answers with the same numbers as the analyzer, within the contract ranges', async () => {
    const text = 'The food was great, but the service was painfully slow. I won\u2019t come back!';
    const result = await run(text);
    const direct = analyze(text);
    expect(result).toEqual({
      polarity: direct.polarity,
      subjectivity: direct.subjectivity,
      label: direct.label,
      score: direct.score,
      comparative: direct.comparative,
      magnitude: direct.magnitude,
      words: direct.words,
      sentences: direct.sentences.map(
        ({ text, offset, length, polarity, subjectivity, label }) => ({
          text,
          offset,
          length,
          polarity,
          subjectivity,
          label,
        }),
      ),
    });
    expect(result.polarity).toBeGreaterThanOrEqual(-1);
    expect(result.polarity).toBeLessThanOrEqual(1);
    expect(result.subjectivity).toBeGreaterThanOrEqual(0);
    expect(result.subjectivity).toBeLessThanOrEqual(1);
    expect(result.magnitude).toBeCloseTo(
      result.words.reduce((sum, word) => sum + Math.abs(word.contribution), 0),
      10,
    );
    expect(result.sentences).toHaveLength(2);
    for (const word of result.words) {
      expect(text.slice(word.offset, word.offset + word.length)).toBe(word.token);
    }
    for (const sentence of result.sentences) {
      expect(text.slice(sentence.offset, sentence.offset + sentence.length)).toBe(sentence.text);
    }
  });

  it('uses options.lexicon for that request only', async () => {
    const text = 'The gizmo is here.';
    const before = await run(text);
    expect(before.polarity).toBe(0);
    const custom = await run(text, { lexicon: [{ word: 'gizmo', valence: 4 }] });
    expect(custom.polarity).toBeGreaterThan(0);
    expect(custom.words).toEqual([
      expect.objectContaining({ token: 'gizmo', offset: 4, length: 5, valence: 4 }),
    ]);
    const after = await run(text);
    expect(after).toEqual(before);
  });

  it('lets options.lexicon override a built-in valence', async () => {
    const custom = await run('This is good.', { lexicon: [{ word: 'good', valence: -3 }] });
    expect(custom.label).toBe('NEGATIVE');
    expect(custom.words[0]).toMatchObject({ token: 'good', valence: -3 });
    const plain = await run('This is good.');
    expect(plain.label).toBe('POSITIVE');
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'gives the Object prototype key %s no valence',
    async (word) => {
      const result = await run(`The ${word} is here.`);
      expect(result.words).toEqual([]);
      expect(result.polarity).toBe(0);
    },
  );
});

describe('documents with several operations', () => {
  // Regression: @envelop/graphql-jit caches compiled code by document alone, so the second
  // operation of a document ran the first one's code ("Variable $text ... was not provided").
  it('run the operation named by operationName, whichever ran before', async () => {
    const jitApp = testApp({ graphqlJit: 1 });
    const document = `query Named($text: String!) { analyzeSentiment(text: $text) { label } }
      query Other { analyzeSentiment(text: "awful") { label } }`;
    const send = async (operationName: string, variables?: Record<string, unknown>) => {
      const response = await jitApp.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: document, operationName, variables }),
      });
      return response.json();
    };
    expect(await send('Named', { text: 'lovely' })).toEqual({
      data: { analyzeSentiment: { label: 'POSITIVE' } },
    });
    expect(await send('Other')).toEqual({ data: { analyzeSentiment: { label: 'NEGATIVE' } } });
    expect(await send('Named', { text: 'lovely' })).toEqual({
      data: { analyzeSentiment: { label: 'POSITIVE' } },
    });
  });
});
