import { analyze } from '../analysis/analyze.js';
import { findTextProblem } from '../analysis/text-problem.js';
import type { SentimentLabel } from '../analysis/types.js';

/** What a row gets in the output: an analysis, or why there is none. */
export type Outcome =
  | { polarity: number; subjectivity: number; label: SentimentLabel; error: null }
  | { polarity: null; subjectivity: null; label: null; error: { code: string; message: string } };

/** Analyzes a batch of texts (null = the row has no text), in order. */
export type BatchAnalyzer = (texts: readonly (string | null)[]) => Promise<Outcome[]>;

/** The service could not analyze a batch (unreachable, HTTP or GraphQL error): exit code 1. */
export class ServiceError extends Error {
  override name = 'ServiceError';
}

export const failed = (code: string, message: string): Outcome => ({
  polarity: null,
  subjectivity: null,
  label: null,
  error: { code, message },
});

export const MISSING_TEXT = (column: string) =>
  failed('MISSING_TEXT', `the row has no text in "${column}"`);

/** A cell or JSON value as the text to analyze; null when there is no usable text. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** Analyze in this process with the same rules as the service (per-row errors included). */
export function localAnalyzer(maxTextLength: number, column: string): BatchAnalyzer {
  return async (texts) =>
    texts.map((text) => {
      if (text === null) return MISSING_TEXT(column);
      const problem = findTextProblem(text, maxTextLength);
      if (problem) return failed(problem.code, problem.message);
      const { polarity, subjectivity, label } = analyze(text, { details: false });
      return { polarity, subjectivity, label, error: null };
    });
}

export const BATCH_MUTATION = /* GraphQL */ `mutation SentimentBatchCli($documents: [DocumentInput!]!) {
  analyzeSentimentBatch(documents: $documents) {
    results { id analysis { polarity subjectivity label } error { code message } }
  }
}`;

interface RemoteResult {
  id: string;
  analysis: { polarity: number; subjectivity: number; label: SentimentLabel } | null;
  error: { code: string; message: string } | null;
}

interface GraphQLBody {
  data?: { analyzeSentimentBatch?: { results?: RemoteResult[] } } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const HINTS: Record<string, string> = {
  BATCH_TOO_LARGE: ' Lower --batch-size.',
  PAYLOAD_TOO_LARGE: ' Lower --batch-size (the texts of one batch are too large together).',
};

/**
 * Send batches to a running service's `analyzeSentimentBatch` (documents as variables, ids =
 * positions in the batch, so ids in the data can never collide). Rows without text are not
 * sent. @throws ServiceError naming the URL and the service's error codes and messages.
 */
export function remoteAnalyzer(
  url: string,
  column: string,
  fetchImpl: typeof fetch = fetch,
): BatchAnalyzer {
  return async (texts) => {
    const documents: { id: string; text: string }[] = [];
    texts.forEach((text, index) => {
      if (text !== null) documents.push({ id: String(index), text });
    });
    const outcomes: Outcome[] = texts.map(() => MISSING_TEXT(column));
    if (documents.length === 0) return outcomes;

    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: BATCH_MUTATION, variables: { documents } }),
      });
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause?.message;
      throw new ServiceError(
        `could not reach ${url}: ${cause ?? (error as Error).message}. Is the service running?`,
      );
    }
    const raw = await response.text();
    let body: GraphQLBody | undefined;
    try {
      body = JSON.parse(raw) as GraphQLBody;
    } catch {
      body = undefined;
    }
    if (body?.errors?.length) {
      const errors = body.errors.map(
        (error) =>
          `${error.extensions?.code ?? 'ERROR'}: ${error.message}${HINTS[error.extensions?.code ?? ''] ?? ''}`,
      );
      throw new ServiceError(
        `${url} answered HTTP ${response.status} with GraphQL errors:\n  ${errors.join('\n  ')}`,
      );
    }
    const results = body?.data?.analyzeSentimentBatch?.results;
    if (!response.ok || !Array.isArray(results)) {
      throw new ServiceError(
        `${url} answered HTTP ${response.status} without batch results: ${raw.slice(0, 300)}`,
      );
    }
    for (const result of results) {
      const index = Number(result.id);
      if (!Number.isInteger(index) || index < 0 || index >= texts.length) {
        throw new ServiceError(`${url} answered with an unknown document id "${result.id}"`);
      }
      outcomes[index] = result.analysis
        ? { ...result.analysis, error: null }
        : failed(result.error?.code ?? 'NO_ANALYSIS', result.error?.message ?? 'no analysis');
    }
    if (results.length !== documents.length) {
      throw new ServiceError(
        `${url} answered ${results.length} results for ${documents.length} documents`,
      );
    }
    return outcomes;
  };
}
