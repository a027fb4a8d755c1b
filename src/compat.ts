import type { Plugin } from 'graphql-yoga';
import { analyze } from './analysis/analyze.js';
import { findTextProblem } from './analysis/text-problem.js';
import type { AnalysisObserver } from './analysis-observer.js';

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers });

/**
 * Parse and check a prototype request body: `{"text": "..."}`.
 * Returns the text, or an error message for a 400.
 */
async function readPrototypeText(
  request: Request,
  maxTextLength: number,
): Promise<{ text: string } | { error: string; status: number }> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().includes('application/json')) {
    return {
      status: 415,
      error: 'send the body as JSON with the header Content-Type: application/json',
    };
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { status: 400, error: 'the body is not valid JSON; send {"text": "..."}' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { status: 400, error: 'the body must be a JSON object: {"text": "..."}' };
  }
  const text = (body as Record<string, unknown>).text;
  if (typeof text !== 'string') {
    return {
      status: 400,
      error: `"text" must be a string, got ${text === undefined ? 'nothing' : text === null ? 'null' : typeof text}`,
    };
  }
  const problem = findTextProblem(text, maxTextLength);
  return problem ? { status: 400, error: problem.message } : { text };
}

/**
 * The original prototype's route beside GraphQL: `POST /sentiment` with `{"text": "..."}`
 * answers `{"polarity", "subjectivity"}`, the same numbers as `analyzeSentiment`.
 * (`GET /health` is Yoga's built-in health check.)
 */
export function useCompatibilityRoutes(options: {
  maxTextLength: number;
  observer: AnalysisObserver;
}): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== '/sentiment') return;
      if (request.method !== 'POST') {
        endResponse(
          json({ error: 'use POST with a JSON body {"text": "..."}' }, 405, { allow: 'POST' }),
        );
        return;
      }
      const input = await readPrototypeText(request, options.maxTextLength);
      if ('error' in input) {
        endResponse(json({ error: input.error }, input.status));
        return;
      }
      const { polarity, subjectivity } = analyze(input.text, { details: false });
      options.observer.onAnalyzed('sentiment', 1, []);
      endResponse(json({ polarity, subjectivity }, 200));
    },
  };
}
