import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aucMannWhitney, pearson, scoreSet, strictAccuracy } from '../../scripts/eval/metrics.js';

/** Brute-force AUC: share of (positive, negative) pairs ranked right, ties counting half. */
function pairwiseAuc(scores: readonly number[], labels: readonly number[]): number {
  let sum = 0;
  let pairs = 0;
  scores.forEach((p, i) => {
    if (labels[i] !== 1) return;
    scores.forEach((n, j) => {
      if (labels[j] === 1) return;
      pairs += 1;
      sum += p > n ? 1 : p === n ? 0.5 : 0;
    });
  });
  return sum / pairs;
}

describe('strictAccuracy', () => {
  it('counts polarity 0 and missing values as misses', () => {
    const result = strictAccuracy([0.5, -0.2, 0, 0, 0.1, Number.NaN], [1, 0, 1, 0, 0, 1]);
    expect(result.accuracy).toBeCloseTo(2 / 6, 12);
    expect(result.coverage).toBeCloseTo(3 / 6, 12);
  });

  it('is NaN on an empty set and rejects mismatched lengths', () => {
    expect(strictAccuracy([], []).accuracy).toBeNaN();
    expect(() => strictAccuracy([1], [])).toThrow();
  });
});

describe('pearson', () => {
  it('matches a hand-computed value', () => {
    // dx = [-2,-1,0,1,2], dy = [-2,0,1,0,1]: r = 6 / sqrt(10 * 6)
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(6 / Math.sqrt(60), 12);
    expect(pearson([1, 2, 3], [6, 4, 2])).toBeCloseTo(-1, 12);
  });

  it('is NaN for a constant side and skips non-finite pairs', () => {
    expect(pearson([0, 0, 0], [1, 2, 3])).toBeNaN();
    expect(pearson([1, 2, Number.NaN, 3], [1, 2, 9, 3])).toBeCloseTo(1, 12);
  });
});

describe('aucMannWhitney', () => {
  it('counts ties half (hand-computed)', () => {
    // Positives 0.9, 0.5, 0.5; negatives 0.5, 0.1. Ranks: 0.1→1, the three 0.5→3, 0.9→5.
    // R1 = 5 + 3 + 3 = 11, U = 11 − 3·4/2 = 5, AUC = 5 / (3·2).
    expect(aucMannWhitney([0.9, 0.5, 0.5, 0.5, 0.1], [1, 1, 1, 0, 0])).toBeCloseTo(5 / 6, 12);
    // Ties at the top of the ranking: pairs (1,0)=1, (1,1)=½, twice → 3/4.
    expect(aucMannWhitney([1, 1, 0, 1], [1, 1, 0, 0])).toBeCloseTo(3 / 4, 12);
  });

  it('is 1, 0 and ½ for perfect, inverted and constant scores; NaN with one class', () => {
    expect(aucMannWhitney([3, 4, 1, 2], [1, 1, 0, 0])).toBe(1);
    expect(aucMannWhitney([1, 2, 3, 4], [1, 1, 0, 0])).toBe(0);
    expect(aucMannWhitney([7, 7, 7, 7], [1, 0, 1, 0])).toBe(0.5);
    expect(aucMannWhitney([1, 2], [1, 1])).toBeNaN();
  });

  it('equals the pairwise definition', () => {
    const row = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.constantFrom(0, 1));
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 40 }), (rows) => {
        const scores = rows.map(([score]) => score / 4);
        const labels = rows.map(([, label]) => label);
        fc.pre(labels.includes(0) && labels.includes(1));
        expect(aucMannWhitney(scores, labels)).toBeCloseTo(pairwiseAuc(scores, labels), 12);
      }),
      { numRuns: 200 },
    );
  });
});

describe('scoreSet', () => {
  it('uses the metric of the set kind', () => {
    expect(scoreSet('binary', [1, 0], { polarity: [0.3, 0] })).toEqual({
      value: 0.5,
      coverage: 0.5,
    });
    expect(scoreSet('graded', [1, 2, 3], { polarity: [0.1, 0.2, 0.3] }).value).toBeCloseTo(1, 12);
    expect(
      scoreSet('subjectivity', [1, 0], { polarity: [0, 0], subjectivity: [0.9, 0.1] }),
    ).toEqual({
      value: 1,
    });
    expect(scoreSet('subjectivity', [1, 0], { polarity: [0, 0] }).value).toBeNaN();
  });
});
