import SchemaBuilder from '@pothos/core';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import type { YogaInitialContext } from 'graphql-yoga';
import type { AnalysisObserver } from '../analysis-observer.js';

/** Request-size limits that the schema's validation enforces (from the config). */
export interface SchemaLimits {
  maxTextLength: number;
  maxBatchSize: number;
  maxBatchTextLength: number;
}

/**
 * The GraphQL context: Yoga's, or the fast path's (src/fast-path.ts), which passes its own
 * `analysisObserver` to hold the counts back until it knows it will answer.
 */
export type Context = Partial<YogaInitialContext> & {
  analysisObserver?: AnalysisObserver;
  /** What this request's batch fields have sent so far (the batch limits are per request). */
  batchBudget?: { documents: number; characters: number };
};

interface ValidationIssue {
  message: string;
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>;
  params?: { code?: unknown };
}

function issuePath(issue: ValidationIssue): string {
  return (issue.path ?? [])
    .map((segment) => (typeof segment === 'object' ? segment.key : segment))
    .map(String)
    .join('.');
}

/**
 * Turn a failed validation into one client error. The code is the specific one a rule attached
 * (`params.code`, e.g. TEXT_TOO_LONG) or BAD_USER_INPUT; the message names each field.
 */
export function validationFailure(issues: readonly ValidationIssue[]): GraphQLError {
  const first = issues[0];
  const specific = first?.params?.code;
  const code = typeof specific === 'string' ? specific : 'BAD_USER_INPUT';
  const message = issues
    .map((issue) => {
      const path = issuePath(issue);
      return path && !issue.message.startsWith(path) ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
  return new GraphQLError(message, {
    extensions: {
      code,
      fields: issues.map(issuePath),
    },
  });
}

/**
 * A new Pothos builder with the validation plugin. The schema is built per configuration
 * (not a module singleton) because its validation limits come from the environment.
 */
export function createBuilder() {
  const builder = new SchemaBuilder<{ Context: Context; DefaultFieldNullability: false }>({
    plugins: [ValidationPlugin],
    defaultFieldNullability: false,
    validation: {
      validationError: (failure) => validationFailure(failure.issues as readonly ValidationIssue[]),
    },
  });
  builder.queryType({ description: 'Read-only sentiment analysis of one text.' });
  builder.mutationType({
    description: 'Batch analysis (a mutation so clients never cache or retry it as a GET).',
  });
  return builder;
}

export type Builder = ReturnType<typeof createBuilder>;
