import { GraphQLError } from 'graphql';
import { z } from 'zod';
import {
  analyzeBatchCooperatively,
  type BatchAnalysis as BatchAnalysisShape,
  type BatchSummary as BatchSummaryShape,
  type DocumentResult as DocumentResultShape,
} from '../analysis/batch.js';
import type { TextProblem } from '../analysis/text-problem.js';
import type { AnalysisObserver } from '../analysis-observer.js';
import type { Builder, Context, SchemaLimits } from './builder.js';
import { toAnalyzerOptions } from './options.js';
import { selectsAny } from './selection.js';
import type { addSentimentTypes } from './sentiment.js';
import { DETAILS } from './sentiment.js';

type SentimentRefs = ReturnType<typeof addSentimentTypes>;

/** Zod schema for the whole batch: size limits and unique ids, each with its own code. */
export function documentsSchema(maxBatchSize: number, maxBatchTextLength: number) {
  return z.array(z.object({ id: z.string(), text: z.string() })).superRefine((documents, ctx) => {
    if (documents.length === 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'send at least one document',
        params: { code: 'EMPTY_BATCH' },
      });
      return;
    }
    if (documents.length > maxBatchSize) {
      ctx.addIssue({
        code: 'custom',
        message: `${documents.length} documents sent; the limit is ${maxBatchSize} per request. Split the batch.`,
        params: { code: 'BATCH_TOO_LARGE' },
      });
      return;
    }
    const characters = documents.reduce((sum, document) => sum + document.text.length, 0);
    if (characters > maxBatchTextLength) {
      ctx.addIssue({
        code: 'custom',
        message: `the documents hold ${characters} characters together; the limit is ${maxBatchTextLength} per request. Split the batch.`,
        params: { code: 'BATCH_TOO_LARGE' },
      });
      return;
    }
    const seen = new Set<string>();
    const duplicates = new Set<string>();
    for (const { id } of documents) {
      if (seen.has(id)) duplicates.add(id);
      seen.add(id);
    }
    if (duplicates.size > 0) {
      const listed = [...duplicates].slice(0, 5).map((id) => JSON.stringify(id));
      const more = duplicates.size > 5 ? ` and ${duplicates.size - 5} more` : '';
      ctx.addIssue({
        code: 'custom',
        message: `document ids must be unique; repeated: ${listed.join(', ')}${more}`,
        params: { code: 'DUPLICATE_ID' },
      });
    }
  });
}

/**
 * The batch limits hold per request, not per field: aliases of `analyzeSentimentBatch` in one
 * operation share one budget (otherwise 15 aliases of one 10,000-document variable would
 * analyze 150,000 documents and could build a response too large to send).
 */
function chargeBatch(
  context: Context,
  documents: ReadonlyArray<{ text: string }>,
  limits: SchemaLimits,
): void {
  let characters = 0;
  for (const document of documents) characters += document.text.length;
  const spent = context.batchBudget ?? { documents: 0, characters: 0 };
  context.batchBudget = spent;
  const total = {
    documents: spent.documents + documents.length,
    characters: spent.characters + characters,
  };
  if (total.documents > limits.maxBatchSize || total.characters > limits.maxBatchTextLength) {
    throw new GraphQLError(
      `this request's analyzeSentimentBatch fields send ${total.documents} documents (${total.characters} characters) together; the limits (${limits.maxBatchSize} documents, ${limits.maxBatchTextLength} characters) are per request. Send one batch per request.`,
      { extensions: { code: 'BATCH_TOO_LARGE' } },
    );
  }
  spent.documents = total.documents;
  spent.characters = total.characters;
}

