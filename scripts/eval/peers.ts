import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import winkSentiment from 'wink-sentiment';
import type { SetKind } from './datasets.js';
import type { Predictions } from './metrics.js';

/** A peer analyzer run in-process: its predictions for a set's texts. */
export interface Peer {
  name: string;
  /** How its output is mapped to polarity / subjectivity (printed under the table). */
  method: string;
  predict(texts: readonly string[], kind: SetKind): Predictions;
}

const npmSentiment = new Sentiment();

/**
 * The peers, each mapped to a polarity proxy:
 * - npm `sentiment`: sign of `score` for binary sets, `comparative` for Pearson, and the share
 *   of tokens found in its lexicon (`words.length / tokens.length`) as the subjectivity proxy
 *   (it has no subjectivity; this proxy reproduces issue 3's 0.582, |`comparative`| gives 0.558);
 * - `wink-sentiment`: `normalizedScore` (no subjectivity: n/a);
 * - `vader-sentiment`: `compound`, and 1 − `neu` as the subjectivity proxy.
 */
export const PEERS: readonly Peer[] = [
  {
    name: 'npm sentiment',
    method:
      'sign of `score` (binary), `comparative` (Pearson), share of tokens in its lexicon ' +
      '(`words.length / tokens.length`) as subjectivity proxy (|`comparative`| would give ~0.558)',
    predict(texts, kind) {
      const results = texts.map((text) => npmSentiment.analyze(text));
      if (kind === 'binary') return { polarity: results.map((result) => result.score) };
      return {
        polarity: results.map((result) => result.comparative),
        subjectivity: results.map(
          (result) => result.words.length / Math.max(1, result.tokens.length),
        ),
      };
    },
  },
  {
    name: 'wink-sentiment',
    method: '`normalizedScore`; no subjectivity (n/a)',
    predict(texts) {
      return { polarity: texts.map((text) => winkSentiment(text).normalizedScore) };
    },
  },
  {
    name: 'vader-sentiment',
    method: '`compound`; 1 − `neu` for the subjectivity AUC',
    predict(texts) {
      const scores = texts.map((text) => vader.SentimentIntensityAnalyzer.polarity_scores(text));
      return {
        polarity: scores.map((score) => score.compound),
        subjectivity: scores.map((score) => 1 - score.neu),
      };
    },
  },
];
