/**
 * One pass over a sentence's tokens that applies the rules of rules.ts and yields the scored
 * spans (hits), the clause sums used by the MIXED rule, and the subjectivity features.
 */
import { emojiValenceOf, emoticonValence, SHARED_PHRASES } from './lexicon.js';
import { isTitleCase, isTitled, namePart } from './names.js';
import {
  closeClause,
  isPerfect,
  isStar,
  type Pass,
  push,
  resetScopes,
  scopeFactor,
} from './pass.js';
import {
  ADVERB_DEGREE,
  CAPS_FACTOR,
  CONTRAST_AFTER_FACTOR,
  CONTRAST_BEFORE,
  COUNTERFACTUAL_FACTOR,
  ELONGATION_FACTOR,
  ENOUGH_FACTOR,
  EXCESS_FACTOR,
  EXCLAMATION_MAX,
  EXCLAMATION_STEP,
  IRREALIS_FACTOR,
  isClauseBreak,
  MODIFIER_REACH,
  matchModifier,
  matchPhraseIn,
  NEGATED_SUPERLATIVE_FACTOR,
  NEGATION_FACTOR,
  NEGATION_SCOPE,
  NEGATIVE_MODIFIER_FACTOR,
  NUMBER_WORDS,
  newFeatures,
  nextCarriesValence,
  QUESTION_FACTOR,
  type RuleContext,
  ratingValence,
  type SentenceScore,
  SHORT_NEGATION_SCOPE,
  starsValence,
  wordValence,
} from './rules.js';
import { countStyle } from './subjectivity.js';
import type { Token } from './tokenize.js';
import {
  ADJECTIVE,
  AUXILIARY,
  CONCESSION,
  CONTRAST,
  COUNTERFACTUAL,
  DESIRE,
  ELONGATED,
  EVALUATIVE_ADVERB,
  EXCESS,
  INTERJECTION,
  infoOf,
  LIKE_CONTEXT,
  MODAL_NEGATOR,
  MODIFIER_HEAD,
  NEGATING_WORD,
  NEGATOR,
  PHRASE_HEAD,
  SCORING_DEGREE,
  SHORT_SCOPE,
  SUBJECT_PRONOUN,
  SUPERLATIVE,
} from './wordinfo.js';

/**
 * A negative "-ly" adverb right before a rated word is a degree adverb ("painfully slow",
 * "ridiculously good", "insanely fun"): its own sense has bleached into "very". A positive one
 * keeps its sense as a manner adverb ("deliciously slow" praises), and so does one before a
 * degree word ("poorly super glued").
 */
function degreeReading(adverb: number, next: Token, overlay: RuleContext['overlay']): boolean {
  if (adverb >= 0 || infoOf(next.norm).degree !== 0) return false;
  return wordValence(overlay, next.norm) !== 0;
}

/** A negated ability before "enough" ("can't recommend it enough"): index of "enough", or -1. */
function enoughAfter(ctx: RuleContext, i: number, from: number, to: number): number {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t) return -1;
  let modal = (infoOf(t.norm).flags & MODAL_NEGATOR) !== 0;
  if (!modal && (t.norm === 'not' || t.norm === "n't") && i > from) {
    const prev = tokens[i - 1]?.norm;
    modal = prev === 'can' || prev === 'could' || prev === 'ca';
  }
  if (!modal) return -1;
  for (let j = i + 2; j < to && j <= i + NEGATION_SCOPE + 1; j++) {
    const u = tokens[j];
    if (u?.kind !== 'word') return -1;
    if (u.norm === 'enough') {
      // "can't be fast enough" keeps its negation: an adjective is not an act to repeat.
      const before = tokens[j - 1];
      return before && infoOf(before.norm).flags & ADJECTIVE ? -1 : j;
    }
  }
  return -1;
}

/**
 * A noun-like positive word right before a negated predicate is its subject, a topic the
 * negation denies, not praise ("support never answered", "the quality is not good").
 */
