/** Overall verdict for a text or a sentence. */
export type SentimentLabel = 'POSITIVE' | 'NEGATIVE' | 'NEUTRAL' | 'MIXED';

/** A token that contributed to the score. Offsets are UTF-16 code units into the input. */
export interface ScoredWord {
  /** The text as it appears in the input: `text.slice(offset, offset + length)`. */
  token: string;
  offset: number;
  length: number;
  /** Lexicon value of the word (AFINN scale, -5..5). */
  valence: number;
  /** What the word added to the score after the rules (negation, intensifiers, ...). */
  contribution: number;
}

/** The analysis of one sentence. Offsets are UTF-16 code units into the input. */
export interface SentenceSentiment {
  text: string;
  offset: number;
  length: number;
  polarity: number;
  subjectivity: number;
  label: SentimentLabel;
}

/** Full result for one text. */
export interface SentimentAnalysis {
  /** [-1, 1]; < 0 negative, > 0 positive, 0 when nothing expresses sentiment. */
  polarity: number;
  /** [0, 1]; 0 factual, 1 opinion. */
  subjectivity: number;
  label: SentimentLabel;
  /** AFINN-style sum of contributions after the rules. */
  score: number;
  /** score / number of word tokens (0 for no tokens). */
  comparative: number;
  /** Sum of |contribution|. */
  magnitude: number;
  words: ScoredWord[];
  sentences: SentenceSentiment[];
}

/** A per-request lexicon entry; `word` may hold spaces (a phrase). Valence in [-5, 5]. */
export interface LexiconEntry {
  word: string;
  valence: number;
}

export interface AnalysisOptions {
  /** Extra or overriding valences, for this call only. Never changes the shared lexicon. */
  lexicon?: readonly LexiconEntry[];
  /**
   * `false`: return `words` and `sentences` empty, for callers that need only the document's
   * numbers (the rest of the result is the same). Saves the per-sentence work and, in big
   * batches, the memory the details would hold until the batch ends. Default `true`.
   */
  details?: boolean;
}
