/**
 * Everything the rules need to know about a normalized word, computed once and cached, so the
 * scoring pass does one Map look-up per token instead of one per word list.
 */
import { patternSubjectivity, SHARED_PHRASES } from './lexicon.js';
import { collapseRuns, isElongated, sharedValence } from './lookup.js';
import {
  COMPARATIVE,
  DEICTIC,
  DESIDERATIVE,
  HEDGES,
  LIKE_VERB_CONTEXT,
  NARRATIVE_SUBJECTS,
  PERSONAL,
  THIRD_PERSON,
} from './markers.js';
import {
  CONCESSIVE,
  CONTRAST_AFTER,
  COUNTERFACTUAL_MODALS,
  INTENSIFIERS,
  INTERJECTIONS,
  isNegator,
  MODIFIER_PHRASES,
  NEGATING_WORDS,
  SCORING_INTENSIFIERS,
  SHORT_SCOPE_NEGATORS,
} from './words.js';

export const NEGATOR = 1;
export const NEGATING_WORD = 1 << 1;
export const SHORT_SCOPE = 1 << 2;
export const CONTRAST = 1 << 3;
export const CONCESSION = 1 << 4;
export const HEDGE = 1 << 5;
export const PERSON_1_2 = 1 << 6;
export const PERSON_3 = 1 << 7;
export const DEIXIS = 1 << 8;
export const COMPARISON = 1 << 9;
export const INTERJECTION = 1 << 10;
export const ELONGATED = 1 << 11;
export const SCORING_DEGREE = 1 << 12;
export const MODIFIER_HEAD = 1 << 13;
export const PHRASE_HEAD = 1 << 14;
export const COUNTERFACTUAL = 1 << 15;
export const NARRATOR = 1 << 16;
export const LIKE_CONTEXT = 1 << 17;
export const NARRATIVE_VERB = 1 << 18;
export const DESIRE = 1 << 19;
export const EXCESS = 1 << 20;

export interface WordInfo {
  /** Shared-lexicon valence (with elongation and inflection fall-backs). */
  valence: number;
  flags: number;
  /** Degree-modifier factor, 0 when the word is none. */
  degree: number;
  /** Pattern subjectivity rating, 0 when unrated. */
  rated: number;
}

/** Negators commonly elongated in informal text ("nooo", "nevvver"). */
const NEGATOR_ELONGATED: ReadonlySet<string> = new Set(['no', 'not', 'never', 'nothing']);
/** Copulas and auxiliaries are no narrative verbs ("she is pretty"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'has', 'does', 'seems', 'looks']);
const MODIFIER_HEADS: ReadonlySet<string> = new Set(MODIFIER_PHRASES.map(([p]) => p[0] ?? ''));

function variants(norm: string): string[] {
  return isElongated(norm) ? [norm, collapseRuns(norm, 2), collapseRuns(norm, 1)] : [norm];
}

function inAny(set: ReadonlySet<string>, forms: readonly string[]): boolean {
  for (const w of forms) if (set.has(w)) return true;
  return false;
}

function compute(norm: string): WordInfo {
  const forms = variants(norm);
  let flags = 0;
  if (isNegator(norm) || inAny(NEGATOR_ELONGATED, forms)) flags |= NEGATOR;
  if (NEGATING_WORDS.has(norm)) flags |= NEGATING_WORD;
  if (inAny(SHORT_SCOPE_NEGATORS, forms)) flags |= SHORT_SCOPE;
  if (CONTRAST_AFTER.has(norm)) flags |= CONTRAST;
  if (CONCESSIVE.has(norm)) flags |= CONCESSION;
  if (inAny(HEDGES, forms)) flags |= HEDGE;
  if (PERSONAL.has(norm)) flags |= PERSON_1_2;
  else if (THIRD_PERSON.has(norm)) flags |= PERSON_3;
  else if (DEICTIC.has(norm)) flags |= DEIXIS;
  if (COMPARATIVE.has(norm) || (norm.length > 5 && norm.endsWith('est'))) flags |= COMPARISON;
  if (inAny(INTERJECTIONS, forms)) flags |= INTERJECTION;
  if (forms.length > 1) flags |= ELONGATED;
  if (SCORING_INTENSIFIERS.has(norm)) flags |= SCORING_DEGREE;
  if (MODIFIER_HEADS.has(norm)) flags |= MODIFIER_HEAD;
  if (SHARED_PHRASES.has(norm)) flags |= PHRASE_HEAD;
  if (COUNTERFACTUAL_MODALS.has(norm)) flags |= COUNTERFACTUAL;
  if (NARRATIVE_SUBJECTS.has(norm)) flags |= NARRATOR;
  if (LIKE_VERB_CONTEXT.has(norm)) flags |= LIKE_CONTEXT;
  if (DESIDERATIVE.has(norm)) flags |= DESIRE;
  if (forms.includes('too')) flags |= EXCESS;
  if ((norm.endsWith('s') || norm.endsWith('ed')) && !AUXILIARIES.has(norm)) {
    flags |= NARRATIVE_VERB;
  }
  let degree = 0;
  for (const w of forms) {
    const d = INTENSIFIERS.get(w);
    if (d !== undefined) {
      degree = d;
      break;
    }
  }
  return { valence: sharedValence(norm), flags, degree, rated: patternSubjectivity(norm) ?? 0 };
}

const CACHE_LIMIT = 50_000;
const cache = new Map<string, WordInfo>();

/** Cached facts about a normalized word (shared lexicon only; overlays are checked apart). */
export function infoOf(norm: string): WordInfo {
  let info = cache.get(norm);
  if (info === undefined) {
    info = compute(norm);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(norm, info);
  }
  return info;
}
