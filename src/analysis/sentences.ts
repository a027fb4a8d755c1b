/**
 * Sentence splitting on the token stream: ends at "." (not after an abbreviation or an
 * initial), at runs of "!" / "?", at an ellipsis followed by a capital, and at line breaks.
 * Closing quotes/brackets, emoji and emoticons right after the end stay with the sentence.
 */
import type { Token } from './tokenize.js';

/** A sentence as a half-open range of token indexes. */
export interface SentenceRange {
  from: number;
  to: number;
}

const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'prof',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'vol',
  'fig',
  'approx',
  'dept',
  'est',
  'gen',
  'gov',
  'sgt',
  'capt',
  'lt',
  'col',
  'rev',
  'mt',
  'ft',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ie',
  'eg',
  'cf',
  'al',
  'min',
  'max',
]);

const CLOSERS: ReadonlySet<string> = new Set([
  '"',
  "'",
  ')',
  ']',
  '}',
  '\u201d',
  '\u2019',
  '\u00bb',
]);

/** A closing quote or bracket; a straight quote only when no word follows it directly. */
function isCloser(text: string, t: Token): boolean {
  if (!CLOSERS.has(t.norm)) return false;
  if (t.norm !== '"' && t.norm !== "'") return true;
  const c = text.charCodeAt(t.end);
  return !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57));
}

function isAbbreviationDot(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const dot = tokens[i];
  if (!prev || !dot || prev.end !== dot.start || prev.kind !== 'word') return false;
  if (prev.end - prev.start === 1) return true; // initials: "U.S.", "e.g.", "J. Smith"
  if (ABBREVIATIONS.has(prev.norm)) {
    const next = tokens[i + 1];
    // "No. 5" but "No. I hated it."; "etc." ends a sentence at the end of a line.
    if (prev.norm === 'no') return next !== undefined && next.kind === 'number';
    if (prev.norm === 'etc') return next !== undefined && !next.nl;
    return true;
  }
  return false;
}

function startsUpper(text: string, t: Token | undefined): boolean {
  if (!t) return true;
  if (t.kind !== 'word') return true;
  const c = text.charCodeAt(t.start);
  return c >= 65 && c <= 90;
}

/** True for a punctuation token that ends a sentence at `i`. */
function endsSentence(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'punct') return false;
  const c = t.norm.charCodeAt(0);
  if (c === 33 || c === 63) return true; // ! ?
  if (c === 0x2026) return startsUpper(text, tokens[i + 1]);
  if (c === 46) {
    if (t.norm.length > 1) return startsUpper(text, tokens[i + 1]);
    return !isAbbreviationDot(tokens, i);
  }
  return false;
}

/** Group tokens into sentences. */
export function splitSentences(text: string, tokens: readonly Token[]): SentenceRange[] {
  const out: SentenceRange[] = [];
  let from = 0;
  let i = 0;
  const n = tokens.length;
  while (i < n) {
    const t = tokens[i];
    if (!t) break;
    if (t.nl && i > from) {
      out.push({ from, to: i });
      from = i;
    }
    if (endsSentence(text, tokens, i)) {
      let j = i + 1;
      while (j < n) {
        const u = tokens[j];
        if (!u || u.nl) break;
        const absorb =
          (u.kind === 'punct' && (isCloser(text, u) || endsSentence(text, tokens, j))) ||
          u.kind === 'emoji' ||
          u.kind === 'emoticon';
        if (!absorb) break;
        j++;
      }
      out.push({ from, to: j });
      from = j;
      i = j;
      continue;
    }
    i++;
  }
  if (from < n) out.push({ from, to: n });
  return out;
}
