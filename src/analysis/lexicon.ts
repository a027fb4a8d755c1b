/**
 * The shared lexicon, built once at module load and never mutated afterwards.
 *
 * Sources (all valences on the AFINN scale, -5..5):
 * - AFINN-165 from the `sentiment` package (MIT), words and its few phrases;
 * - the emoji valences built into the `sentiment` package (data: Emoji Sentiment Ranking 1.0,
 *   Kralj Novak et al. 2015);
 * - the VADER lexicon from `vader-sentiment` (MIT lexicon, Apache-2.0 port), scaled from its
 *   -4..4 range; it brings emoticons, slang and words AFINN lacks;
 * - the adjective lexicon of CLiPS Pattern (BSD-3-Clause; the one TextBlob uses), as shipped in
 *   `natural` (MIT), for the words the two above lack: polarity -1..1 scaled to PATTERN_SCALE,
 *   and its subjectivity ratings feed the subjectivity estimate. Optional: if `natural` is not
 *   installed the analyzer still works, with less coverage;
 * - ML-SentiCon (Cruz et al. 2014), the English sentiment lexicon shipped in `natural` (MIT),
 *   at a low weight (SENTICON_SCALE) for words none of the above rate; optional like Pattern;
 * - a short list of multi-word expressions written here (./phrases.ts), and a few common
 *   evaluative words the sources miss (EXTRA_WORDS there).
 * All tables are `Map`s: a word such as "constructor" or "__proto__" can never reach
 * `Object.prototype`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FUNCTION_WORDS } from './markers.js';
import { EXTRA_PHRASES, EXTRA_WORDS } from './phrases.js';

/** A multi-word lexicon entry: normalized words after the first, and its valence. */
export interface Phrase {
  rest: readonly string[];
  valence: number;
}

/** VADER rates on -4..4; AFINN on -5..5. */
const VADER_SCALE = 1.25;
/** Weight of AFINN where both lexicons rate a word (the rest goes to VADER). */
const AFINN_WEIGHT = 0.5;
/** Pattern rates polarity on -1..1; this maps it onto the AFINN scale. */
const PATTERN_SCALE = 2;
/**
 * ML-SentiCon is built automatically from WordNet and so less reliable: its words weigh little,
 * enough to decide texts that nothing else rates, not to outweigh the curated lexicons.
 */
const SENTICON_SCALE = 0.3;
/** ML-SentiCon entries weaker than this (on -1..1) are left out. */
const SENTICON_MIN_POLARITY = 0.25;
/** Pattern entries weaker than this carry no polarity here. */
const PATTERN_MIN_POLARITY = 0.1;
/** Pattern entries rated less subjective than this are descriptive, not evaluative. */
const PATTERN_MIN_SUBJECTIVITY = 0;
/**
 * Descriptive adjectives of quantity, size, time, order and state that Pattern rates but that
 * describe rather than evaluate ("more", "half", "black"): never scored from Pattern or
 * ML-SentiCon.
 */
const DESCRIPTIVE: ReadonlySet<string> = new Set(
  (
    'more most many much few least less little whole full half very enough several such mere only ' +
    'same other own next first last black white pink red blue green yellow brown grey gray'
  ).split(' '),
);

const load = createRequire(import.meta.url);
// JSON through require(): ESM JSON imports are not handled alike by every loader (tsx turns
// the keys into variable names, and AFINN has "await").
const afinn: unknown = load('sentiment/languages/en/labels.json');
const emoji: unknown = load('sentiment/build/emoji.json');

function loadVader(): Map<string, number> {
  const file = load.resolve('vader-sentiment/vader_lexicon.txt');
  const out = new Map<string, number>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const key = line.slice(0, tab);
    const value = Number.parseFloat(line.slice(tab + 1));
    if (Number.isFinite(value)) out.set(key, value * VADER_SCALE);
  }
  return out;
}

const words = new Map<string, number>();
/** ML-SentiCon ratings, looked up only as a last resort and only for the exact word. */
const weak = new Map<string, number>();
const phrases = new Map<string, Phrase[]>();
const emoticons = new Map<string, number>();
const emojiValence = new Map<string, number>();
const emojiSymbols = new Set<number>();
const emoticonStarts = new Set<number>();
let emoticonMax = 0;

