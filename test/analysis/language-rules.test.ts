import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';

const sign = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);

describe('negated ability before "enough" intensifies', () => {
  it.each([
    ["I can't recommend it enough!", 1],
    ["I can't praise it enough", 1],
    ["can't thank you enough", 1],
    ['I cannot recommend this place enough.', 1],
    ["I couldn't recommend them enough", 1],
    // an adjective before "enough" keeps the negation
    ["It can't be good enough for that price", -1],
    ["I can't recommend it", -1],
  ])('%s → sign %i', (text, expected) => {
    expect(sign(analyze(text).polarity)).toBe(expected);
  });
});

describe('a noun-like positive subject of a negated predicate is no praise', () => {
  it.each([
    'Customer support never answered my emails.',
    "The support didn't reply.",
    'Help never came.',
  ])('%s is not POSITIVE', (text) => {
    expect(analyze(text).polarity).toBeLessThanOrEqual(0);
  });
  it.each([
    ['I love not having to charge it every day', 1],
    ['The quality is not good', -1],
  ])('%s → sign %i', (text, expected) => {
    expect(sign(analyze(text).polarity)).toBe(expected);
  });
});

describe('compounds', () => {
  it.each([
    ['I had high hopes, but it was a letdown.', -1],
    ['What a setback.', -1],
    ['Total rip-off.', -1],
    ['Total ripoff.', -1],
    ['Pain-free installation.', 1],
    ['worry-free', 1],
    ['hassle-free', 1],
    ['trouble-free', 1],
    ['stress-free', 1],
  ])('%s → sign %i', (text, expected) => {
    expect(sign(analyze(text).polarity)).toBe(expected);
  });

  it('"rip-off" reads as the phrase "rip off"', () => {
    expect(analyze('Total rip-off.').score).toBeCloseTo(analyze('Total rip off.').score, 6);
  });
});

describe('negated superlatives and contrast', () => {
  it.each(['Not the best, but decent for the price.', 'Not the greatest, but nice enough.'])(
    '%s is not NEGATIVE',
    (text) => {
      const r = analyze(text);
      expect(r.label).not.toBe('NEGATIVE');
      expect(r.polarity).toBeGreaterThan(0);
    },
  );

  it('"not the best" is milder blame than "not good"', () => {
    expect(analyze('It is not the best').polarity).toBeGreaterThan(
      analyze('It is not good').polarity,
    );
  });

  it.each([
    ['The food was great, but the service was slow.', 'MIXED'],
    ['The service was slow, but the food was great.', 'POSITIVE'],
  ])('%s → %s', (text, label) => {
    expect(analyze(text).label).toBe(label);
  });
});

describe('rated -ly adverbs before a rated word grade it', () => {
  it.each([
    ['painfully good', 1],
    ['ridiculously good', 1],
    ['painfully slow', -1],
    ['ridiculously overpriced', -1],
    ['It went terribly', -1],
    ['insanely fun', 1],
    // a positive manner adverb keeps its sense
    ['deliciously slow', 1],
    ['It was poorly made', -1],
    ['Sadly, it was good', 1],
  ])('%s → sign %i', (text, expected) => {
    expect(sign(analyze(text).polarity)).toBe(expected);
  });

  it('"painfully slow" is "slow" intensified, not "painfully" scored', () => {
    const r = analyze('painfully slow');
    expect(r.words.map((w) => w.token)).toEqual(['slow']);
    expect(Math.abs(r.score)).toBeGreaterThan(Math.abs(analyze('slow').score));
  });
});

describe('elliptic denial of the previous sentence', () => {
  it.each([
    ["I thought it would be good. It wasn't.", -1],
    ['Was it worth it? No.', -1],
    ['I expected to love it. I did not.', -1],
    ['Is it bad? No.', 1],
    ["Great movie. It wasn't boring.", 1],
  ])('%s → sign %i', (text, expected) => {
    expect(sign(analyze(text).polarity)).toBe(expected);
  });
});

describe('compatibility letters', () => {
  it('fullwidth and mathematical letters are looked up as plain letters, offsets kept', () => {
    const text = 'Ｇｏｏｄ 𝐠𝐫𝐞𝐚𝐭 ＢＡＤ';
    const r = analyze(text);
    expect(r.words.map((w) => w.token)).toEqual(['Ｇｏｏｄ', '𝐠𝐫𝐞𝐚𝐭', 'ＢＡＤ']);
    for (const w of r.words) expect(text.slice(w.offset, w.offset + w.length)).toBe(w.token);
    expect(sign(analyze('Ｇｏｏｄ').polarity)).toBe(1);
    expect(sign(analyze('𝐠𝐫𝐞𝐚𝐭').polarity)).toBe(1);
    expect(sign(analyze('ＢＡＤ').polarity)).toBe(-1);
  });
});

describe('negative modifier rule applies to noun-like heads only', () => {
  it.each([
    ['poor quality', -1],
    ['bad service', -1],
    ['terrible value', -1],
  ])('%s → sign %i', (text, expected) => {
    expect(sign(analyze(text).polarity)).toBe(expected);
  });

  it.each([
    'bad good',
    'good bad',
    'good bad good bad good bad',
    'bad good bad good bad good',
    'sad happy',
    'happy sad',
    'awful wonderful',
    'wonderful awful',
  ])('opposite adjectives side by side balance out: %s', (text) => {
    const r = analyze(text);
    expect(r.label === 'MIXED' || Math.abs(r.polarity) < 0.05).toBe(true);
    expect(Math.abs(r.polarity)).toBeLessThan(0.15);
  });

  it('the order of "good" and "bad" does not matter', () => {
    expect(analyze('good bad good bad').polarity).toBeCloseTo(
      analyze('bad good bad good').polarity,
      6,
    );
  });

  it('as many "good" as "bad", in any order, stay near 0', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) =>
          fc.shuffledSubarray([...Array(n).fill('good'), ...Array(n).fill('bad')], {
            minLength: 2 * n,
            maxLength: 2 * n,
          }),
        ),
        (words) => {
          const r = analyze(words.join(' '));
          expect(Math.abs(r.polarity)).toBeLessThan(0.1);
          expect(['MIXED', 'NEUTRAL']).toContain(r.label);
        },
      ),
      { numRuns: 200 },
    );
  });
});
