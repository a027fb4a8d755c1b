/**
 * Character classes for the tokenizer. ASCII is decided by table look-ups; other code points
 * by a Unicode property test on the single code point (rare in English text, cached).
 */

const LETTER_RE = /^[\p{L}\p{N}]$/u;
const MARK_RE = /^\p{M}$/u;
const PICTO_RE = /^\p{Extended_Pictographic}$/u;
const SPACE_RE = /^[\p{Zs}\p{Zl}\p{Zp}\u200b\u2060\ufeff]$/u;

enum Cls {
  Other = 0,
  Letter = 1,
  Mark = 2,
  Picto = 3,
  Space = 4,
}

const cache = new Map<number, Cls>();

function classify(cp: number): Cls {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  const s = String.fromCodePoint(cp);
  let cls = Cls.Other;
  if (LETTER_RE.test(s)) cls = Cls.Letter;
  else if (MARK_RE.test(s)) cls = Cls.Mark;
  else if (PICTO_RE.test(s)) cls = Cls.Picto;
  else if (SPACE_RE.test(s)) cls = Cls.Space;
  if (cache.size < 65536) cache.set(cp, cls);
  return cls;
}

/** ASCII letter or digit. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letter, digit or underscore ("__proto__" is one word) in any script (code point). */
export function isWordChar(cp: number): boolean {
  if (cp < 128) return isAsciiAlnum(cp) || cp === 95;
  return classify(cp) === Cls.Letter;
}

/** Combining mark (continues a word or an emoji). */
export function isMark(cp: number): boolean {
  if (cp < 0x300) return false;
  return classify(cp) === Cls.Mark;
}

/** Extended_Pictographic code point (emoji base). */
export function isPictographic(cp: number): boolean {
  if (cp < 0xa9) return false;
  return classify(cp) === Cls.Picto;
}

/** Whitespace, including NBSP, zero-width space and BOM; ASCII control characters count too. */
export function isSpace(cp: number): boolean {
  if (cp < 128) return cp <= 32 || cp === 127;
  if (cp >= 0x80 && cp <= 0x9f) return true;
  return classify(cp) === Cls.Space;
}

export function isNewline(c: number): boolean {
  return c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029 || c === 11 || c === 12;
}

export function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** Emoji modifiers that only decorate the base: variation selectors, skin tones, keycap, tags. */
export function isEmojiModifier(cp: number): boolean {
  return (
    cp === 0xfe0f ||
    cp === 0xfe0e ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    cp === 0x20e3 ||
    (cp >= 0xe0020 && cp <= 0xe007f)
  );
}

export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x60 || c === 0xb4;
}

/** Code point at `i` (a lone surrogate yields its own code unit). */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

export function cpLength(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}
