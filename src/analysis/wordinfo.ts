/**
 * Everything the rules need to know about a normalized word, computed once and cached, so the
 * scoring pass does one Map look-up per token instead of one per word list.
 */
import { isAdjective, patternSubjectivity, SHARED_PHRASES } from './lexicon.js';
import { collapseRuns, isElongated, isSuperlative, sharedValence } from './lookup.js';
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
/** Pattern adjective ("good", "happy"): a head of its own, not a noun a modifier rates. */
export const ADJECTIVE = 1 << 21;
/** Superlative of a rated adjective ("best", "nicest"). */
export const SUPERLATIVE = 1 << 22;
/** A rated "-ly" adverb ("painfully", "deliciously"); negative ones grade a rated word after them. */
export const EVALUATIVE_ADVERB = 1 << 23;
/** "can't", "cannot", "couldn't": a negated ability ("can't thank you enough"). */
export const MODAL_NEGATOR = 1 << 24;
/** Copulas and auxiliaries between a subject and its negator ("quality is not good"). */
export const AUXILIARY = 1 << 25;
/** Subject pronouns: what follows them is a verb, not a noun ("I love not having to"). */
export const SUBJECT_PRONOUN = 1 << 26;

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
const MODAL_NEGATORS: ReadonlySet<string> = new Set([
  "can't",
  'cant',
  'cannot',
  "couldn't",
  'couldnt',
]);
const AUXILIARY_VERBS: ReadonlySet<string> = new Set(
  'is was are were be been am do does did has have had will would can could should may might must'.split(
    ' ',
  ),
);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(
  "i you we they he she it i'd we'd you'd they'd".split(' '),
);

function variants(norm: string): string[] {
  return isElongated(norm) ? [norm, collapseRuns(norm, 2), collapseRuns(norm, 1)] : [norm];
}

function inAny(set: ReadonlySet<string>, forms: readonly string[]): boolean {
  for (const w of forms) if (set.has(w)) return true;
  return false;
}

/** "-ly" adverb formed from a rated word ("painfully" ← "pain"), not an adjective ("lovely"). */
function isDerivedAdverb(norm: string, flags: number): boolean {
  if (norm.length < 5 || !norm.endsWith('ly') || flags & (ADJECTIVE | INTERJECTION)) return false;
  const stem = norm.slice(0, -2);
  const stems = [stem, `${stem}e`];
  if (stem.endsWith('i')) stems.push(`${stem.slice(0, -1)}y`);
  if (stem.endsWith('abl') || stem.endsWith('ibl')) stems.push(`${stem}e`);
  return stems.some((w) => sharedValence(w) !== 0);
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
  if (isAdjective(norm)) flags |= ADJECTIVE;
  if (isSuperlative(norm)) flags |= SUPERLATIVE;
  if (MODAL_NEGATORS.has(norm)) flags |= MODAL_NEGATOR;
  if (AUXILIARY_VERBS.has(norm)) flags |= AUXILIARY;
  if (SUBJECT_PRONOUNS.has(norm)) flags |= SUBJECT_PRONOUN;
  let degree = 0;
  for (const w of forms) {
    const d = INTENSIFIERS.get(w);
    if (d !== undefined) {
      degree = d;
      break;
    }
  }
  const valence = sharedValence(norm);
  if (degree === 0 && valence !== 0 && isDerivedAdverb(norm, flags)) flags |= EVALUATIVE_ADVERB;
  return { valence, flags, degree, rated: patternSubjectivity(norm) ?? 0 };
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
