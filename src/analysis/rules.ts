/**
 * The rules that turn lexicon valences into contributions, one sentence at a time:
 * negation scope, degree modifiers, ALL-CAPS and elongation emphasis, contrast and concession,
 * exclamation and question marks, star ratings. Constants are documented where declared.
 */
import type { Phrase } from './lexicon.js';
import { sharedValence } from './lookup.js';
import type { Token } from './tokenize.js';
import type { ScoredWord } from './types.js';
import { MODIFIER_PHRASES } from './words.js';

/** Factor for a negated word (VADER's empirically derived -0.74). */
export const NEGATION_FACTOR = -0.74;
/** Factor for a negated negative word: "not bad" is weaker praise than "bad" is blame. */
export const NEGATION_FACTOR_NEGATIVE = -0.5;
/** Factor for a negated superlative: "not the best" denies the top, a mild blame. */
export const NEGATED_SUPERLATIVE_FACTOR = -0.3;
/** Degree of a negated ability before "enough" ("can't thank you enough"): no amount suffices. */
export const ENOUGH_FACTOR = 1.5;
/** Degree of a rated "-ly" adverb before a rated word ("painfully slow", "ridiculously good"). */
export const ADVERB_DEGREE = 1.3;
/** Words after a negator that it still reaches (the scope also ends at clause punctuation). */
export const NEGATION_SCOPE = 4;
/** Scope of "no" and "without", which negate the noun phrase right after them. */
export const SHORT_NEGATION_SCOPE = 2;
/** Factor inside a counterfactual ("could have been great"): weakened and reversed. */
export const COUNTERFACTUAL_FACTOR = -0.5;
/** Weight of a positive word right after a negative one ("poor quality", "low value"). */
export const NEGATIVE_MODIFIER_FACTOR = 0.3;
/** Factor of a positive word after "too" ("too sweet"): excess, mild blame. */
export const EXCESS_FACTOR = -0.25;
/** Weight of desire and request words ("hope", "please"): a want, not a state. */
export const IRREALIS_FACTOR = 0.5;
/** Convexity of the valence → strength map (see scoring.ts `strength`). */
export const VALENCE_EXPONENT = 1.25;
/** Emphasis of an ALL-CAPS word inside mixed-case text. */
export const CAPS_FACTOR = 1.3;
/** Emphasis of an elongated word ("soooo goooood"). */
export const ELONGATION_FACTOR = 1.2;
/** Weight of what precedes a contrast word ("but", "however") and of what follows it. */
export const CONTRAST_BEFORE = 0.5;
export const CONTRAST_AFTER_FACTOR = 1.5;
/** Weight of a conceded clause ("although ..."). */
export const CONCESSION_FACTOR = 0.5;
/** Each "!" (up to 3) strengthens the sentence by this share; it never flips or zeroes. */
export const EXCLAMATION_STEP = 0.3;
export const EXCLAMATION_MAX = 3;
/** A question asserts less than a statement. */
export const QUESTION_FACTOR = 0.8;
/** Words a degree modifier may reach forward. */
export const MODIFIER_REACH = 2;

/** A scored span (word, phrase, emoji, emoticon), in the shape of the result's `words`. */
export type Hit = ScoredWord;

/** Counts that the subjectivity estimate reads. */
export interface SentenceFeatures {
  words: number;
  evaluative: number;
  magnitude: number;
  modifiers: number;
  hedges: number;
  personal: number;
  exclamations: number;
  questions: number;
  negations: number;
  emphasis: number;
  /** Third-person pronouns ("he", "they"): narrative and report. */
  thirdPerson: number;
  /** Deictic reference to the thing at hand ("this", "it"). */
  deictic: number;
  /** Sum of Pattern subjectivity ratings of the words. */
  ratedSubjectivity: number;
  /** Comparatives and superlatives ("than", "most", "-est"). */
  comparatives: number;
  /** Narrative verbs: a third-person subject followed by a verb in -s / -ed. */
  narrative: number;
}

export interface SentenceScore {
  hits: Hit[];
  /** Net score of each clause (split at clause punctuation and contrast words). */
  clauses: number[];
  features: SentenceFeatures;
  /** The sentence opens with a contrast word ("But ...", "However, ..."). */
  leadContrast: boolean;
  /** A contrast word joins a positive and a negative side ("great, but slow"). */
  opposed: boolean;
}

