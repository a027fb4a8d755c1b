/**
 * Input rules for texts, shared by the GraphQL schema and batch analysis (pure, no I/O).
 */

/** A problem with one text: a stable code and a message that says what to change. */
export interface TextProblem {
  code: 'EMPTY_TEXT' | 'TEXT_TOO_LONG';
  message: string;
}

/** Only whitespace, zero-width characters, byte-order marks and control characters. */
const NOTHING_VISIBLE = /^[\s\p{Cc}\u200b-\u200d\u2060\ufeff]*$/u;

/**
 * The rules every text must meet, shared by the single query (a validation error) and by
 * each batch document (its own `error`, while the rest of the batch is analyzed).
 */
export function findTextProblem(text: string, maxTextLength: number): TextProblem | null {
  if (text.length > maxTextLength) {
    return {
      code: 'TEXT_TOO_LONG',
      message: `text is ${text.length} characters; the limit is ${maxTextLength}. Split it or shorten it.`,
    };
  }
  if (NOTHING_VISIBLE.test(text)) {
    return {
      code: 'EMPTY_TEXT',
      message: 'text is empty; send at least one visible character.',
    };
  }
  return null;
}
