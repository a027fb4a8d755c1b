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

/**
 * "like" is a sentiment verb only after a subject or an auxiliary ("I like", "would like");
 * elsewhere it is a preposition or filler ("looks like a toy").
 */
export const LIKE_VERB_CONTEXT: ReadonlySet<string> = new Set([
  'i',
  'we',
  'you',
  'they',
  'he',
  'she',
  'who',
  'people',
  'really',
  'also',
  'still',
  'just',
  'totally',
  'definitely',
  'truly',
  'do',
  'does',
  'did',
  "don't",
  "didn't",
  "doesn't",
  "n't",
  'dont',
  'didnt',
  'doesnt',
  'not',
  'would',
  "i'd",
  "we'd",
  "you'd",
  "they'd",
  'will',
  "'ll",
  "i'll",
  'may',
  'might',
  'to',
  'kids',
  'everyone',
  'everybody',
]);

/** Hedges and epistemic markers: signs of an opinion rather than a report. */
export const HEDGES: ReadonlySet<string> = new Set([
  'think',
  'thought',
  'believe',
  'feel',
  'felt',
  'guess',
  'seems',
  'seem',
  'seemed',
  'probably',
  'maybe',
  'perhaps',
  'apparently',
  'arguably',
  'surely',
  'certainly',
  'definitely',
  'clearly',
  'obviously',
  'honestly',
  'frankly',
  'should',
  'would',
  'could',
  'must',
  'might',
  'opinion',
  'recommend',
  'imo',
  'imho',
]);

/** First- and second-person pronouns: the writer speaking or addressing the reader. */
export const PERSONAL: ReadonlySet<string> = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'im',
  'ive',
  'we',
  'us',
  'our',
  "we're",
  'you',
  'your',
  "you're",
  "you'll",
  "you'd",
  'yourself',
]);

/** Third-person pronouns: a narrative or a report about others. */
export const THIRD_PERSON: ReadonlySet<string> = new Set(
  'he she his her him they them their himself herself themselves'.split(' '),
);

/** Subjects after which a verb in -s / -ed narrates ("he discovers", "they decided"). */
export const NARRATIVE_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'who']);

/** Deictic reference to the object under discussion. */
export const DEICTIC: ReadonlySet<string> = new Set(['this', 'it', 'its', "it's"]);

/** Comparison markers besides "-est" forms. */
export const COMPARATIVE: ReadonlySet<string> = new Set(['than', 'most', 'least']);

/**
 * English function words (prepositions, particles, determiners, pronouns, auxiliaries,
 * conjunctions) and the commonest light verbs: never rated by the automatically built lexicon.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those all any some each every both either neither no none ' +
    'in on at by for from to of off up out over under into onto upon about above below ' +
    'after before since until through across along around among against between beyond ' +
    'down near past per via with within without and or but nor so yet if then than as ' +
    'be am is are was were been being do does did done have has had having go goes went ' +
    'gone get gets got make makes made take takes took come comes came say says said ' +
    'i me my we us our you your he him his she her it its they them their who whom whose ' +
    'which what when where why how here there now just also even still only very too ' +
    'men man women woman people thing things way ways time times day days yes'
  ).split(' '),
);

/**
 * Desire and request words ("hope", "wish", "please"): they voice a want, not a state, and
 * count at IRREALIS_FACTOR of their lexicon valence.
 */
export const DESIDERATIVE: ReadonlySet<string> = new Set(
  'hope hopes hoped hoping hopefully wish wishes wished wishing want wants wanted please pls plz'.split(
    ' ',
  ),
);
