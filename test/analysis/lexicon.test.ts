import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';

describe('package lexicons', () => {
  // Pattern (adjectives) and ML-SentiCon ship in the `natural` package; without it these fail.
  it.each([
    ['The bread was stale', -1],
    ['A mediocre meal', -1],
    ['A lackluster sequel', -1],
    ['A sturdy little case', 1],
  ])('%j has sign %i', (text, expected) => {
    expect(Math.sign(analyze(text).polarity)).toBe(expected);
  });

  it('AFINN, VADER and emoji ratings are all in use', () => {
    expect(analyze('superb').words[0]?.valence).toBeGreaterThan(3);
    expect(analyze('meh').polarity).toBeLessThan(0);
    expect(analyze('🎉').polarity).toBeGreaterThan(0);
  });
});

describe('per-request lexicon', () => {
  it('applies to its own call only', () => {
    const base = analyze('The food was good').polarity;
    const custom = analyze('The food was good', { lexicon: [{ word: 'good', valence: -4 }] });
    expect(custom.polarity).toBeLessThan(0);
    expect(analyze('The food was good').polarity).toBe(base);
  });

  it('adds words and phrases, with a phrase scored as one span', () => {
    const opts = {
      lexicon: [
        { word: 'blorf', valence: -2 },
        { word: 'Zorp The Blip', valence: -3 },
      ],
    };
    const r = analyze('Blorf. It is zorp the blip.', opts);
    expect(r.words.map((w) => [w.token, w.valence])).toEqual([
      ['Blorf', -2],
      ['zorp the blip', -3],
    ]);
    expect(analyze('Blorf. It is zorp the blip.').words).toEqual([]);
  });

  it('overrides a built-in phrase and is negated like any word', () => {
    expect(
      analyze('It is not blorf', { lexicon: [{ word: 'blorf', valence: -2 }] }).polarity,
    ).toBeGreaterThan(0);
    expect(
      analyze('over the moon', { lexicon: [{ word: 'over the moon', valence: -2 }] }).polarity,
    ).toBeLessThan(0);
    expect(analyze('over the moon').polarity).toBeGreaterThan(0);
  });

  it('rates emoji and emoticons too, whatever their variation selectors', () => {
    const opts = {
      lexicon: [
        { word: '🙄', valence: -2 },
        { word: ':-/', valence: -3 },
        { word: '❤️', valence: -1 },
      ],
    };
    expect(analyze('the 🙄', opts).words.map((w) => [w.token, w.valence])).toEqual([['🙄', -2]]);
    expect(analyze('ok :-/', opts).words.at(-1)?.valence).toBe(-3);
    expect(analyze('❤', opts).words[0]?.valence).toBe(-1);
    expect(analyze('❤').words[0]?.valence).toBeGreaterThan(0);
  });

  it('clamps valences to [-5, 5] and ignores invalid entries', () => {
    const r = analyze('zorp', {
      lexicon: [
        { word: 'zorp', valence: 99 },
        { word: '', valence: 3 },
        { word: 'blip', valence: Number.NaN },
      ],
    });
    expect(r.words[0]?.valence).toBe(5);
    expect(analyze('blip', { lexicon: [{ word: 'blip', valence: Number.NaN }] }).words).toEqual([]);
  });

  it('cannot reach Object.prototype', () => {
    const keys = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
    const tokens = analyze(keys.join(' ')).words.map((w) => w.token);
    for (const key of keys) expect(tokens).not.toContain(key);
    expect(analyze('constructor toString hasOwnProperty valueOf').words).toEqual([]);
    const r = analyze('constructor toString __proto__', {
      lexicon: [
        { word: '__proto__', valence: 3 },
        { word: 'constructor', valence: -3 },
        { word: 'tostring', valence: 2 },
      ],
    });
    expect(r.words.map((w) => [w.token, w.valence])).toEqual([
      ['constructor', -3],
      ['toString', 2],
      ['__proto__', 3],
    ]);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(analyze('constructor toString __proto__').words).toEqual([]);
  });
});