/** Per-request tables that take precedence over the shared lexicon. */
export interface Overlay {
  words: ReadonlyMap<string, number>;
  phrases: ReadonlyMap<string, readonly Phrase[]>;
}

export interface RuleContext {
  text: string;
  tokens: readonly Token[];
  overlay: Overlay | undefined;
  /** The text has lower-case letters, so ALL-CAPS words are emphasis. */
  mixedCase: boolean;
}

const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ',',
  ';',
  ':',
  '.',
  '!',
  '?',
  '\u2026',
  '--',
  '\u2014',
  '\u2013',
  '(',
  ')',
  '[',
  ']',
]);

export function isClauseBreak(norm: string): boolean {
  if (CLAUSE_BREAKS.has(norm)) return true;
  const c = norm.charCodeAt(0);
  return c === 33 || c === 63 || c === 46 || (c === 45 && norm.length > 1);
}

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
]);

/** Valence of a rating "x/y" (y = 5, 10 or 100). */
export function ratingValence(norm: string): number {
  const slash = norm.indexOf('/');
  if (slash <= 0) return 0;
  const x = Number.parseFloat(norm.slice(0, slash));
  const y = Number.parseFloat(norm.slice(slash + 1));
  if (!(y === 5 || y === 10 || y === 100) || !(x >= 0 && x <= y)) return 0;
  return Math.round((x / y - 0.5) * 8 * 10) / 10;
}

/** Valence of "N star(s)" with N in 0..5. */
export function starsValence(n: number): number {
  return Math.round((n - 2.5) * 1.6 * 10) / 10;
}

/** Valence of one word token: per-request table first, then the shared lexicon. */
export function wordValence(overlay: Overlay | undefined, norm: string): number {
  if (overlay) {
    const v = overlay.words.get(norm);
    if (v !== undefined) return v;
  }
  return sharedValence(norm);
}

export function matchPhraseIn(
  table: ReadonlyMap<string, readonly Phrase[]>,
  tokens: readonly Token[],
  i: number,
  to: number,
): { last: number; valence: number } | undefined {
  const head = tokens[i];
  if (!head) return undefined;
  const list = table.get(head.norm);
  if (!list) return undefined;
  for (const p of list) {
    const k = p.rest.length;
    if (i + k >= to) continue;
    let ok = true;
    for (let j = 0; j < k; j++) {
      const t = tokens[i + 1 + j];
      if (!t || (t.kind !== 'word' && t.kind !== 'number') || t.norm !== p.rest[j]) {
        ok = false;
        break;
      }
    }
    if (ok) return { last: i + k, valence: p.valence };
  }
  return undefined;
}

export function matchModifier(
  tokens: readonly Token[],
  i: number,
  to: number,
): { last: number; factor: number } | undefined {
  let best: { last: number; factor: number } | undefined;
  for (const [parts, factor] of MODIFIER_PHRASES) {
    const k = parts.length;
    if (i + k > to) continue;
    let ok = true;
    for (let j = 0; j < k; j++) {
      const t = tokens[i + j];
      if (t?.kind !== 'word' || t.norm !== parts[j]) {
        ok = false;
        break;
      }
    }
    if (ok && (!best || i + k - 1 > best.last)) best = { last: i + k - 1, factor };
  }
  return best;
}

/** Valence the next word-like tokens (within reach) would carry, to tell modifiers apart. */
export function nextCarriesValence(ctx: RuleContext, i: number, to: number): boolean {
  for (let j = i + 1; j < to && j <= i + MODIFIER_REACH; j++) {
    const t = ctx.tokens[j];
    if (t?.kind !== 'word') return false;
    if (wordValence(ctx.overlay, t.norm) !== 0) return true;
  }
  return false;
}

export function newFeatures(): SentenceFeatures {
  return {
    words: 0,
    evaluative: 0,
    magnitude: 0,
    modifiers: 0,
    hedges: 0,
    personal: 0,
    exclamations: 0,
    questions: 0,
    negations: 0,
    emphasis: 0,
    thirdPerson: 0,
    deictic: 0,
    ratedSubjectivity: 0,
    comparatives: 0,
    narrative: 0,
  };
}
