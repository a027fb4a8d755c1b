import { analyze } from './analyze.js';
import { findTextProblem, type TextProblem } from './text-problem.js';
import type { AnalysisOptions, SentimentAnalysis } from './types.js';

export interface BatchDocument {
  id: string;
  text: string;
}

export interface DocumentResult {
  id: string;
  analysis: SentimentAnalysis | null;
  error: TextProblem | null;
}

export interface BatchSummary {
  total: number;
  analyzed: number;
  failed: number;
  positive: number;
  negative: number;
  neutral: number;
  mixed: number;
  /** Mean polarity of the analyzed documents (0 when none was analyzed). */
  meanPolarity: number;
  /** Mean subjectivity of the analyzed documents (0 when none was analyzed). */
  meanSubjectivity: number;
}

export interface BatchAnalysis {
  results: DocumentResult[];
  summary: BatchSummary;
}

/** One document's result: its analysis, or the text rule it breaks. */
export function analyzeDocument(
  document: BatchDocument,
  options: AnalysisOptions,
  maxTextLength: number,
): DocumentResult {
  const problem = findTextProblem(document.text, maxTextLength);
  return problem
    ? { id: document.id, analysis: null, error: problem }
    : { id: document.id, analysis: analyze(document.text, options), error: null };
}

/**
 * Analyze many documents in input order. A document that breaks a text rule gets its own
 * `error` and `analysis: null`; the others are still analyzed.
 */
export function analyzeBatch(
  documents: readonly BatchDocument[],
  options: AnalysisOptions,
  maxTextLength: number,
): BatchAnalysis {
  const results = documents.map((document) => analyzeDocument(document, options, maxTextLength));
  return { results, summary: summarize(results) };
}

/** Longest stretch of analysis, in milliseconds, before the event loop gets a turn. */
export const BATCH_SLICE_MS = 8;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Like {@link analyzeBatch}, but gives the event loop a turn every {@link BATCH_SLICE_MS} ms so
 * that one large batch does not stall other requests served by the same process.
 */
export async function analyzeBatchCooperatively(
  documents: readonly BatchDocument[],
  options: AnalysisOptions,
  maxTextLength: number,
): Promise<BatchAnalysis> {
  const results: DocumentResult[] = [];
  let sliceStart = performance.now();
  for (const document of documents) {
    results.push(analyzeDocument(document, options, maxTextLength));
    if (performance.now() - sliceStart > BATCH_SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  return { results, summary: summarize(results) };
}

/** Counts per label and means over the analyzed documents. */
export function summarize(results: readonly DocumentResult[]): BatchSummary {
  const summary: BatchSummary = {
    total: results.length,
    analyzed: 0,
    failed: 0,
    positive: 0,
    negative: 0,
    neutral: 0,
    mixed: 0,
    meanPolarity: 0,
    meanSubjectivity: 0,
  };
  let polaritySum = 0;
  let subjectivitySum = 0;
  for (const { analysis } of results) {
    if (!analysis) {
      summary.failed += 1;
      continue;
    }
    summary.analyzed += 1;
    polaritySum += analysis.polarity;
    subjectivitySum += analysis.subjectivity;
    if (analysis.label === 'POSITIVE') summary.positive += 1;
    else if (analysis.label === 'NEGATIVE') summary.negative += 1;
    else if (analysis.label === 'MIXED') summary.mixed += 1;
    else summary.neutral += 1;
  }
  if (summary.analyzed > 0) {
    summary.meanPolarity = polaritySum / summary.analyzed;
    summary.meanSubjectivity = subjectivitySum / summary.analyzed;
  }
  return summary;
}
