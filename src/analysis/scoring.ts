/**
 * One pass over a sentence's tokens that applies the rules of rules.ts and yields the scored
 * spans (hits), the clause sums used by the MIXED rule, and the subjectivity features.
 */
import { emojiValenceOf, emoticonValence, SHARED_PHRASES } from './lexicon.js';
import {
  CAPS_FACTOR,
  CONCESSION_FACTOR,
  CONTRAST_AFTER_FACTOR,
  CONTRAST_BEFORE,
  COUNTERFACTUAL_FACTOR,
  ELONGATION_FACTOR,
  EXCLAMATION_MAX,
  EXCLAMATION_STEP,
  type Hit,
  IRREALIS_FACTOR,
  isClauseBreak,
  MODIFIER_REACH,
  matchModifier,
  matchPhraseIn,
  NEGATION_FACTOR,
  NEGATION_FACTOR_NEGATIVE,
  NEGATION_SCOPE,
  NEGATIVE_MODIFIER_FACTOR,
  NUMBER_WORDS,
  newFeatures,
  nextCarriesValence,
  QUESTION_FACTOR,
  type RuleContext,
  ratingValence,
  type SentenceFeatures,
  type SentenceScore,
  SHORT_NEGATION_SCOPE,
  starsValence,
  VALENCE_EXPONENT,
  wordValence,
} from './rules.js';
import type { Token } from './tokenize.js';
import {
  COMPARISON,
  CONCESSION,
  CONTRAST,
  COUNTERFACTUAL,
  DEIXIS,
  DESIRE,
  ELONGATED,
  HEDGE,
  INTERJECTION,
  infoOf,
  LIKE_CONTEXT,
  MODIFIER_HEAD,
  NARRATIVE_VERB,
  NARRATOR,
  NEGATING_WORD,
  NEGATOR,
  PERSON_1_2,
  PERSON_3,
  PHRASE_HEAD,
  SCORING_DEGREE,
  SHORT_SCOPE,
  type WordInfo,
} from './wordinfo.js';

/** "have been", "have ruined": the perfect that makes a modal counterfactual. */
function isPerfect(t: Token | undefined, after: Token | undefined): boolean {
  if (!t || (t.norm !== 'have' && t.norm !== "'ve")) return false;
  if (after?.kind !== 'word') return false;
  return after.norm === 'been' || after.norm.endsWith('ed') || after.norm.endsWith('en');
}

/** Count the style markers of a word that the subjectivity estimate reads. */
function countStyle(f: SentenceFeatures, info: WordInfo, prevFlags: number): void {
  const flags = info.flags;
  if (flags & HEDGE) f.hedges++;
  if (flags & PERSON_1_2) f.personal++;
  else if (flags & PERSON_3) f.thirdPerson++;
  else if (flags & DEIXIS) f.deictic++;
  if (flags & COMPARISON) f.comparatives++;
  if (prevFlags & NARRATOR && flags & NARRATIVE_VERB) f.narrative++;
  f.ratedSubjectivity += info.rated;
}

/** Factor of a word inside a negation or counterfactual scope. */
function scopeFactor(negFactor: number, valence: number): number {
  if (negFactor === NEGATION_FACTOR && valence < 0) return NEGATION_FACTOR_NEGATIVE;
  return negFactor;
}

/** Capitalized word ("Cold"), not ALL-CAPS, not the pronoun "I". */
function isTitled(text: string, t: Token | undefined): boolean {
  if (t?.kind !== 'word' || t.caps) return false;
  const c = text.charCodeAt(t.start);
  if (c < 65 || c > 90) return false;
  return t.end - t.start > 1 && t.norm !== "i'm" && t.norm !== "i've" && t.norm !== "i'll";
}

/**
 * Words of a multi-word name ("Cold Mountain", "Widespread Panic") carry no sentiment: a
 * capitalized word that does not open the sentence, next to another capitalized word, in a
 * sentence that is not written in title case.
 */
function namePart(ctx: RuleContext, i: number, from: number, titleCase: boolean): boolean {
  if (titleCase || i === from) return false;
  const { text, tokens } = ctx;
  if (!isTitled(text, tokens[i])) return false;
  const prev = tokens[i - 1];
  // "Very Bad Service": a capitalized degree word makes it emphasis, not a name.
  if (prev?.kind === 'word' && infoOf(prev.norm).degree !== 0) return false;
  return nameNeighbor(text, prev) || nameNeighbor(text, tokens[i + 1]);
}

/** A capitalized neighbor without sentiment of its own ("Mountain" in "Cold Mountain"). */
function nameNeighbor(text: string, t: Token | undefined): boolean {
  return t !== undefined && isTitled(text, t) && infoOf(t.norm).valence === 0;
}

/** Every word of four or more letters is capitalized (a headline or a title). */
function isTitleCase(ctx: RuleContext, from: number, to: number): boolean {
  let words = 0;
  let titled = 0;
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i];
    if (t?.kind !== 'word' || t.end - t.start < 4) continue;
    words++;
    if (isTitled(ctx.text, t)) titled++;
  }
  return words > 1 && titled === words;
}

