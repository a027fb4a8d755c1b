import { describe, expect, it } from 'vitest';
import { graphql, testApp } from '../helpers/graphql.js';

const QUERY = /* GraphQL */ `
  query ($text: String!, $options: AnalysisOptions) {
    analyzeSentiment(text: $text, options: $options) {
      polarity subjectivity label
      words { token offset length valence }
      sentences { text offset length }
    }
  }
`;

interface Result {
  analyzeSentiment: {
    polarity: number;
    subjectivity: number;
    label: string;
    words: Array<{ token: string; offset: number; length: number; valence: number }>;
    sentences: Array<{ text: string; offset: number; length: number }>;
  };
}

const app = testApp();
async function analyzeOverHttp(text: string, options?: unknown) {
  const { status, body } = await graphql<Result>(app, QUERY, { text, options });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  const result = body.data?.analyzeSentiment;
  if (!result) throw new Error('no result');
  for (const word of result.words)
    expect(text.slice(word.offset, word.offset + word.length)).toBe(word.token);
  for (const sentence of result.sentences) {
    expect(text.slice(sentence.offset, sentence.offset + sentence.length)).toBe(sentence.text);
  }
  return result;
}

describe('strange text gets a result with valid offsets', () => {
  it.each([
    ['a lone high surrogate', 'good \ud800 day', 1],
    ['a lone low surrogate', '\udc00 bad', -1],
    ['NUL and control characters', 'good\u0000\u0001\u0007 stuff\u007f', 1],
    ['ANSI escapes', '\u001b[31mterrible\u001b[0m service', -1],
    ['combining marks', 'cafe\u0301 was lovely', 1],
    ['RTL script mixed with English', 'שלום great אחי', 1],
    ['a ZWJ family emoji', 'we are a family 👨‍👩‍👧‍👦 and I love it', 1],
    ['flags', '🇫🇷🇩🇪 awful trip', -1],
    ['only punctuation', '?!?!... ;;; ---', 0],
    ['only flags', '🇫🇷 🇩🇪 🏳️‍🌈', 0],
  ])('%s', async (_name, text, sign) => {
    const result = await analyzeOverHttp(text);
    expect(Math.sign(result.polarity)).toBe(sign);
  });
});

describe('Object prototype keys are ordinary words', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'])(
    '%s has no valence in the text, and a per-request valence only in its own request',
    async (word) => {
      const plain = await analyzeOverHttp(`The ${word} is here.`);
      expect(plain.words).toEqual([]);
      const custom = await analyzeOverHttp(`The ${word} is here.`, {
        lexicon: [{ word, valence: 3 }],
      });
      expect(custom.words).toEqual([{ token: word, offset: 4, length: word.length, valence: 3 }]);
      expect(custom.polarity).toBeGreaterThan(0);
      expect(await analyzeOverHttp(`The ${word} is here.`)).toEqual(plain);
      expect(({} as Record<string, unknown>)[word === '__proto__' ? 'polluted' : word]).toBe(
        word === '__proto__'
          ? undefined
          : (Object.prototype as unknown as Record<string, unknown>)[word],
      );
    },
  );
});