function isNegatedSubject(ctx: RuleContext, k: number, from: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== 'word') return false;
  const flags = infoOf(t.norm).flags;
  if (flags & (ADJECTIVE | INTERJECTION) || ctx.overlay?.words.has(t.norm)) return false;
  const before = k > from ? ctx.tokens[k - 1] : undefined;
  if (before?.kind === 'word') {
    const b = infoOf(before.norm);
    // "I love not having to ...", "we really enjoy not ...": a verb, not a subject.
    if (b.flags & SUBJECT_PRONOUN || b.degree !== 0 || before.norm.endsWith('ly')) return false;
  }
  return true;
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
    excess: false,
  };
  const { hits, f, clauseEnds } = p;
  let leadContrast = false;
  let seenWord = false;
  let prevFlags = 0;
  let titleCase: boolean | undefined;
  let lastWordHit = -2;
  let beforeContrast = 0;
  let contrastAt = -1;
  /** Drop a noun-like positive hit that is the subject of the negator at `i` (see isNegatedSubject). */
  const dropNegatedSubject = (i: number): void => {
    const aux = tokens[i - 1];
    const k = aux?.kind === 'word' && infoOf(aux.norm).flags & AUXILIARY ? i - 2 : i - 1;
    const last = hits[hits.length - 1];
    if (lastWordHit === k && k >= from && last && last.contribution > 0) {
      if (isNegatedSubject(ctx, k, from)) {
        hits.pop();
        f.evaluative--;
        lastWordHit = -2;
      }
    }
  };

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
        overlay?.words.get(t.norm) ??
        (kind === 'emoji'
          ? emojiValenceOf(t.norm)
          : kind === 'emoticon'
            ? emoticonValence(t.norm)
            : wordValence(overlay, t.norm));
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
      // "the quality is not good": the phrase negates its subject's predicate too.
      if (flags & NEGATOR && !(flags & SHORT_SCOPE) && phrase.valence < 0) dropNegatedSubject(i);
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
      const enough = farFrom ? -1 : enoughAfter(ctx, i, from, to);
      if (enough > 0) {
        // "can't thank you enough": no amount would do, an intensified verb, no negation.
        p.mult = ENOUGH_FACTOR;
        p.multLeft = enough - i;
        f.modifiers++;
        continue;
      }
      if (!(flags & SHORT_SCOPE)) dropNegatedSubject(i);
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
      beforeContrast = 0;
      for (const h of hits) beforeContrast += h.contribution;
      contrastAt = hits.length;
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
        if (flags & EXCESS) p.excess = true;
        p.multLeft = MODIFIER_REACH;
        f.modifiers++;
        if (p.neg > 0) p.neg--;
        seenWord = true;
        prevFlags = flags;
        continue;
      }
    }
    // "painfully slow", "ridiculously good": a negative -ly adverb grades the rated word after it.
    if (
      flags & EVALUATIVE_ADVERB &&
      next?.kind === 'word' &&
      i + 1 < to &&
      !overlay?.words.has(norm) &&
      degreeReading(own, next, overlay)
    ) {
      p.mult *= ADVERB_DEGREE * (t.caps && ctx.mixedCase ? CAPS_FACTOR : 1);
      p.multLeft = 1;
      f.modifiers++;
      if (p.neg > 0) p.neg--;
      seenWord = true;
      prevFlags = flags;
      continue;
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
        const scoped =
          p.negFactor === NEGATION_FACTOR && v > 0 && flags & SUPERLATIVE
            ? NEGATED_SUPERLATIVE_FACTOR
            : scopeFactor(p.negFactor, v);
        factor = (p.mult > 1 ? factor / p.mult : factor) * scoped;
      }
      // "too sweet", "too nice": excess turns praise into mild blame.
      if (p.excess && v > 0 && !interjection && p.neg === 0) factor *= EXCESS_FACTOR;
      p.excess = false;
      const last = lastWordHit === i - 1 ? hits[hits.length - 1] : undefined;
      const adjective = (flags & ADJECTIVE) !== 0 && !overlay?.words.has(norm);
      // Opposite adjectives side by side ("good bad") are a list of verdicts: separate clauses.
      if (last && adjective && last.contribution * v * factor < 0) {
        closeClause(clauseEnds, hits.length);
      }
      const h = push(p, t.start, t.end, v, factor);
      // A negative modifier right before a positive noun-like head ("poor quality", "cheap
      // support"): the modifier carries the pair. An adjective is a head of its own.
      if (last && !adjective && last.contribution < 0 && h.contribution > 0) {
        h.contribution *= NEGATIVE_MODIFIER_FACTOR;
      }
      lastWordHit = i;
      p.mult = 1;
      p.multLeft = 0;
    } else if (p.multLeft > 0) {
      p.multLeft--;
      if (p.multLeft === 0) {
        p.mult = 1;
        p.excess = false;
      }
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
  let afterContrast = 0;
  for (let j = Math.max(contrastAt, 0); j < hits.length; j++) {
    afterContrast += hits[j]?.contribution ?? 0;
  }
  const opposed = contrastAt > 0 && beforeContrast * afterContrast < 0;
  return { hits, clauses, features: f, leadContrast, opposed };
}