/** Batch input and output types, and the `analyzeSentimentBatch` mutation. */
export function addBatchTypes(
  builder: Builder,
  limits: SchemaLimits,
  refs: SentimentRefs,
  observer: AnalysisObserver,
) {
  const DocumentInput = builder.inputType('DocumentInput', {
    description: 'One document of a batch.',
    fields: (t) => ({
      id: t.id({
        required: true,
        description: 'Your identifier for the document, unique within the batch; echoed back.',
      }),
      text: t.string({
        required: true,
        description: `The text to analyze: not blank, at most ${limits.maxTextLength} characters (otherwise this document gets an error).`,
      }),
    }),
  });

  const DocumentError = builder.objectRef<TextProblem>('DocumentError').implement({
    description: 'Why one document of a batch was not analyzed.',
    fields: (t) => ({
      code: t.exposeString('code', {
        description: 'Stable machine-readable code: EMPTY_TEXT or TEXT_TOO_LONG.',
      }),
      message: t.exposeString('message', { description: 'What to change, for people.' }),
    }),
  });

  const DocumentResult = builder.objectRef<DocumentResultShape>('DocumentResult').implement({
    description: 'The result for one document: an analysis, or an error.',
    fields: (t) => ({
      id: t.exposeID('id', { description: 'The id sent with the document.' }),
      analysis: t.field({
        type: refs.SentimentAnalysis,
        nullable: true,
        description: 'The analysis; null when the document has an error.',
        resolve: (result) => result.analysis,
      }),
      error: t.field({
        type: DocumentError,
        nullable: true,
        description: 'Why the document was not analyzed; null when it was.',
        resolve: (result) => result.error,
      }),
    }),
  });

  const BatchSummary = builder.objectRef<BatchSummaryShape>('BatchSummary').implement({
    description: 'Counts and means over the whole batch.',
    fields: (t) => ({
      total: t.exposeInt('total', { description: 'Documents sent.' }),
      analyzed: t.exposeInt('analyzed', { description: 'Documents analyzed.' }),
      failed: t.exposeInt('failed', { description: 'Documents with an error.' }),
      positive: t.exposeInt('positive', { description: 'Analyzed documents labelled POSITIVE.' }),
      negative: t.exposeInt('negative', { description: 'Analyzed documents labelled NEGATIVE.' }),
      neutral: t.exposeInt('neutral', { description: 'Analyzed documents labelled NEUTRAL.' }),
      mixed: t.exposeInt('mixed', { description: 'Analyzed documents labelled MIXED.' }),
      meanPolarity: t.exposeFloat('meanPolarity', {
        description: 'Mean polarity of the analyzed documents (0 when none was analyzed).',
      }),
      meanSubjectivity: t.exposeFloat('meanSubjectivity', {
        description: 'Mean subjectivity of the analyzed documents (0 when none was analyzed).',
      }),
    }),
  });

  const BatchAnalysis = builder.objectRef<BatchAnalysisShape>('BatchAnalysis').implement({
    description: 'Per-document results in input order, and a summary.',
    fields: (t) => ({
      results: t.field({
        type: [DocumentResult],
        description: 'One result per document, in input order.',
        resolve: (batch) => batch.results,
      }),
      summary: t.field({
        type: BatchSummary,
        description: 'Counts per label and means over the analyzed documents.',
        resolve: (batch) => batch.summary,
      }),
    }),
  });

  builder.mutationField('analyzeSentimentBatch', (t) =>
    t.field({
      type: BatchAnalysis,
      description: `Analyze up to ${limits.maxBatchSize} documents in one request. A bad document gets its own error; a bad batch (empty, too large, repeated ids) fails as a whole.`,
      args: {
        documents: t.arg({
          type: [DocumentInput],
          required: true,
          description: `1 to ${limits.maxBatchSize} documents with unique ids, at most ${limits.maxBatchTextLength} characters together.`,
          validate: documentsSchema(limits.maxBatchSize, limits.maxBatchTextLength),
        }),
        options: t.arg({
          type: refs.AnalysisOptions,
          required: false,
          description: 'Per-request options, applied to every document.',
        }),
      },
      resolve: async (_root, args, context, info) => {
        chargeBatch(context, args.documents, limits);
        const batch = await analyzeBatchCooperatively(
          args.documents,
          {
            ...toAnalyzerOptions(args.options),
            details: selectsAny(info, ['results', 'analysis'], DETAILS),
          },
          limits.maxTextLength,
        );
        const errorCodes = batch.results.flatMap((result) =>
          result.error ? [result.error.code] : [],
        );
        (context.analysisObserver ?? observer).onAnalyzed(
          'analyzeSentimentBatch',
          batch.summary.analyzed,
          errorCodes,
        );
        return batch;
      },
    }),
  );
}