/** Normalize a lexicon key the way the tokenizer normalizes words. */
export function normalizeKey(word: string): string {
  return word
    .trim()
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc`\u00b4]/g, "'")
    .replace(/\s+/g, ' ');
}

/** Add a phrase (already normalized, words separated by single spaces) to a phrase table. */
export function addPhrase(table: Map<string, Phrase[]>, key: string, valence: number): void {
  const parts = splitPhrase(key);
  const head = parts[0];
  if (head === undefined || parts.length < 2) return;
  const rest = parts.slice(1);
  let list = table.get(head);
  if (!list) {
    list = [];
    table.set(head, list);
  }
  const same = list.findIndex((p) => p.rest.join(' ') === rest.join(' '));
  if (same >= 0) list.splice(same, 1);
  list.push({ rest, valence });
  list.sort((a, b) => b.rest.length - a.rest.length);
}

/** Split a phrase into word keys, separating the "n't" clitic like the tokenized corpora do. */
export function splitPhrase(key: string): string[] {
  return key.split(' ').filter((w) => w.length > 0);
}

function isEmoticonKey(key: string): boolean {
  if (key.length < 2 || key.includes(' ')) return false;
  const first = key.charCodeAt(0);
  const alnum = (c: number) =>
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (alnum(first) || first >= 128) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) >= 128) return false;
  return true;
}

/**
 * Western emoticons generated from eyes, nose and mouth, for the ones VADER's list lacks
 * ("=(", ";-D"); VADER's own ratings win where both exist.
 */
function generatedEmoticons(): Map<string, number> {
  const out = new Map<string, number>();
  const mouths: ReadonlyArray<readonly [string, number]> = [
    [')', 2],
    [']', 2],
    ['}', 2],
    ['>', 1.5],
    ['D', 2.5],
    ['P', 1.2],
    ['p', 1.2],
    ['*', 2],
    ['(', -2],
    ['[', -2],
    ['{', -2],
    ['<', -1.5],
    ['/', -1.2],
    ['\\', -1.2],
    ['|', -0.8],
  ];
  for (const eyes of [':', ';', '=']) {
    for (const nose of ['', '-', 'o', '^']) {
      for (const [mouth, v] of mouths) out.set(`${eyes}${nose}${mouth}`, v);
      out.set(`${eyes}'${nose}(`, -2.5);
    }
  }
  return out;
}

interface PatternEntry {
  polarity?: string;
  subjectivity?: string;
  pos?: string;
}

function loadPattern(): Record<string, PatternEntry> {
  try {
    return load('natural/lib/natural/sentiment/English/pattern-sentiment-en.json') as Record<
      string,
      PatternEntry
    >;
  } catch {
    return {};
  }
}

interface SenticonEntry {
  pol?: string;
  pos?: string;
}

function loadSenticon(): Record<string, SenticonEntry> {
  try {
    return load('natural/lib/natural/sentiment/English/senticon_en.json') as Record<
      string,
      SenticonEntry
    >;
  } catch {
    return {};
  }
}

const subjectivity = new Map<string, number>();
/** Words Pattern tags as adjectives (JJ, JJR, JJS). */
const adjectives = new Set<string>();

