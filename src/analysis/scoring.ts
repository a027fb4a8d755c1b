/**
 * One pass over a sentence's tokens that applies the rules of rules.ts and yields the scored
 * spans (hits), the clause sums used by the MIXED rule, and the subjectivity features.
 */
import { emojiValenceOf, emoticonValence, patternSubjectivity, SHARED_PHRASES } from './lexicon.js';
import { canonical, isElongated } from './lookup.js';
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
  smallSet,
  smallTable,
  starsValence,
  wordValence,
} from './rules.js';
import type { Token } from './tokenize.js';
import {
  COMPARATIVE,
  CONCESSIVE,
  CONTRAST_AFTER,
  COUNTERFACTUAL_MODALS,
  DEICTIC,
  HEDGES,
  INTENSIFIERS,
  INTERJECTIONS,
  isNegator,
  LIKE_VERB_CONTEXT,
  NARRATIVE_SUBJECTS,
  NEGATING_WORDS,
  PERSONAL,
  SCORING_INTENSIFIERS,
  SHORT_SCOPE_NEGATORS,
  THIRD_PERSON,
} from './words.js';

/** "have been", "have ruined": the perfect that makes a modal counterfactual. */
function isPerfect(t: Token | undefined, after: Token | undefined): boolean {
  if (!t || (t.norm !== 'have' && t.norm !== "'ve")) return false;
  if (after?.kind !== 'word') return false;
  return after.norm === 'been' || after.norm.endsWith('ed') || after.norm.endsWith('en');
}

/** Copulas and auxiliaries are no narrative verbs ("she is pretty"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'has', 'does', 'seems', 'looks']);

/** Count the style markers of a word that the subjectivity estimate reads. */
function countStyle(f: SentenceFeatures, norm: string, prevWord: string): void {
  if (smallSet(HEDGES, norm)) f.hedges++;
  if (PERSONAL.has(norm)) f.personal++;
  else if (THIRD_PERSON.has(norm)) f.thirdPerson++;
  else if (DEICTIC.has(norm)) f.deictic++;
  if (COMPARATIVE.has(norm) || (norm.length > 5 && norm.endsWith('est'))) f.comparatives++;
  if (
    NARRATIVE_SUBJECTS.has(prevWord) &&
    (norm.endsWith('s') || norm.endsWith('ed')) &&
    !AUXILIARIES.has(norm)
  ) {
    f.narrative++;
  }
  const rated = patternSubjectivity(norm);
  if (rated !== undefined) f.ratedSubjectivity += rated;
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
  const prev = i - 1 > from ? tokens[i - 1] : undefined;
  return isTitled(text, prev) || isTitled(text, tokens[i + 1]);
}

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

function hit(start: number, end: number, valence: number, factor: number, scope: number): Hit {
  return { start, end, valence, contribution: valence * factor * scope };
}

function closeClause(clauseEnds: number[], hits: number): void {
  const last = clauseEnds.length > 0 ? (clauseEnds[clauseEnds.length - 1] ?? 0) : 0;
  if (hits > last) clauseEnds.push(hits);
}

