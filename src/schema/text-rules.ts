import { z } from 'zod';
import { findTextProblem } from '../analysis/text-problem.js';

/** Zod schema for a text argument, carrying the problem's code into the GraphQL error. */
export function textSchema(maxTextLength: number) {
  return z.string().superRefine((text, ctx) => {
    const problem = findTextProblem(text, maxTextLength);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem.message, params: { code: problem.code } });
    }
  });
}