function build(): void {
  const vader = loadVader();
  const afinnTable = new Map<string, number>(Object.entries(afinn as Record<string, number>));
  for (const [key, value] of afinnTable) {
    if (key.includes(' ')) continue;
    const v = vader.get(key);
    words.set(key, v === undefined ? value : AFINN_WEIGHT * value + (1 - AFINN_WEIGHT) * v);
  }
  for (const [key, value] of vader) {
    if (isEmoticonKey(key)) {
      emoticons.set(key, value);
      emoticonStarts.add(key.charCodeAt(0));
      emoticonMax = Math.max(emoticonMax, key.length);
      continue;
    }
    if (key.includes(' ')) continue;
    if (/^[0-9]+$/.test(key)) continue;
    if (!afinnTable.has(key)) words.set(key, value);
  }
  for (const [key, value] of EXTRA_WORDS) if (!words.has(key)) words.set(key, value);
  for (const [key, entry] of Object.entries(loadPattern())) {
    if (!/^[a-z][a-z'-]*$/.test(key)) continue;
    const pol = Number(entry.polarity);
    const subj = Number(entry.subjectivity);
    if (Number.isFinite(subj)) subjectivity.set(key, subj);
    if (entry.pos?.startsWith('JJ')) adjectives.add(key);
    if (words.has(key) || DESCRIPTIVE.has(key) || !(subj >= PATTERN_MIN_SUBJECTIVITY)) continue;
    if (Number.isFinite(pol) && Math.abs(pol) >= PATTERN_MIN_POLARITY) {
      words.set(key, pol * PATTERN_SCALE);
    }
  }
  for (const [key, entry] of Object.entries(loadSenticon())) {
    const pol = Number(entry.pol);
    if (words.has(key) || DESCRIPTIVE.has(key) || FUNCTION_WORDS.has(key)) continue;
    // Only adjectives and adverbs: nouns and verbs mostly name things and events ("arrived"),
    // and their automatic ratings are the least reliable.
    if (entry.pos !== 'a' && entry.pos !== 'r') continue;
    if (!/^[a-z][a-z'-]+$/.test(key)) continue;
    if (Number.isFinite(pol) && Math.abs(pol) >= SENTICON_MIN_POLARITY) {
      weak.set(key, pol * SENTICON_SCALE);
    }
  }
  for (const [key, value] of generatedEmoticons()) {
    if (emoticons.has(key)) continue;
    emoticons.set(key, value);
    emoticonStarts.add(key.charCodeAt(0));
    emoticonMax = Math.max(emoticonMax, key.length);
  }
  for (const [key, value] of afinnTable) {
    if (key.includes(' ') && value !== 0) addPhrase(phrases, normalizeKey(key), value);
  }
  for (const [key, value] of vader) {
    if (key.includes(' ') && !isEmoticonKey(key)) addPhrase(phrases, normalizeKey(key), value);
  }
  for (const [key, value] of EXTRA_PHRASES) addPhrase(phrases, key, value);
  for (const [key, value] of Object.entries(emoji as Record<string, number>)) {
    const norm = key.replace(/[\ufe0f\ufe0e]/g, '');
    emojiValence.set(norm, value);
    const cp = norm.codePointAt(0);
    if (cp !== undefined && norm.length <= 2) emojiSymbols.add(cp);
  }
}

build();

export const EMOTICON_MAX_LENGTH = emoticonMax;

/** The shared single-word table (read-only by convention; never mutate). */
export const SHARED_WORDS: ReadonlyMap<string, number> = words;
/** The weak (ML-SentiCon) table: exact words only, after every other look-up failed. */
export const WEAK_WORDS: ReadonlyMap<string, number> = weak;
/** The shared phrase table keyed by first word. */
export const SHARED_PHRASES: ReadonlyMap<string, readonly Phrase[]> = phrases;

/** Pattern's subjectivity rating of an adjective (0 factual .. 1 opinion), if rated. */
export function patternSubjectivity(word: string): number | undefined {
  return subjectivity.get(word);
}

/** Pattern tags the word as an adjective ("good", "happy"; not "quality", "support"). */
export function isAdjective(word: string): boolean {
  return adjectives.has(word);
}

export function isEmoticonStart(c: number): boolean {
  return emoticonStarts.has(c);
}

export function isEmoticon(s: string): boolean {
  return emoticons.has(s);
}

export function emoticonValence(s: string): number {
  return emoticons.get(s) ?? 0;
}

/** A single code point that the emoji table rates although it is no pictograph (★, ♡, █). */
export function isEmojiSymbol(cp: number): boolean {
  return emojiSymbols.has(cp);
}

/** Valence of an emoji sequence: the whole sequence, else its base (first ZWJ component). */
export function emojiValenceOf(norm: string): number {
  const whole = emojiValence.get(norm);
  if (whole !== undefined) return whole;
  // A ZWJ sequence the table lacks reads as its base ("🏳️‍🌈" is a flag, "👩‍🍳" a person).
  const zwj = norm.indexOf('\u200d');
  return zwj > 0 ? (emojiValence.get(norm.slice(0, zwj)) ?? 0) : 0;
}