/** Score the tokens [from, to) of one sentence. */
export function scoreSentence(ctx: RuleContext, from: number, to: number): SentenceScore {
  const { tokens, overlay } = ctx;
  const hits: Hit[] = [];
  const f = newFeatures();
  const clauseEnds: number[] = [];
  let neg = 0;
  let negFactor = NEGATION_FACTOR;
  let mult = 1;
  let multLeft = 0;
  let concession = false;
  let after = 1;
  let leadContrast = false;
  let seenWord = false;
  let prevWord = '';
  const titleCase = isTitleCase(ctx, from, to);
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
        neg = 0;
        mult = 1;
        multLeft = 0;
        concession = false;
        closeClause(clauseEnds, hits.length);
      }
      continue;
    }
    if (kind === 'url' || kind === 'mention') continue;
    f.words++;
    if (kind === 'emoji' || kind === 'emoticon') {
      const v = kind === 'emoji' ? emojiValenceOf(t.norm) : emoticonValence(t.norm);
      if (v !== 0)
        hits.push(hit(t.start, t.end, v, 1, (concession ? CONCESSION_FACTOR : 1) * after));
      f.evaluative++;
      continue;
    }
    if (kind === 'hashtag') {
      const v = wordValence(overlay, t.norm);
      if (v !== 0)
        hits.push(hit(t.start, t.end, v, 1, (concession ? CONCESSION_FACTOR : 1) * after));
      f.evaluative++;
      continue;
    }
    const next = tokens[i + 1];
    if (kind === 'number') {
      const stars = i + 1 < to && isStar(next?.norm) ? Number.parseFloat(t.norm) : Number.NaN;
      if (next && stars >= 0 && stars <= 5) {
        hits.push(
          hit(
            t.start,
            next.end,
            starsValence(stars),
            1,
            (concession ? CONCESSION_FACTOR : 1) * after,
          ),
        );
        f.evaluative++;
        i++;
        continue;
      }
      const v = ratingValence(t.norm);
      if (v !== 0)
        hits.push(hit(t.start, t.end, v, 1, (concession ? CONCESSION_FACTOR : 1) * after));
      f.evaluative++;
      continue;
    }
    const norm = t.norm;
    const numberWord = NUMBER_WORDS.get(norm);
    if (numberWord !== undefined && next && i + 1 < to && isStar(next.norm)) {
      hits.push(
        hit(
          t.start,
          next.end,
          starsValence(numberWord),
          neg > 0 ? scopeFactor(negFactor, -1) : 1,
          (concession ? CONCESSION_FACTOR : 1) * after,
        ),
      );
      f.evaluative++;
      i++;
      continue;
    }
    // 1. phrases, per-request first
    const phrase =
      (overlay ? matchPhraseIn(overlay.phrases, tokens, i, to) : undefined) ??
      matchPhraseIn(SHARED_PHRASES, tokens, i, to);
    if (phrase) {
      const lastTok = tokens[phrase.last];
      let factor = mult;
      if (neg > 0) factor = Math.min(mult, 1) * NEGATION_FACTOR;
      if (phrase.valence !== 0)
        hits.push(
          hit(
            t.start,
            lastTok ? lastTok.end : t.end,
            phrase.valence,
            factor,
            (concession ? CONCESSION_FACTOR : 1) * after,
          ),
        );
      f.evaluative++;
      f.words += phrase.last - i;
      neg = Math.max(0, neg - (phrase.last - i + 1));
      mult = 1;
      multLeft = 0;
      prevWord = lastTok?.norm ?? norm;
      seenWord = true;
      i = phrase.last;
      continue;
    }
    // 2. multi-word degree modifiers ("kind of", "a bit")
    const mod = matchModifier(tokens, i, to);
    if (mod && nextCarriesValence(ctx, mod.last, to)) {
      mult *= mod.factor;
      multLeft = MODIFIER_REACH;
      f.modifiers++;
      f.words += mod.last - i;
      i = mod.last;
      seenWord = true;
      continue;
    }
    // 3. negators ("not", "n't", "never", "far from", "lacking" before a sentiment word)
    const farFrom = norm === 'far' && next?.norm === 'from';
    if (
      farFrom ||
      ((isNegator(norm) || smallSet(NEGATOR_ELONGATED, norm)) &&
        (!NEGATING_WORDS.has(norm) || nextCarriesValence(ctx, i, to)))
    ) {
      f.negations++;
      seenWord = true;
      prevWord = norm;
      if (farFrom || (norm === 'not' && (next?.norm === 'only' || next?.norm === 'just'))) {
        i++;
        if (!farFrom) continue;
      }
      neg = SHORT_SCOPE_NEGATORS.has(canonical(norm)) ? SHORT_NEGATION_SCOPE : NEGATION_SCOPE;
      negFactor = NEGATION_FACTOR;
      continue;
    }
    // counterfactual: "could have been", "should've known"
    if (COUNTERFACTUAL_MODALS.has(norm)) {
      const perfect = norm.endsWith('ve')
        ? next?.kind === 'word' && (next.norm === 'been' || next.norm.endsWith('ed'))
        : isPerfect(next, tokens[i + 2]);
      if (perfect && neg === 0) {
        neg = NEGATION_SCOPE;
        negFactor = COUNTERFACTUAL_FACTOR;
      }
    }
    // 4. contrast and concession
    if (CONTRAST_AFTER.has(norm)) {
      if (!seenWord) leadContrast = true;
      for (const h of hits) h.contribution *= CONTRAST_BEFORE;
      after = CONTRAST_AFTER_FACTOR;
      neg = 0;
      mult = 1;
      multLeft = 0;
      concession = false;
      closeClause(clauseEnds, hits.length);
      seenWord = true;
      prevWord = norm;
      continue;
    }
    if (CONCESSIVE.has(norm) || (norm === 'even' && next?.norm === 'though')) {
      closeClause(clauseEnds, hits.length);
      concession = true;
      neg = 0;
      mult = 1;
      multLeft = 0;
      seenWord = true;
      prevWord = norm;
      continue;
    }
    countStyle(f, norm, prevWord);
    // 5. single-word degree modifiers
    const degree = smallTable(INTENSIFIERS, norm);
    if (degree !== undefined) {
      const own = wordValence(overlay, norm);
      if (own === 0 || !SCORING_INTENSIFIERS.has(norm) || nextCarriesValence(ctx, i, to)) {
        mult *= degree * (t.caps && ctx.mixedCase ? CAPS_FACTOR : 1);
        multLeft = MODIFIER_REACH;
        f.modifiers++;
        if (neg > 0) neg--;
        seenWord = true;
        prevWord = norm;
        continue;
      }
    }
    // 6. sentiment words
    let v = namePart(ctx, i, from, titleCase) ? 0 : wordValence(overlay, norm);
    if (norm === 'like' && !overlay?.words.has(norm) && !LIKE_VERB_CONTEXT.has(prevWord)) v = 0;
    if (v !== 0) {
      const interjection = smallSet(INTERJECTIONS, norm);
      let factor = interjection ? 1 : mult;
      if (t.caps && ctx.mixedCase) {
        factor *= CAPS_FACTOR;
        f.emphasis++;
      }
      if (isElongated(norm)) {
        factor *= ELONGATION_FACTOR;
        f.emphasis++;
      }
      if (neg > 0 && !interjection) {
        factor = (mult > 1 ? factor / mult : factor) * scopeFactor(negFactor, v);
      }
      const h = hit(t.start, t.end, v, factor, (concession ? CONCESSION_FACTOR : 1) * after);
      const last = hits[hits.length - 1];
      // A negative modifier right before a positive head ("poor quality", "cheap support"):
      // the modifier carries the pair.
      if (lastWordHit === i - 1 && last && last.contribution < 0 && h.contribution > 0) {
        h.contribution *= NEGATIVE_MODIFIER_FACTOR;
      }
      hits.push(h);
      f.evaluative++;
      lastWordHit = i;
      mult = 1;
      multLeft = 0;
    } else if (multLeft > 0) {
      multLeft--;
      if (multLeft === 0) mult = 1;
    }
    if (neg > 0) neg--;
    prevWord = norm;
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
  for (const h of hits) {
    f.magnitude += Math.abs(h.contribution);
  }
  return { hits, clauses, features: f, leadContrast };
}

/** Negators commonly elongated in informal text ("nooo", "nevvver"). */
const NEGATOR_ELONGATED: ReadonlySet<string> = new Set(['no', 'not', 'never', 'nothing']);
