import type { TadaDocumentNode } from 'gql.tada';
import { print } from 'graphql';
import { graphql, type ResultOf, type VariablesOf } from './graphql.js';

/** One text: polarity, subjectivity, label and the words that counted. */
export const AnalyzeSentiment = graphql(`
  query AnalyzeSentiment($text: String!, $options: AnalysisOptions) {
    analyzeSentiment(text: $text, options: $options) {
      polarity
      subjectivity
      label
      words { token offset length contribution }
    }
  }
`);

/** Many documents: a result (or error) per document, in order, and a summary. */
export const AnalyzeSentimentBatch = graphql(`
  mutation AnalyzeSentimentBatch($documents: [DocumentInput!]!, $options: AnalysisOptions) {
    analyzeSentimentBatch(documents: $documents, options: $options) {
      results {
        id
        analysis { polarity subjectivity label }
        error { code message }
      }
      summary { total analyzed failed positive negative neutral mixed meanPolarity }
    }
  }
`);

export type Analysis = ResultOf<typeof AnalyzeSentiment>['analyzeSentiment'];
export type BatchResult = ResultOf<typeof AnalyzeSentimentBatch>['analyzeSentimentBatch'];

/** The service answered with GraphQL errors (`extensions.code` tells which, e.g. EMPTY_TEXT). */
export class GraphQLRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: readonly { message: string; extensions?: { code?: string } }[],
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
    this.name = 'GraphQLRequestError';
  }
}

/** POST a typed operation with its variables; resolves with its typed `data`. */
export async function execute<Result, Variables>(
  url: string,
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  init: { headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<Result> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...init.headers,
    },
    body: JSON.stringify({ query: print(document), variables }),
    signal: init.signal,
  });
  const body = (await response.json()) as {
    data?: Result | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length) throw new GraphQLRequestError(response.status, body.errors);
  if (!response.ok || body.data == null) {
    throw new GraphQLRequestError(response.status, [{ message: `HTTP ${response.status}` }]);
  }
  return body.data;
}

/** A small client for the two operations. */
export function createSentimentClient(url: string) {
  return {
    analyze: async (text: string, options?: VariablesOf<typeof AnalyzeSentiment>['options']) =>
      (await execute(url, AnalyzeSentiment, { text, options })).analyzeSentiment,
    analyzeBatch: async (
      documents: VariablesOf<typeof AnalyzeSentimentBatch>['documents'],
      options?: VariablesOf<typeof AnalyzeSentimentBatch>['options'],
    ) => (await execute(url, AnalyzeSentimentBatch, { documents, options })).analyzeSentimentBatch,
  };
}
