/**
 * Scanners for the non-word tokens: URLs, emoji sequences and HTML entities. Each returns the
 * end offset (UTF-16) of what it recognized at `i`.
 */
import {
  codePointAt,
  cpLength,
  isEmojiModifier,
  isPictographic,
  isRegionalIndicator,
  isSpace,
} from './chars.js';
import { isEmojiSymbol } from './lexicon.js';

const URL_TRAILING = new Set([46, 44, 33, 63, 59, 58, 41, 93, 39, 34, 0x201d, 0x2019]);

export function scanUrl(text: string, i: number): number {
  let j = i;
  while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
  while (j > i + 4 && URL_TRAILING.has(text.charCodeAt(j - 1))) j--;
  return j;
}

/** Scan an emoji sequence (base, modifiers, ZWJ joins, flag pairs); returns the end offset. */
export function scanEmoji(text: string, i: number, first: number): number {
  let j = i + cpLength(first);
  if (isRegionalIndicator(first)) {
    if (j < text.length) {
      const next = codePointAt(text, j);
      if (isRegionalIndicator(next)) j += 2;
    }
    return j;
  }
  while (j < text.length) {
    const cp = codePointAt(text, j);
    if (isEmojiModifier(cp)) {
      j += cpLength(cp);
    } else if (cp === 0x200d && j + 1 < text.length) {
      const next = codePointAt(text, j + 1);
      if (!isPictographic(next) && !isEmojiSymbol(next)) break;
      j += 1 + cpLength(next);
    } else {
      break;
    }
  }
  return j;
}

/** Emoji key: the sequence without variation selectors and skin tones. */
export function emojiNorm(raw: string): string {
  let out = '';
  for (const ch of raw) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0xfe0f || cp === 0xfe0e || (cp >= 0x1f3fb && cp <= 0x1f3ff)) continue;
    out += ch;
  }
  return out;
}

export const ENTITY_CHARS: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['#39', "'"],
  ['nbsp', ' '],
]);

/** End of an HTML entity at `i` ("&amp;", "&#39;", at most 8 characters), else `i`. */
export function scanEntity(text: string, i: number): number {
  const max = Math.min(text.length, i + 10);
  for (let j = i + 1; j < max; j++) {
    const c = text.charCodeAt(j);
    if (c === 59) return j > i + 1 ? j + 1 : i;
    const ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 35;
    if (!ok) return i;
  }
  return i;
}

/** End of an ANSI escape sequence (ESC "[" parameters, final letter) starting at `i`. */
export function skipAnsi(text: string, i: number): number {
  let j = i + 2;
  const max = Math.min(text.length, i + 32);
  while (j < max) {
    const c = text.charCodeAt(j);
    if (c >= 0x40 && c <= 0x7e) return j + 1;
    if (!((c >= 48 && c <= 63) || c === 32)) return j;
    j++;
  }
  return j;
}
