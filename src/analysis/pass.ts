/**
 * State and small helpers of the scoring pass (scoring.ts): scope factors, the valence-to-
 * strength map, hit construction and clause bookkeeping.
 */
import {
  CONCESSION_FACTOR,
  type Hit,
  NEGATION_FACTOR,
  NEGATION_FACTOR_NEGATIVE,
  type SentenceFeatures,
  VALENCE_EXPONENT,
} from './rules.js';
import type { Token } from './tokenize.js';

/** "have been", "have ruined": the perfect that makes a modal counterfactual. */
export function isPerfect(t: Token | undefined, after: Token | undefined): boolean {
  if (!t || (t.norm !== 'have' && t.norm !== "'ve")) return false;
  if (after?.kind !== 'word') return false;
  return after.norm === 'been' || after.norm.endsWith('ed') || after.norm.endsWith('en');
}

/** Factor of a word inside a negation or counterfactual scope. */
export function scopeFactor(negFactor: number, valence: number): number {
  if (negFactor === NEGATION_FACTOR && valence < 0) return NEGATION_FACTOR_NEGATIVE;
  return negFactor;
}

export function isStar(norm: string | undefined): boolean {
  return norm === 'star' || norm === 'stars';
}

/**
 * Strength of a valence: a convex map (|v| / 3)^VALENCE_EXPONENT * 3 that keeps 3 ("good",
 * "bad") fixed, makes strong words ("amazing", "horrible") weigh more and mild ones ("ok",
 * "fine") less, closer to how people rate whole texts.
 */
export function strength(valence: number): number {
  const a = Math.abs(valence) / 3;
  return (valence < 0 ? -3 : 3) * a ** VALENCE_EXPONENT;
}

export function hit(
  text: string,
  start: number,
  end: number,
  valence: number,
  factor: number,
  scope: number,
): Hit {
  return {
    token: text.slice(start, end),
    offset: start,
    length: end - start,
    valence,
    contribution: strength(valence) * factor * scope,
  };
}

export function closeClause(clauseEnds: number[], hits: number): void {
  const last = clauseEnds.length > 0 ? (clauseEnds[clauseEnds.length - 1] ?? 0) : 0;
  if (hits > last) clauseEnds.push(hits);
}

/** Mutable state of one pass. */
export interface Pass {
  text: string;
  hits: Hit[];
  f: SentenceFeatures;
  clauseEnds: number[];
  /** Words left in the negation (or counterfactual) scope. */
  neg: number;
  negFactor: number;
  /** Pending degree factor and the words it may still reach. */
  mult: number;
  multLeft: number;
  concession: boolean;
  /** Factor after a contrast word. */
  after: number;
  /** "too" is pending: a positive word next reads as excess ("too sweet"). */
  excess: boolean;
}

export function push(p: Pass, start: number, end: number, valence: number, factor: number): Hit {
  const scope = (p.concession ? CONCESSION_FACTOR : 1) * p.after;
  const h = hit(p.text, start, end, valence, factor, scope);
  p.hits.push(h);
  p.f.evaluative++;
  return h;
}

export function resetScopes(p: Pass): void {
  p.neg = 0;
  p.mult = 1;
  p.multLeft = 0;
  p.excess = false;
}
