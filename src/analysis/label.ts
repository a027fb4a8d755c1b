/**
 * Polarity normalization and labels.
 *
 * Polarity is a balance of positive and negative evidence, not a length-driven sum:
 *
 *     polarity = (P - N) / (P + N + POLARITY_DAMPING)
 *
 * where P and N are the summed positive and negative contributions (after the rules). The
 * ratio (P - N) / (P + N) makes the result track the balance of the text: 18 positive words and
 * one negative stay clearly positive, and a long text with as much praise as blame stays near 0,
 * so it does not saturate with length the way a raw sum (or VADER's x / sqrt(x² + 15)) does.
 * The damping constant shrinks weak evidence toward 0, so one mild word gives a mild polarity
 * and strong or repeated evidence approaches ±1. It is exactly 0 when nothing scores.
 */
import type { SentimentLabel } from './types.js';

/** Damping of the balance ratio, in AFINN units (about one strong word, "excellent" = 5 would give 0.5). */
export const POLARITY_DAMPING = 5;
/** |polarity| below this is NEUTRAL (nothing or too little expresses sentiment). */
export const NEUTRAL_THRESHOLD = 0.05;
/** A clause or sentence is "clearly" positive/negative from this |polarity| on. */
export const MIXED_CLAUSE_THRESHOLD = 0.2;
/** MIXED needs an overall |polarity| below this (a weak balance between clear opposites). */
export const MIXED_MAX_POLARITY = 0.3;

/** Bounded polarity in [-1, 1] from positive and negative evidence (both >= 0). */
export function polarityOf(pos: number, neg: number): number {
  const total = pos + neg;
  if (total === 0) return 0;
  const p = (pos - neg) / (total + POLARITY_DAMPING);
  return Math.max(-1, Math.min(1, p));
}

/** Polarity of a clause from its net score, for the MIXED rule. */
export function clausePolarity(net: number): number {
  return polarityOf(Math.max(net, 0), Math.max(-net, 0));
}

/**
 * Label from polarity and clause sums. MIXED when some clause is clearly positive, another
 * clearly negative (or a contrast word joins opposite sides: `opposed`), and the overall
 * polarity is weak; otherwise NEUTRAL under the threshold,
 * else POSITIVE or NEGATIVE by sign.
 */
export function labelOf(
  polarity: number,
  clauses: readonly number[],
  opposed = false,
): SentimentLabel {
  if (Math.abs(polarity) < MIXED_MAX_POLARITY) {
    // "X, but Y" with opposite sides: the contrast itself marks a mixed verdict.
    if (opposed) return 'MIXED';
    let pos = false;
    let neg = false;
    for (const c of clauses) {
      const p = clausePolarity(c);
      if (p >= MIXED_CLAUSE_THRESHOLD) pos = true;
      else if (p <= -MIXED_CLAUSE_THRESHOLD) neg = true;
    }
    if (pos && neg) return 'MIXED';
  }
  if (polarity >= NEUTRAL_THRESHOLD) return 'POSITIVE';
  if (polarity <= -NEUTRAL_THRESHOLD) return 'NEGATIVE';
  return 'NEUTRAL';
}
