import type { AnalysisOptions, SentimentAnalysis } from './types.js';

/**
 * Analyze the sentiment of one English text.
 * TEMPORARY STUB: replaced by the real analyzer.
 */
export function analyze(text: string, _options: AnalysisOptions = {}): SentimentAnalysis {
  return {
    polarity: 0,
    subjectivity: 0,
    label: 'NEUTRAL',
    score: 0,
    comparative: 0,
    magnitude: 0,
    words: [],
    sentences: [
      { text, offset: 0, length: text.length, polarity: 0, subjectivity: 0, label: 'NEUTRAL' },
    ],
  };
}
