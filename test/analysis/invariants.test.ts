import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';

/** Pieces that stress the tokenizer: surrogates, emoji parts, quotes, entities, controls. */
const PIECES = [
  'good',
  'BAD',
  "don't",
  'don’t',
  "n't",
  'not',
  'very',
  'but',
  'kind of',
  'waste of money',
  '😍',
  '❤️',
  '👩‍❤️‍👨',
  '🇺🇸',
  '1️⃣',
  '\u200d',
  '\ufe0f',
  '\ud83d',
  '\ude0d',
  '\u0000',
  '\u202e',
  'مرحبا',
  'e\u0301',
  ':)',
  ':-(',
  '=(((',
  '<3',
  '&lt;3',
  '&amp;',
  '&#39;',
  '#blessed',
  '@user',
  'http://x.co/a?b',
  '5/5',
  '0 stars',
  '3.5',
  '!!!',
  '?!',
  '...',
  '…',
  '.',
  ',',
  '-',
  '--',
  "'",
  '"',
  '“',
  '”',
  '(',
  ')',
  ' ',
  '\t',
  '\r\n',
  '\n\n',
  'Dr.',
  'U.S.',
  'soooo',
];

/** Deterministic generator (LCG) so failures reproduce. */
function* texts(count: number): Generator<string> {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  for (let k = 0; k < count; k++) {
    const n = next() % 25;
    let s = '';
    for (let i = 0; i < n; i++) {
      s += PIECES[next() % PIECES.length];
      if (next() % 3 === 0) s += ' ';
    }
    yield s;
  }
}

describe('invariants on generated text', () => {
  it('never throws; offsets, ranges and labels stay valid', () => {
    const labels = new Set(['POSITIVE', 'NEGATIVE', 'NEUTRAL', 'MIXED']);
    for (const text of texts(2000)) {
      const r = analyze(text);
      expect(r.polarity).toBeGreaterThanOrEqual(-1);
      expect(r.polarity).toBeLessThanOrEqual(1);
      expect(r.subjectivity).toBeGreaterThanOrEqual(0);
      expect(r.subjectivity).toBeLessThanOrEqual(1);
      expect(r.magnitude).toBeGreaterThanOrEqual(0);
      expect(labels.has(r.label)).toBe(true);
      expect(Number.isFinite(r.score) && Number.isFinite(r.comparative)).toBe(true);
      let lastWord = -1;
      for (const w of r.words) {
        expect(text.slice(w.offset, w.offset + w.length)).toBe(w.token);
        expect(w.offset).toBeGreaterThan(lastWord);
        expect(w.valence).not.toBe(0);
        lastWord = w.offset;
      }
      let lastEnd = 0;
      for (const s of r.sentences) {
        expect(text.slice(s.offset, s.offset + s.length)).toBe(s.text);
        expect(s.offset).toBeGreaterThanOrEqual(lastEnd);
        expect(labels.has(s.label)).toBe(true);
        lastEnd = s.offset + s.length;
      }
      if (text.trim() === '') expect(r.sentences).toEqual([]);
    }
  });

  it('does not depend on earlier calls', () => {
    const text = 'The food was good but the service was slow!';
    const first = analyze(text);
    for (const t of texts(200)) analyze(t, { lexicon: [{ word: 'good', valence: -5 }] });
    expect(analyze(text)).toEqual(first);
  });
});
