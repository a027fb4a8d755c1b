/**
 * Closed-class word lists for grammar checks and style markers: "like" as a verb, hedges,
 * person, deixis, comparison, function words, desire words. All keys are normalized.
 */

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
