/**
 * Subjectivity: how much the text reads as opinion rather than report, in [0, 1].
 *
 * A logistic combination of per-word densities of opinion markers: evaluative words (any
 * lexicon hit) and their strength, degree modifiers, hedges and epistemic verbs, first/second
 * person, exclamations and questions, emphasis (caps, elongation), negation. Text with none of
 * them scores low (factual), dense evaluative language scores high.
 */
import type { SentenceFeatures } from './rules.js';

/** Weights of the logistic model (per-word densities, see `subjectivityOf`). */
export const SUBJECTIVITY_WEIGHTS = {
  bias: -2,
  evaluative: 4,
  magnitude: 0.6,
  modifiers: 3,
  hedges: 3,
  personal: 2,
  exclamations: 1.5,
  questions: 0.8,
  negations: 1.5,
  emphasis: 1.5,
} as const;

export function subjectivityOf(f: SentenceFeatures): number {
  if (f.words === 0) return 0;
  const w = SUBJECTIVITY_WEIGHTS;
  const n = f.words;
  const z =
    w.bias +
    w.evaluative * (f.evaluative / n) +
    w.magnitude * (f.magnitude / n) +
    w.modifiers * (f.modifiers / n) +
    w.hedges * (f.hedges / n) +
    w.personal * (f.personal / n) +
    w.exclamations * Math.min(f.exclamations, 3) +
    w.questions * Math.min(f.questions, 2) * 0.5 +
    w.negations * (f.negations / n) +
    w.emphasis * (f.emphasis / n);
  if (f.evaluative === 0 && f.modifiers === 0 && f.hedges === 0 && f.exclamations === 0) {
    return Math.min(1 / (1 + Math.exp(-z)), 0.2);
  }
  return 1 / (1 + Math.exp(-z));
}

/** Sum features over sentences. */
export function addFeatures(into: SentenceFeatures, f: SentenceFeatures): void {
  into.words += f.words;
  into.evaluative += f.evaluative;
  into.magnitude += f.magnitude;
  into.modifiers += f.modifiers;
  into.hedges += f.hedges;
  into.personal += f.personal;
  into.exclamations += f.exclamations;
  into.questions += f.questions;
  into.negations += f.negations;
  into.emphasis += f.emphasis;
}
