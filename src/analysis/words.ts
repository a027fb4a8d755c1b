/**
 * Small closed-class word lists used by the rules (written here, not lexicon data).
 * All keys are normalized (lower case, straight apostrophes).
 */

/** Words that negate what follows, within a scope (see rules.ts). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'nowhere',
  'without',
  'hardly',
  'barely',
  'scarcely',
  'rarely',
  'seldom',
  'lack',
  'lacks',
  'lacked',
  'lacking',
  'cannot',
  "n't",
  'nt',
  // unapostrophized contractions
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'cant',
  'couldnt',
  'wont',
  'wouldnt',
  'shouldnt',
  'hasnt',
  'havent',
  'hadnt',
  'aint',
  'mustnt',
  'neednt',
  'darent',
  'mightnt',
]);

/**
 * Negators that also carry valence of their own ("lacking"): they negate when a sentiment word
 * follows within reach, otherwise they score as words.
 */
export const NEGATING_WORDS: ReadonlySet<string> = new Set(['lack', 'lacks', 'lacked', 'lacking']);

/** Scope of determiner-like negators ("no good", "no problems"): the next words only. */
export const SHORT_SCOPE_NEGATORS: ReadonlySet<string> = new Set(['no', 'without']);

/**
 * Interjections, laughter and affection markers: never negated nor intensified ("not me lol").
 */
export const INTERJECTIONS: ReadonlySet<string> = new Set(
  (
    'lol lmao lmfao rofl haha hahaha hehe hah omg wow yay ugh yuck xd xoxo xo ' +
    'ha yes yeah yep nah meh ok okay please thanks thank'
  ).split(' '),
);

/**
 * Degree adverbs that also are adjectives ("pretty", "super") or that rate by themselves when
 * nothing follows ("it went terribly"): outside a modifier position they score as words.
 * Every other entry of INTENSIFIERS is a pure modifier and never scores alone.
 */
export const SCORING_INTENSIFIERS: ReadonlySet<string> = new Set(
  (
    'pretty super terribly awfully insanely amazingly incredibly unbelievably exceptionally ' +
    'remarkably greatly highly damn real seriously deeply little'
  ).split(' '),
);

/** Modal + perfect ("could have been", "should've") marks an unrealized, often regretted state. */
export const COUNTERFACTUAL_MODALS: ReadonlySet<string> = new Set([
  'could',
  'would',
  'should',
  'might',
  "could've",
  "would've",
  "should've",
  'couldve',
  'wouldve',
  'shouldve',
]);

/** True for a negator, including every "...n't" contraction. */
export function isNegator(norm: string): boolean {
  if (NEGATORS.has(norm)) return true;
  return norm.length > 3 && norm.endsWith("n't");
}

/**
 * Degree modifiers: factor applied to the next sentiment word. > 1 intensifies, < 1 softens.
 */
export const INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ['very', 1.3],
  ['definitely', 1.2],
  ['certainly', 1.2],
  ['surely', 1.1],
  ['really', 1.3],
  ['extremely', 1.5],
  ['incredibly', 1.5],
  ['exceptionally', 1.5],
  ['absolutely', 1.5],
  ['totally', 1.4],
  ['completely', 1.4],
  ['utterly', 1.5],
  ['thoroughly', 1.4],
  ['truly', 1.3],
  ['highly', 1.3],
  ['hugely', 1.4],
  ['immensely', 1.5],
  ['remarkably', 1.3],
  ['especially', 1.3],
  ['particularly', 1.2],
  ['most', 1.3],
  ['more', 1.1],
  ['so', 1.3],
  ['too', 1.2],
  ['such', 1.2],
  ['quite', 1.1],
  ['pretty', 1.1],
  ['super', 1.4],
  ['mega', 1.4],
  ['damn', 1.3],
  ['freaking', 1.3],
  ['fucking', 1.5],
  ['deeply', 1.3],
  ['seriously', 1.3],
  ['terribly', 1.4],
  ['awfully', 1.3],
  ['insanely', 1.4],
  ['amazingly', 1.3],
  ['unbelievably', 1.5],
  ['enormously', 1.5],
  ['entirely', 1.3],
  ['fully', 1.2],
  ['greatly', 1.3],
  ['overly', 1.2],
  ['real', 1.2],
  ['way', 1.2],
  ['slightly', 0.6],
  ['somewhat', 0.6],
  ['fairly', 0.8],
  ['rather', 0.8],
  ['mildly', 0.6],
  ['marginally', 0.5],
  ['partly', 0.6],
  ['almost', 0.7],
  ['nearly', 0.7],
  ['kinda', 0.6],
  ['sorta', 0.6],
  ['occasionally', 0.7],
  ['less', 0.6],
  ['little', 0.7],
]);

/** Multi-word degree modifiers (a word they hold, like "kind", does not score there). */
export const MODIFIER_PHRASES: ReadonlyArray<readonly [readonly string[], number]> = [
  [['kind', 'of'], 0.6],
  [['sort', 'of'], 0.6],
  [['a', 'bit'], 0.7],
  [['a', 'little'], 0.7],
  [['a', 'little', 'bit'], 0.6],
  [['a', 'tad'], 0.7],
  [['to', 'some', 'extent'], 0.7],
  [['more', 'or', 'less'], 0.7],
  [['a', 'lot'], 1.2],
  [['by', 'far'], 1.3],
  [["couldn't", 'be', 'more'], 1.5],
  [['could', 'not', 'be', 'more'], 1.5],
  [['could', "n't", 'be', 'more'], 1.5],
  [["can't", 'be', 'more'], 1.5],
];

/** Words that shift weight from what precedes to what follows ("..., but ..."). */
export const CONTRAST_AFTER: ReadonlySet<string> = new Set([
  'but',
  'however',
  'nevertheless',
  'nonetheless',
]);

/** Words that open a conceded clause, weaker than the main clause ("although ..., ..."). */
export const CONCESSIVE: ReadonlySet<string> = new Set([
  'although',
  'though',
  'despite',
  'whereas',
  'albeit',
]);
