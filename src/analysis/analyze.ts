import { labelOf, polarityOf } from './label.js';
import { addPhrase, normalizeKey, type Phrase } from './lexicon.js';
import {
  CONTRAST_BEFORE,
  NEGATION_FACTOR,
  NEGATION_FACTOR_NEGATIVE,
  newFeatures,
  type Overlay,
  type RuleContext,
  wordValence,
} from './rules.js';
import { scoreSentence } from './scoring.js';
import { splitSentences } from './sentences.js';
import { addFeatures, subjectivityOf } from './subjectivity.js';
import { type Token, tokenize } from './tokenize.js';
import type {
  AnalysisOptions,
  LexiconEntry,
  ScoredWord,
  SentenceSentiment,
  SentimentAnalysis,
} from './types.js';

const EMOJI_DECORATION = /[\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}]/gu;

/** Build the per-request tables; the shared lexicon is never touched. */
function buildOverlay(entries: readonly LexiconEntry[] | undefined): Overlay | undefined {
  if (!entries || entries.length === 0) return undefined;
  const words = new Map<string, number>();
  const phrases = new Map<string, Phrase[]>();
  for (const entry of entries) {
    if (!entry || typeof entry.word !== 'string' || typeof entry.valence !== 'number') continue;
    if (!Number.isFinite(entry.valence)) continue;
    const valence = Math.max(-5, Math.min(5, entry.valence));
    // Emoji keys drop variation selectors and skin tones, like the tokenizer does.
    const key = normalizeKey(entry.word).replace(EMOJI_DECORATION, '');
    if (key.length === 0) continue;
    if (key.includes(' ')) addPhrase(phrases, key, valence);
    else words.set(key, valence);
  }
  return { words, phrases };
}

const HYPHENS = new Set([45, 0x2010, 0x2011]);

/** Split hyphenated words the lexicon does not know into their parts ("slow-moving"). */
function expandHyphens(text: string, tokens: Token[], overlay: Overlay | undefined): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.kind === 'word' && t.hyphen && wordValence(overlay, t.norm) === 0) {
      out ??= tokens.slice(0, i);
      let s = t.start;
      let first = true;
      for (let j = t.start; j <= t.end; j++) {
        if (j === t.end || HYPHENS.has(text.charCodeAt(j))) {
          if (j > s) {
            const raw = text.slice(s, j);
            out.push({
              kind: 'word',
              start: s,
              end: j,
              norm: normalizeKey(raw),
              caps: raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase(),
              nl: first && t.nl,
              hyphen: false,
            });
            first = false;
          }
          s = j + 1;
        }
      }
    } else if (out) {
      out.push(t);
    }
  }
  return out ?? tokens;
}

/** Subjects and auxiliaries of an elliptic denial ("it wasn't", "that is not", "they didn't"). */
const ELLIPSIS_SUBJECTS: ReadonlySet<string> = new Set(
  'it this that they he she i you we'.split(' '),
);
const ELLIPSIS_AUXILIARIES: ReadonlySet<string> = new Set(
  'is was are were does did do has have had will would could can am'.split(' '),
);
/** Short answers that deny on their own ("No.", "Not at all.", "Nope."). */
const DENIALS: ReadonlySet<string> = new Set([
  'no',
  'nope',
  'nah',
  'not',
  'not at all',
  'not really',
  'not quite',
  'no way',
  'hardly',
]);

/**
 * A sentence that only denies: "No.", "Not at all.", or subject + auxiliary + negator with the
 * predicate left out ("It wasn't.", "It was not.", "They didn't.").
 */
function isEllipticDenial(tokens: readonly Token[], from: number, to: number): boolean {
  const ws: string[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) return false;
    if (t.kind === 'punct') continue;
    if (t.kind !== 'word' || ws.length >= 3) return false;
    ws.push(t.norm);
  }
  if (ws.length === 0) return false;
  if (DENIALS.has(ws.join(' '))) return true;
  const [subject, aux, neg] = ws;
  if (subject === undefined || aux === undefined || !ELLIPSIS_SUBJECTS.has(subject)) return false;
  if (neg === undefined) {
    // "It wasn't.": one contracted auxiliary.
    return (
      aux.endsWith("n't") && ELLIPSIS_AUXILIARIES.has(aux.slice(0, -3).replace(/^wo$/, 'will'))
    );
  }
  return ELLIPSIS_AUXILIARIES.has(aux) && (neg === 'not' || neg === "n't");
}

function hasLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * Analyze the sentiment of one English text. Pure: no I/O, the shared lexicon is read-only,
 * `options.lexicon` applies to this call only. Linear in the length of the text.
 *
 * Pipeline: tokenize (UTF-16 offsets kept) → split sentences → per sentence, look words,
 * phrases, emoji and emoticons up and apply the rules (negation scope, degree modifiers, caps,
 * elongation, contrast/concession, counterfactuals, "!" and "?") → sum contributions.
 * - `polarity` = (P − N) / (P + N + POLARITY_DAMPING) over positive/negative contributions
 *   (see label.ts): tracks the balance, bounded, 0 when nothing scores.
 * - `subjectivity`: logistic model over opinion vs. report markers (see subjectivity.ts).
 * - `label`: MIXED when clearly positive and clearly negative clauses meet a weak overall
 *   polarity, else NEUTRAL below NEUTRAL_THRESHOLD, else by sign (see label.ts).
 */
export function analyze(text: string, options: AnalysisOptions = {}): SentimentAnalysis {
  const input = typeof text === 'string' ? text : '';
  const details = options?.details !== false;
  const overlay = buildOverlay(options?.lexicon);
  const tokens = expandHyphens(input, tokenize(input), overlay);
  const ctx: RuleContext = { text: input, tokens, overlay, mixedCase: hasLowerCase(input) };
  const ranges = splitSentences(input, tokens);

  const words: ScoredWord[] = [];
  const sentences: SentenceSentiment[] = [];
  const allClauses: number[] = [];
  const features = newFeatures();
  let opposed = false;
  let prevHits: { contribution: number }[] = [];

  for (const range of ranges) {
    const first = tokens[range.from];
    const last = tokens[range.to - 1];
    if (!first || !last) continue;
    const sc = scoreSentence(ctx, range.from, range.to);
    if (details) {
      let pos = 0;
      let neg = 0;
      for (const h of sc.hits) {
        if (h.contribution > 0) pos += h.contribution;
        else neg -= h.contribution;
      }
      const polarity = polarityOf(pos, neg);
      sentences.push({
        text: input.slice(first.start, last.end),
        offset: first.start,
        length: last.end - first.start,
        polarity,
        subjectivity: subjectivityOf(sc.features),
        label: labelOf(polarity, sc.clauses, sc.opposed),
      });
    }
    // "But ..." / "However, ..." opening a sentence discounts the sentence before it.
    if (sc.leadContrast) for (const h of prevHits) h.contribution *= CONTRAST_BEFORE;
    // "I thought it would be good. It wasn't." / "Worth it? No.": an elliptic denial negates
    // the evaluation of the sentence before it.
    if (
      sc.hits.length === 0 &&
      prevHits.length > 0 &&
      isEllipticDenial(tokens, range.from, range.to)
    ) {
      for (const h of prevHits) {
        h.contribution *= h.contribution > 0 ? NEGATION_FACTOR : NEGATION_FACTOR_NEGATIVE;
      }
    }
    for (const h of sc.hits) words.push(h);
    prevHits = sc.hits;
    for (const c of sc.clauses) allClauses.push(c);
    opposed ||= sc.opposed;
    addFeatures(features, sc.features);
  }

  let pos = 0;
  let neg = 0;
  for (const w of words) {
    if (w.contribution > 0) pos += w.contribution;
    else neg -= w.contribution;
  }
  const score = pos - neg;
  const polarity = polarityOf(pos, neg);
  return {
    polarity,
    subjectivity: subjectivityOf(features),
    label: labelOf(polarity, allClauses, opposed),
    score,
    comparative: features.words > 0 ? score / features.words : 0,
    magnitude: pos + neg,
    // The hits were needed above (the totals); without details they are not kept.
    words: details ? words : [],
    sentences,
  };
}
