import { sampleCorrelation, wilcoxonRankSum } from 'simple-statistics';
import type { SetKind } from './datasets.js';

/** Strict accuracy and coverage of polarity predictions against 1/0 labels. */
export interface AccuracyResult {
  /** Share of documents whose polarity sign matches the label; 0 (or NaN) counts as a miss. */
  accuracy: number;
  /** Share of documents with a non-zero polarity. */
  coverage: number;
}

/**
 * Strict binary accuracy: polarity > 0 must meet label 1, polarity < 0 label 0. A polarity of
 * 0 (the analyzer found nothing) or a missing value (NaN) is always a miss.
 */
export function strictAccuracy(
  polarities: readonly number[],
  labels: readonly number[],
): AccuracyResult {
  if (polarities.length !== labels.length) throw new Error('length mismatch');
  if (labels.length === 0) return { accuracy: Number.NaN, coverage: Number.NaN };
  let hits = 0;
  let covered = 0;
  labels.forEach((label, index) => {
    const polarity = polarities[index] ?? Number.NaN;
    if (!Number.isFinite(polarity) || polarity === 0) return;
    covered += 1;
    if ((polarity > 0 ? 1 : 0) === label) hits += 1;
  });
  return { accuracy: hits / labels.length, coverage: covered / labels.length };
}

/**
 * Pearson correlation (simple-statistics `sampleCorrelation`) over the pairs where both values
 * are finite. NaN when fewer than 2 pairs or when either side is constant.
 */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length) throw new Error('length mismatch');
  const x: number[] = [];
  const y: number[] = [];
  xs.forEach((value, index) => {
    const other = ys[index] ?? Number.NaN;
    if (Number.isFinite(value) && Number.isFinite(other)) {
      x.push(value);
      y.push(other);
    }
  });
  if (x.length < 2) return Number.NaN;
  const r = sampleCorrelation(x, y);
  return Number.isFinite(r) ? r : Number.NaN;
}

/**
 * ROC AUC of `scores` for the 1/0 `labels`, via the Mann–Whitney U statistic: the rank sum of
 * the positives (simple-statistics `wilcoxonRankSum`, which gives tied values their average
 * rank) gives U = R₁ − n₁(n₁+1)/2 and AUC = U / (n₁·n₀), so a tied positive/negative pair
 * counts half. Non-finite scores are left out. NaN when a class is empty.
 */
export function aucMannWhitney(scores: readonly number[], labels: readonly number[]): number {
  if (scores.length !== labels.length) throw new Error('length mismatch');
  const positives: number[] = [];
  const negatives: number[] = [];
  scores.forEach((score, index) => {
    if (!Number.isFinite(score)) return;
    (labels[index] === 1 ? positives : negatives).push(score);
  });
  const n1 = positives.length;
  const n0 = negatives.length;
  if (n1 === 0 || n0 === 0) return Number.NaN;
  const rankSum = wilcoxonRankSum(positives, negatives);
  return (rankSum - (n1 * (n1 + 1)) / 2) / (n1 * n0);
}

/** Name of the metric reported for each kind of set. */
export const METRIC_NAME: Record<SetKind, string> = {
  binary: 'strict acc',
  graded: 'Pearson r',
  subjectivity: 'AUC',
};

/** Predictions of one analyzer for one set; either array may be absent when not applicable. */
export interface Predictions {
  polarity: readonly number[];
  subjectivity?: readonly number[] | undefined;
}

/** The metric value of one analyzer on one set (NaN when not applicable). */
export interface Score {
  value: number;
  /** Share of non-zero polarities (binary sets only). */
  coverage?: number;
}

/** Score predictions against the set's targets with the metric for its kind. */
export function scoreSet(
  kind: SetKind,
  targets: readonly number[],
  predictions: Predictions,
): Score {
  if (kind === 'binary') {
    const { accuracy, coverage } = strictAccuracy(predictions.polarity, targets);
    return { value: accuracy, coverage };
  }
  if (kind === 'graded') return { value: pearson(predictions.polarity, targets) };
  return {
    value: predictions.subjectivity
      ? aucMannWhitney(predictions.subjectivity, targets)
      : Number.NaN,
  };
}