function isStar(norm: string | undefined): boolean {
  return norm === 'star' || norm === 'stars';
}

/**
 * Strength of a valence: a convex map (|v| / 3)^VALENCE_EXPONENT * 3 that keeps 3 ("good",
 * "bad") fixed, makes strong words ("amazing", "horrible") weigh more and mild ones ("ok",
 * "fine") less, closer to how people rate whole texts.
 */
function strength(valence: number): number {
  const a = Math.abs(valence) / 3;
  return (valence < 0 ? -3 : 3) * a ** VALENCE_EXPONENT;
}

function hit(
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

function closeClause(clauseEnds: number[], hits: number): void {
  const last = clauseEnds.length > 0 ? (clauseEnds[clauseEnds.length - 1] ?? 0) : 0;
  if (hits > last) clauseEnds.push(hits);
}

/** Mutable state of one pass. */
interface Pass {
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
}

function push(p: Pass, start: number, end: number, valence: number, factor: number): Hit {
  const scope = (p.concession ? CONCESSION_FACTOR : 1) * p.after;
  const h = hit(p.text, start, end, valence, factor, scope);
  p.hits.push(h);
  p.f.evaluative++;
  return h;
}

function resetScopes(p: Pass): void {
  p.neg = 0;
  p.mult = 1;
  p.multLeft = 0;
}

/** Score the tokens [from, to) of one sentence. */
export function scoreSentence(ctx: RuleContext, from: number, to: number): SentenceScore {
  const { tokens, overlay } = ctx;
  const p: Pass = {
    text: ctx.text,
    hits: [],
    f: newFeatures(),
    clauseEnds: [],
    neg: 0,
    negFactor: NEGATION_FACTOR,
    mult: 1,
    multLeft: 0,
    concession: false,
    after: 1,
  };
  const { hits, f, clauseEnds } = p;
  let leadContrast = false;
  let seenWord = false;
  let prevFlags = 0;
  let titleCase: boolean | undefined;
  let lastWordHit = -2;

  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) break;
    const kind = t.kind;
    if (kind === 'punct') {
      const c = t.norm.charCodeAt(0);
      if (c === 33 || c === 63) {
        for (let k = 0; k < t.norm.length; k++) {
          if (t.norm.charCodeAt(k) === 33) f.exclamations++;
          else f.questions++;
        }
      }
      if (isClauseBreak(t.norm)) {
        resetScopes(p);
        p.concession = false;
        closeClause(clauseEnds, hits.length);
      }
      continue;
    }
    if (kind === 'url' || kind === 'mention') continue;
    f.words++;
    if (kind === 'emoji' || kind === 'emoticon' || kind === 'hashtag') {
      const v =
        kind === 'emoji'
          ? emojiValenceOf(t.norm)
          : kind === 'emoticon'
            ? emoticonValence(t.norm)
            : wordValence(overlay, t.norm);
      if (v !== 0) push(p, t.start, t.end, v, 1);
      continue;
    }
    const next = tokens[i + 1];
    if (kind === 'number') {
      const stars = i + 1 < to && isStar(next?.norm) ? Number.parseFloat(t.norm) : Number.NaN;
      if (next && stars >= 0 && stars <= 5) {
        push(p, t.start, next.end, starsValence(stars), 1);
        i++;
        continue;
      }
      const v = ratingValence(t.norm);
      if (v !== 0) push(p, t.start, t.end, v, 1);
      continue;
    }
    const norm = t.norm;
    const info = infoOf(norm);
    const flags = info.flags;
    const numberWord = NUMBER_WORDS.get(norm);
    if (numberWord !== undefined && next && i + 1 < to && isStar(next.norm)) {
      const factor = p.neg > 0 ? scopeFactor(p.negFactor, -1) : 1;
      push(p, t.start, next.end, starsValence(numberWord), factor);
      i++;
      continue;
    }
    // 1. phrases, per-request first
    const phrase =
      (overlay?.phrases.has(norm) ? matchPhraseIn(overlay.phrases, tokens, i, to) : undefined) ??
      (flags & PHRASE_HEAD ? matchPhraseIn(SHARED_PHRASES, tokens, i, to) : undefined);
    if (phrase) {
      const lastTok = tokens[phrase.last];
      let factor = p.mult;
      if (p.neg > 0) factor = Math.min(p.mult, 1) * scopeFactor(p.negFactor, phrase.valence);
      if (phrase.valence !== 0) {
        push(p, t.start, lastTok ? lastTok.end : t.end, phrase.valence, factor);
      }
      f.words += phrase.last - i;
      p.neg = Math.max(0, p.neg - (phrase.last - i + 1));
      p.mult = 1;
      p.multLeft = 0;
      prevFlags = lastTok ? infoOf(lastTok.norm).flags : flags;
      seenWord = true;
      i = phrase.last;
      continue;
    }
    // 2. multi-word degree modifiers ("kind of", "a bit")
    if (flags & MODIFIER_HEAD) {
      const mod = matchModifier(tokens, i, to);
      if (mod && nextCarriesValence(ctx, mod.last, to)) {
        p.mult *= mod.factor;
        p.multLeft = MODIFIER_REACH;
        f.modifiers++;
        f.words += mod.last - i;
        i = mod.last;
        seenWord = true;
        continue;
      }
    }
    // 3. negators ("not", "n't", "never", "far from", "lacking" before a sentiment word)
    const farFrom = norm === 'far' && next?.norm === 'from';
    if (
      farFrom ||
      (flags & NEGATOR && (!(flags & NEGATING_WORD) || nextCarriesValence(ctx, i, to)))
    ) {
      f.negations++;
      seenWord = true;
      prevFlags = flags;
      if (farFrom || (norm === 'not' && (next?.norm === 'only' || next?.norm === 'just'))) {
        i++;
        if (!farFrom) continue;
      }
      p.neg = flags & SHORT_SCOPE ? SHORT_NEGATION_SCOPE : NEGATION_SCOPE;
      p.negFactor = NEGATION_FACTOR;
      continue;
    }
    // counterfactual: "could have been", "should've known"
    if (flags & COUNTERFACTUAL && p.neg === 0) {
      const perfect = norm.endsWith('ve')
        ? next?.kind === 'word' && (next.norm === 'been' || next.norm.endsWith('ed'))
        : isPerfect(next, tokens[i + 2]);
      if (perfect) {
        p.neg = NEGATION_SCOPE;
        p.negFactor = COUNTERFACTUAL_FACTOR;
      }
    }
    // 4. contrast and concession
    if (flags & CONTRAST) {
      if (!seenWord) leadContrast = true;
      for (const h of hits) h.contribution *= CONTRAST_BEFORE;
      p.after = CONTRAST_AFTER_FACTOR;
      resetScopes(p);
      p.concession = false;
      closeClause(clauseEnds, hits.length);
      seenWord = true;
      prevFlags = flags;
      continue;
    }
    if (flags & CONCESSION || (norm === 'even' && next?.norm === 'though')) {
      closeClause(clauseEnds, hits.length);
      p.concession = true;
      resetScopes(p);
      seenWord = true;
      prevFlags = flags;
      continue;
    }
    countStyle(f, info, prevFlags);
    const own = overlay?.words.get(norm) ?? info.valence;
    // 5. single-word degree modifiers
    if (info.degree !== 0) {
      if (own === 0 || !(flags & SCORING_DEGREE) || nextCarriesValence(ctx, i, to)) {
        p.mult *= info.degree * (t.caps && ctx.mixedCase ? CAPS_FACTOR : 1);
        p.multLeft = MODIFIER_REACH;
        f.modifiers++;
        if (p.neg > 0) p.neg--;
        seenWord = true;
        prevFlags = flags;
        continue;
      }
    }
    // 6. sentiment words
    let v = own;
    if (v !== 0 && isTitled(ctx.text, t) && i !== from) {
      titleCase ??= isTitleCase(ctx, from, to);
      if (namePart(ctx, i, from, titleCase)) v = 0;
    }
    if (norm === 'like' && !(prevFlags & LIKE_CONTEXT) && !overlay?.words.has(norm)) v = 0;
    if (v !== 0) {
      const interjection = (flags & INTERJECTION) !== 0;
      let factor = interjection ? 1 : p.mult;
      if (flags & DESIRE) factor *= IRREALIS_FACTOR;
      if (t.caps && ctx.mixedCase && !interjection && t.end - t.start > 2) {
        factor *= CAPS_FACTOR;
        f.emphasis++;
      }
      if (flags & ELONGATED) {
        factor *= ELONGATION_FACTOR;
        f.emphasis++;
      }
      if (p.neg > 0 && !interjection) {
        factor = (p.mult > 1 ? factor / p.mult : factor) * scopeFactor(p.negFactor, v);
      }
      const last = hits[hits.length - 1];
      const h = push(p, t.start, t.end, v, factor);
      // A negative modifier right before a positive head ("poor quality", "cheap support"):
      // the modifier carries the pair.
      if (lastWordHit === i - 1 && last && last.contribution < 0 && h.contribution > 0) {
        h.contribution *= NEGATIVE_MODIFIER_FACTOR;
      }
      lastWordHit = i;
      p.mult = 1;
      p.multLeft = 0;
    } else if (p.multLeft > 0) {
      p.multLeft--;
      if (p.multLeft === 0) p.mult = 1;
    }
    if (p.neg > 0) p.neg--;
    prevFlags = flags;
    seenWord = true;
  }
  closeClause(clauseEnds, hits.length);

  let scale = 1;
  if (f.exclamations > 0) scale = 1 + EXCLAMATION_STEP * Math.min(f.exclamations, EXCLAMATION_MAX);
  else if (f.questions > 0) scale = QUESTION_FACTOR;
  const clauses: number[] = [];
  let k = 0;
  for (const end of clauseEnds) {
    let sum = 0;
    for (; k < end; k++) {
      const h = hits[k];
      if (!h) continue;
      h.contribution *= scale;
      sum += h.contribution;
    }
    clauses.push(sum);
  }
  for (const h of hits) f.magnitude += Math.abs(h.contribution);
  return { hits, clauses, features: f, leadContrast };
}
