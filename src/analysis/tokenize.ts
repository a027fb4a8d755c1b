import {
  codePointAt,
  cpLength,
  isApostrophe,
  isDigit,
  isEmojiModifier,
  isMark,
  isNewline,
  isPictographic,
  isRegionalIndicator,
  isSpace,
  isWordChar,
} from './chars.js';
import { EMOTICON_MAX_LENGTH, isEmojiSymbol, isEmoticon, isEmoticonStart } from './lexicon.js';
import { ENTITY_CHARS, emojiNorm, scanEmoji, scanEntity, scanUrl, skipAnsi } from './symbols.js';

/** What a token is. Only words, hashtags, emoji and emoticons can carry sentiment. */
export type TokenKind =
  | 'word'
  | 'number'
  | 'emoji'
  | 'emoticon'
  | 'punct'
  | 'url'
  | 'mention'
  | 'hashtag';

/** One token; `start`/`end` are UTF-16 offsets into the original text. */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Normalized form: lower case, straight apostrophes; emoji without variation selectors. */
  norm: string;
  /** ALL-CAPS word of two or more letters. */
  caps: boolean;
  /** A line break precedes the token. */
  nl: boolean;
  /** The word holds a hyphen between word characters. */
  hyphen: boolean;
}

function makeToken(
  kind: TokenKind,
  start: number,
  end: number,
  norm: string,
  nl: boolean,
  caps = false,
  hyphen = false,
): Token {
  return { kind, start, end, norm, caps, nl, hyphen };
}

function startsWithCI(text: string, i: number, prefix: string): boolean {
  if (i + prefix.length > text.length) return false;
  return text.slice(i, i + prefix.length).toLowerCase() === prefix;
}

function isHandleChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function isPunctRunChar(c: number): boolean {
  return c === 33 || c === 63; // ! ?
}

/**
 * Split text into tokens in one linear pass. Offsets are UTF-16 code units into `text`,
 * so `text.slice(t.start, t.end)` is the token as written.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let nl = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cp = c < 0xd800 ? c : codePointAt(text, i);
    if (c === 27 && text.charCodeAt(i + 1) === 91) {
      i = skipAnsi(text, i);
      continue;
    }
    if (isSpace(cp)) {
      if (isNewline(c)) nl = true;
      i += cpLength(cp);
      continue;
    }
    if (isWordChar(cp)) {
      if (
        (c === 104 || c === 72) &&
        (startsWithCI(text, i, 'http://') || startsWithCI(text, i, 'https://'))
      ) {
        const end = scanUrl(text, i);
        tokens.push(makeToken('url', i, end, '', nl));
        nl = false;
        i = end;
        continue;
      }
      if ((c === 119 || c === 87) && startsWithCI(text, i, 'www.')) {
        const end = scanUrl(text, i);
        tokens.push(makeToken('url', i, end, '', nl));
        nl = false;
        i = end;
        continue;
      }
      i = scanWord(text, i, cp, nl, tokens);
      nl = false;
      continue;
    }
    if ((c === 64 || c === 35) && i + 1 < n && isHandleChar(text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < n && isHandleChar(text.charCodeAt(j))) j++;
      if (c === 64) tokens.push(makeToken('mention', i, j, '', nl));
      else tokens.push(makeToken('hashtag', i, j, text.slice(i + 1, j).toLowerCase(), nl));
      nl = false;
      i = j;
      continue;
    }
    if (c === 38) {
      const end = scanEntity(text, i);
      if (end > i) {
        // HTML entity ("&amp;", "&#39;"): one punctuation token; "&lt;3" is the heart "<3".
        const name = text.slice(i + 1, end - 1).toLowerCase();
        if (name === 'lt' && text.charCodeAt(end) === 51) {
          tokens.push(makeToken('emoticon', i, end + 1, '<3', nl));
          i = end + 1;
        } else {
          tokens.push(makeToken('punct', i, end, ENTITY_CHARS.get(name) ?? '&', nl));
          i = end;
        }
        nl = false;
        continue;
      }
    }
    if (c < 128 && isEmoticonStart(c)) {
      const end = matchEmoticon(text, i);
      if (end > i) {
        tokens.push(makeToken('emoticon', i, end, text.slice(i, emoticonBaseEnd), nl));
        nl = false;
        i = end;
        continue;
      }
    }
    if (isPictographic(cp) || isRegionalIndicator(cp) || isEmojiSymbol(cp)) {
      const end = scanEmoji(text, i, cp);
      tokens.push(makeToken('emoji', i, end, emojiNorm(text.slice(i, end)), nl));
      nl = false;
      i = end;
      continue;
    }
    if (isEmojiModifier(cp) || cp === 0x200d || isMark(cp) || (cp >= 0xd800 && cp <= 0xdfff)) {
      i += cpLength(cp);
      continue;
    }
    // punctuation and other symbols
    let j = i + cpLength(cp);
    if (isPunctRunChar(c)) {
      while (j < n && isPunctRunChar(text.charCodeAt(j))) j++;
    } else if (c === 46 || c === 45 || c === 42) {
      while (j < n && text.charCodeAt(j) === c) j++;
    }
    tokens.push(makeToken('punct', i, j, text.slice(i, j), nl));
    nl = false;
    i = j;
  }
  return tokens;
}

/** End of the matched emoticon before repeated mouths (":)))" → ":)"); set by matchEmoticon. */
let emoticonBaseEnd = 0;

