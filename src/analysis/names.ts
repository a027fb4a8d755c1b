/**
 * Multi-word names ("Cold Mountain", "Widespread Panic", "Resident Evil") carry no sentiment:
 * a capitalized word that does not open the sentence, next to a capitalized word without
 * sentiment of its own, in a sentence that is not written in title case.
 */
import type { RuleContext } from './rules.js';
import type { Token } from './tokenize.js';
import { infoOf } from './wordinfo.js';

/** Capitalized word ("Cold"), not ALL-CAPS, not the pronoun "I". */
export function isTitled(text: string, t: Token | undefined): boolean {
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
export function namePart(ctx: RuleContext, i: number, from: number, titleCase: boolean): boolean {
  if (titleCase || i === from) return false;
  const { text, tokens } = ctx;
  if (!isTitled(text, tokens[i])) return false;
  const prev = tokens[i - 1];
  // "Very Bad Service": a capitalized degree word makes it emphasis, not a name.
  if (prev?.kind === 'word' && infoOf(prev.norm).degree !== 0) return false;
  return nameNeighbor(text, prev) || nameNeighbor(text, tokens[i + 1]);
}

/** A capitalized neighbor without sentiment of its own ("Mountain" in "Cold Mountain"). */
export function nameNeighbor(text: string, t: Token | undefined): boolean {
  return t !== undefined && isTitled(text, t) && infoOf(t.norm).valence === 0;
}

/** Every word of four or more letters is capitalized (a headline or a title). */
export function isTitleCase(ctx: RuleContext, from: number, to: number): boolean {
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
