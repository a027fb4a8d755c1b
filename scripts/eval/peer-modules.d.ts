/** Minimal local typings for the untyped peer analyzers used by the evaluation. */

declare module 'vader-sentiment' {
  /** VADER's four scores for one text. */
  export interface VaderScores {
    neg: number;
    neu: number;
    pos: number;
    /** Normalized sum in [-1, 1]. */
    compound: number;
  }
  /** The VADER analyzer (JavaScript port of vaderSentiment). */
  export const SentimentIntensityAnalyzer: {
    polarity_scores(text: string): VaderScores;
  };
  const vader: { SentimentIntensityAnalyzer: typeof SentimentIntensityAnalyzer };
  export default vader;
}

declare module 'wink-sentiment' {
  /** Result of wink-sentiment for one text. */
  export interface WinkResult {
    score: number;
    /** Score normalized to about -5..5. */
    normalizedScore: number;
  }
  /** Analyze one text. */
  export default function winkSentiment(text: string): WinkResult;
}
