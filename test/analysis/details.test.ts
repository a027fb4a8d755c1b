import { describe, expect, it } from 'vitest';
import { loadUciSets } from '../../scripts/eval/datasets.js';
import { analyze } from '../../src/analysis/analyze.js';
import { analyzeBatch } from '../../src/analysis/batch.js';

const uci = loadUciSets().flatMap((set) => set.documents.map((doc) => doc.text));

/** Texts where a later sentence changes the words of the one before (the totals must agree). */
const crossSentence = [
  'The plot was great. But the acting was terrible.',
  'I thought it would be good. It was not.',
  'Worth it? No.',
  'Great food!!! Awful service. However, the view is lovely :)',
  'I had high hopes, but it was a letdown.',
  '',
  '   ',
  'NOT BAD AT ALL 😍',
];

describe('analyze(text, { details: false })', () => {
  it('gives the same numbers and label as the full analysis, without words or sentences', () => {
    for (const text of [...uci, ...crossSentence]) {
      const full = analyze(text);
      const lean = analyze(text, { details: false });
      expect(lean).toEqual({ ...full, words: [], sentences: [] });
    }
  });

  it('keeps per-request lexicon entries', () => {
    const lexicon = [{ word: 'meh', valence: -2 }];
    const lean = analyze('The ending was meh.', { lexicon, details: false });
    expect(lean.score).toBe(analyze('The ending was meh.', { lexicon }).score);
    expect(lean.score).toBeLessThan(0);
  });

  it('returns details by default and with details: true', () => {
    const text = 'Lovely staff. Cold food.';
    expect(analyze(text).sentences).toHaveLength(2);
    expect(analyze(text, { details: true }).words.length).toBeGreaterThan(0);
    expect(analyze(text, { details: false }).words).toEqual([]);
  });

  it('passes through analyzeBatch', () => {
    const documents = [
      { id: 'a', text: 'Great value.' },
      { id: 'b', text: '' },
    ];
    const lean = analyzeBatch(documents, { details: false }, 1000);
    const full = analyzeBatch(documents, {}, 1000);
    expect(lean.summary).toEqual(full.summary);
    expect(lean.results[0]?.analysis?.words).toEqual([]);
    expect(lean.results[0]?.analysis?.polarity).toBe(full.results[0]?.analysis?.polarity);
    expect(lean.results[1]?.error?.code).toBe('EMPTY_TEXT');
  });
});
