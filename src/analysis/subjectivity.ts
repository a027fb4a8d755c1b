/**
 * Subjectivity: how much the text reads as opinion rather than report, in [0, 1].
 *
 * A logistic model over per-word densities of style markers:
 * - opinion: evaluative words and their strength, Pattern's subjectivity ratings of the words,
 *   degree modifiers, hedges and epistemic verbs, first/second person, negation, comparison,
 *   deictic reference to the thing discussed ("this", "it"), exclamations, emphasis;
 * - report: third-person pronouns and narrative verbs ("he discovers", "they decided").
 * The weights were fitted by logistic regression on sentence-level opinion/plot data and
 * rounded; text without any marker of either kind scores near the bias (about 0.23).
 */
import type { SentenceFeatures } from './rules.js';
import {
  COMPARISON,
  DEIXIS,
  HEDGE,
  NARRATIVE_VERB,
  NARRATOR,
  PERSON_1_2,
  PERSON_3,
  type WordInfo,
} from './wordinfo.js';

/** Weights of the logistic model (per-word densities unless noted). */
export const SUBJECTIVITY_WEIGHTS = {
  bias: -1.2,
  evaluative: 3,
  magnitude: 0.6,
  ratedSubjectivity: 12,
  modifiers: 16.5,
  hedges: 10.5,
  personal: 18,
  negations: 16.5,
  comparatives: 5.7,
  deictic: 18,
  thirdPerson: -18,
  narrative: -15,
  emphasis: 6,
  /** per "!" (up to 3) */
  exclamations: 0.7,
  /** per "?" (up to 2) */
  questions: 0.3,
} as const;

/** Pseudo-count of words added to the length: densities of very short texts stay moderate. */
export const SUBJECTIVITY_SMOOTHING = 4;

export function subjectivityOf(f: SentenceFeatures): number {
  if (f.words === 0) return 0;
  const w = SUBJECTIVITY_WEIGHTS;
  const n = f.words + SUBJECTIVITY_SMOOTHING;
  const z =
    w.bias +
    (w.evaluative * f.evaluative +
      w.magnitude * f.magnitude +
      w.ratedSubjectivity * f.ratedSubjectivity +
      w.modifiers * f.modifiers +
      w.hedges * f.hedges +
      w.personal * f.personal +
      w.negations * f.negations +
      w.comparatives * f.comparatives +
      w.deictic * f.deictic +
      w.thirdPerson * f.thirdPerson +
      w.narrative * f.narrative +
      w.emphasis * f.emphasis) /
      n +
    w.exclamations * Math.min(f.exclamations, 3) +
    w.questions * Math.min(f.questions, 2);
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
  into.thirdPerson += f.thirdPerson;
  into.deictic += f.deictic;
  into.ratedSubjectivity += f.ratedSubjectivity;
  into.comparatives += f.comparatives;
  into.narrative += f.narrative;
}

/** Count the style markers of a word that the subjectivity estimate reads. */
export function countStyle(f: SentenceFeatures, info: WordInfo, prevFlags: number): void {
  const flags = info.flags;
  if (flags & HEDGE) f.hedges++;
  if (flags & PERSON_1_2) f.personal++;
  else if (flags & PERSON_3) f.thirdPerson++;
  else if (flags & DEIXIS) f.deictic++;
  if (flags & COMPARISON) f.comparatives++;
  if (prevFlags & NARRATOR && flags & NARRATIVE_VERB) f.narrative++;
  f.ratedSubjectivity += info.rated;
}
