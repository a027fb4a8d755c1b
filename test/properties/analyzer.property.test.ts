import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';

/** Text from every corner of Unicode, plus the pieces our rules react to. */
const piece = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }), // includes lone surrogates
  fc.constantFrom(
    'good',
    'bad',
    'not',
    "n't",
    'don\u2019t',
    'very',
    'but',
    'never',
    'no',
    'kind of',
    '!!!',
    '...',
    '?',
    ':)',
    ':-(',
    '<3',
    '😍',
    '❤️',
    '👍🏽',
    '👨‍👩‍👧',
    '🇫🇷',
    '#blessed',
    '@user',
    'http://x.y/z',
    'Dr.',
    'U.S.',
    '\n',
    '\t',
    '\r\n',
    '\u0000',
    '\u001b[31m',
    'e\u0301',
    '\u05e9\u05dc\u05d5\u05dd',
    'SOOOO',
    'goooood',
    '5/5',
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    ' ',
    "'",
    '"',
    '\u201c',
    '\u201d',
  ),
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' '));
const lexicon = fc.array(
  fc.record({
    word: fc.oneof(
      fc.string({ minLength: 1, maxLength: 20 }),
      fc.constantFrom('good', 'bad', 'gizmo', 'let down', 'constructor', '__proto__', 'toString'),
    ),
    valence: fc.double({ min: -5, max: 5, noNaN: true }),
  }),
  { maxLength: 5 },
);

describe('analyzer properties over arbitrary Unicode text', () => {
  it('never throws and keeps every number in range', () => {
    fc.assert(
      fc.property(text, (input) => {
        const result = analyze(input);
        expect(result.polarity).toBeGreaterThanOrEqual(-1);
        expect(result.polarity).toBeLessThanOrEqual(1);
        expect(result.subjectivity).toBeGreaterThanOrEqual(0);
        expect(result.subjectivity).toBeLessThanOrEqual(1);
        expect(result.magnitude).toBeGreaterThanOrEqual(0);
        for (const value of [result.score, result.comparative, result.magnitude]) {
          expect(Number.isFinite(value)).toBe(true);
        }
        for (const sentence of result.sentences) {
          expect(sentence.polarity).toBeGreaterThanOrEqual(-1);
          expect(sentence.polarity).toBeLessThanOrEqual(1);
          expect(sentence.subjectivity).toBeGreaterThanOrEqual(0);
          expect(sentence.subjectivity).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives offsets that always slice to the token or sentence, in text order', () => {
    fc.assert(
      fc.property(text, (input) => {
        const result = analyze(input);
        let previous = -1;
        for (const word of result.words) {
          expect(input.slice(word.offset, word.offset + word.length)).toBe(word.token);
          expect(word.offset).toBeGreaterThan(previous);
          previous = word.offset;
        }
        for (const sentence of result.sentences) {
          expect(input.slice(sentence.offset, sentence.offset + sentence.length)).toBe(
            sentence.text,
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(analyze(input)).toEqual(analyze(input));
      }),
      { numRuns: 200 },
    );
  });

  it("never lets one call's lexicon change another call's result", () => {
    fc.assert(
      fc.property(text, lexicon, (input, entries) => {
        const before = analyze(input);
        analyze(input, { lexicon: entries });
        analyze(`${input} good bad gizmo let down`, { lexicon: entries });
        expect(analyze(input)).toEqual(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