/** Match an emoticon at `i`; returns its end (with repeated mouths), or `i` for none. */
function matchEmoticon(text: string, i: number): number {
  const n = text.length;
  if (i > 0) {
    const prev = text.charCodeAt(i - 1);
    const c = text.charCodeAt(i);
    // glued to a word only when it starts with eyes (e.g. "great:)")
    if (isWordChar(prev) && c !== 58 && c !== 59 && c !== 61) return i;
    if (prev >= 48 && prev <= 57) return i; // "1:3", "10:30"
  }
  const max = Math.min(EMOTICON_MAX_LENGTH, n - i);
  for (let len = max; len >= 2; len--) {
    if (!isEmoticon(text.slice(i, i + len))) continue;
    let end = i + len;
    emoticonBaseEnd = end;
    const mouth = text.charCodeAt(end - 1);
    if (!isWordChar(mouth)) while (end < n && text.charCodeAt(end) === mouth) end++;
    if (end < n) {
      const next = codePointAt(text, end);
      if (isWordChar(next)) continue;
    }
    return end;
  }
  return i;
}

function scanWord(text: string, i: number, first: number, nl: boolean, out: Token[]): number {
  const n = text.length;
  const start = i;
  let j = i + cpLength(first);
  let upper = 0;
  let lower = 0;
  let digitsOnly = isDigit(first);
  let hyphen = false;
  let apos = false;
  let plainAscii = first < 128;
  if (first >= 65 && first <= 90) upper++;
  else if (first >= 97 && first <= 122) lower++;
  while (j < n) {
    const c = text.charCodeAt(j);
    const cp = c < 0xd800 ? c : codePointAt(text, j);
    if (isWordChar(cp)) {
      if (!isDigit(cp)) digitsOnly = false;
      if (cp >= 128) plainAscii = false;
      if (cp >= 65 && cp <= 90) upper++;
      else if (cp >= 97 && cp <= 122) lower++;
      j += cpLength(cp);
      continue;
    }
    if (isMark(cp)) {
      plainAscii = false;
      j += cpLength(cp);
      continue;
    }
    if (j + 1 >= n) break;
    const next = codePointAt(text, j + 1);
    if (isApostrophe(c) && isWordChar(next) && !digitsOnly) {
      apos = true;
      j++;
      continue;
    }
    if ((c === 45 || c === 0x2010 || c === 0x2011) && isWordChar(next) && !digitsOnly) {
      hyphen = true;
      j++;
      continue;
    }
    if ((c === 46 || c === 44 || c === 47) && digitsOnly && isDigit(next)) {
      j++;
      continue;
    }
    break;
  }
  const raw = text.slice(start, j);
  if (digitsOnly) {
    out.push(makeToken('number', start, j, raw, nl));
    return j;
  }
  // Compatibility forms (fullwidth "Ｇｏｏｄ", mathematical "𝐠𝐫𝐞𝐚𝐭", ligatures) read as their
  // plain letters for look-up only; offsets still slice the original text.
  let norm = plainAscii
    ? lower === raw.length
      ? raw
      : raw.toLowerCase()
    : raw.normalize('NFKC').toLowerCase();
  if (apos) norm = norm.replace(/[\u2019\u2018\u02bc`\u00b4]/g, "'");
  if (hyphen) norm = norm.replace(/[\u2010\u2011]/g, '-');
  const caps = plainAscii ? upper >= 2 && lower === 0 : isAllCaps(norm, raw);
  out.push(makeToken('word', start, j, norm, nl, caps, hyphen));
  return j;
}

/** ALL-CAPS test for a non-ASCII word: two or more letters, none lower case once normalized. */
function isAllCaps(norm: string, raw: string): boolean {
  const folded = raw.normalize('NFKC');
  return norm.length >= 2 && folded !== norm && folded === folded.toUpperCase();
}
