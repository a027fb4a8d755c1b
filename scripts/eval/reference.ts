/** Fixed reference figures for one set: TextBlob (measured outside) and the target. */
export interface Reference {
  textblob: number;
  target: number;
}

/** Where the TextBlob figures come from (TextBlob cannot run here). */
export const REFERENCE_SOURCE = 'TextBlob figures measured 2026-12-03, from issue 3';

/** TextBlob figures and targets per set, from issue 3. */
export const REFERENCE: Readonly<Record<string, Reference>> = {
  uci_amazon: { textblob: 0.62, target: 0.76 },
  uci_imdb: { textblob: 0.667, target: 0.74 },
  uci_yelp: { textblob: 0.615, target: 0.71 },
  rt_polarity: { textblob: 0.554, target: 0.6 },
  sst2_dev: { textblob: 0.571, target: 0.62 },
  vader_tweets: { textblob: 0.697, target: 0.88 },
  vader_movie_reviews: { textblob: 0.414, target: 0.48 },
  subjectivity: { textblob: 0.604, target: 0.7 },
};

/** The peers' figures as measured in issue 3 (npm sentiment, wink, vader), for comparison. */
export const ISSUE_PEER_FIGURES: Readonly<Record<string, readonly (number | null)[]>> = {
  uci_amazon: [0.634, 0.705, 0.677],
  uci_imdb: [0.659, 0.666, 0.69],
  uci_yelp: [0.607, 0.628, 0.644],
  rt_polarity: [0.504, 0.524, 0.55],
  sst2_dev: [0.544, 0.557, 0.561],
  // biome-ignore lint/suspicious/noApproximativeNumericConstant: a measured figure, not ln 2
  vader_tweets: [0.693, 0.774, 0.879],
  vader_movie_reviews: [0.421, 0.426, 0.423],
  subjectivity: [0.582, null, 0.583],
};
