import { analyze } from '../analysis/analyze.js';
import type {
  ScoredWord as ScoredWordShape,
  SentenceSentiment as SentenceShape,
  SentimentAnalysis as SentimentAnalysisShape,
} from '../analysis/types.js';
import type { AnalysisObserver } from '../analysis-observer.js';
import type { Builder, SchemaLimits } from './builder.js';
import { addOptionsTypes, toAnalyzerOptions } from './options.js';
import { selectsAny } from './selection.js';
import { textSchema } from './text-rules.js';

/** The fields of a SentimentAnalysis that need the analyzer's details. */
export const DETAILS: ReadonlySet<string> = new Set(['words', 'sentences']);

/** Output types of one analysis, and the `analyzeSentiment` query. */
export function addSentimentTypes(
  builder: Builder,
  limits: SchemaLimits,
  observer: AnalysisObserver,
) {
  const SentimentLabel = builder.enumType('SentimentLabel', {
    description: 'Overall verdict for a text or a sentence.',
    values: {
      POSITIVE: { description: 'Clearly positive overall.' },
      NEGATIVE: { description: 'Clearly negative overall.' },
      NEUTRAL: { description: 'Nothing expresses sentiment, or it is negligible.' },
      MIXED: {
        description:
          'Clearly positive and clearly negative sentences or clauses whose overall polarity is weak.',
      },
    } as const,
  });

  const ScoredWord = builder.objectRef<ScoredWordShape>('ScoredWord').implement({
    description: 'A token (word, phrase, emoji or emoticon) that contributed to the score.',
    fields: (t) => ({
      token: t.exposeString('token', {
        description: 'The token as written: `text.slice(offset, offset + length)`.',
      }),
      offset: t.exposeInt('offset', {
        description: 'Start in the input text, in UTF-16 code units (JavaScript string index).',
      }),
      length: t.exposeInt('length', { description: 'Length in UTF-16 code units.' }),
      valence: t.exposeFloat('valence', {
        description: 'Lexicon value of the token, from -5 to 5 (AFINN scale).',
      }),
      contribution: t.exposeFloat('contribution', {
        description:
          'What the token added to `score` after the rules (negation, intensifiers, contrast, ...).',
      }),
    }),
  });

  const SentenceSentiment = builder.objectRef<SentenceShape>('SentenceSentiment').implement({
    description: 'The analysis of one sentence of the text.',
    fields: (t) => ({
      text: t.exposeString('text', { description: 'The sentence as written.' }),
      offset: t.exposeInt('offset', {
        description: 'Start in the input text, in UTF-16 code units.',
      }),
      length: t.exposeInt('length', { description: 'Length in UTF-16 code units.' }),
      polarity: t.exposeFloat('polarity', {
        description: 'Polarity of the sentence, from -1 to 1.',
      }),
      subjectivity: t.exposeFloat('subjectivity', {
        description: 'Subjectivity of the sentence, from 0 (factual) to 1 (opinion).',
      }),
      label: t.field({
        type: SentimentLabel,
        description: 'Verdict for the sentence.',
        resolve: (sentence) => sentence.label,
      }),
    }),
  });

  const SentimentAnalysis = builder
    .objectRef<SentimentAnalysisShape>('SentimentAnalysis')
    .implement({
      description: 'How positive or negative a text is, how opinionated, and why.',
      fields: (t) => ({
        polarity: t.exposeFloat('polarity', {
          description:
            'From -1 (most negative) to 1 (most positive); 0 when nothing expresses sentiment. Bounded without saturating on long texts.',
        }),
        subjectivity: t.exposeFloat('subjectivity', {
          description: 'From 0 (factual) to 1 (opinion).',
        }),
        label: t.field({
          type: SentimentLabel,
          description: 'Verdict derived from the sentences and the polarity.',
          resolve: (analysis) => analysis.label,
        }),
        score: t.exposeFloat('score', {
          description: 'AFINN-style sum of the scored tokens after the rules (negation, ...).',
        }),
        comparative: t.exposeFloat('comparative', {
          description: '`score` divided by the number of word tokens (0 when there are none).',
        }),
        magnitude: t.exposeFloat('magnitude', {
          description:
            'Total strength regardless of sign: the sum of |contribution|. Never negative.',
        }),
        words: t.field({
          type: [ScoredWord],
          description: 'Every token that contributed, in text order.',
          resolve: (analysis) => analysis.words,
        }),
        sentences: t.field({
          type: [SentenceSentiment],
          description: 'Each sentence with its own polarity, subjectivity and label.',
          resolve: (analysis) => analysis.sentences,
        }),
      }),
    });

  const { AnalysisOptions } = addOptionsTypes(builder);

  builder.queryField('analyzeSentiment', (t) =>
    t.field({
      type: SentimentAnalysis,
      description: 'Analyze the sentiment of one English text.',
      args: {
        text: t.arg.string({
          required: true,
          description: `The text to analyze: not blank, at most ${limits.maxTextLength} characters.`,
          validate: textSchema(limits.maxTextLength),
        }),
        options: t.arg({
          type: AnalysisOptions,
          required: false,
          description: 'Per-request options, such as extra word valences.',
        }),
      },
      resolve: (_root, args, context, info) => {
        const analysis = analyze(args.text, {
          ...toAnalyzerOptions(args.options),
          details: selectsAny(info, [], DETAILS),
        });
        (context.analysisObserver ?? observer).onAnalyzed('analyzeSentiment', 1, []);
        return analysis;
      },
    }),
  );

  return { SentimentAnalysis, AnalysisOptions };
}
