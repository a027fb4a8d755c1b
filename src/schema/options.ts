import { z } from 'zod';
import type { AnalysisOptions as AnalyzerOptions } from '../analysis/types.js';
import type { Builder } from './builder.js';

export const MAX_LEXICON_WORD_LENGTH = 64;
export const MAX_LEXICON_ENTRIES = 1000;

/** Input types for per-request analysis options. */
export function addOptionsTypes(builder: Builder) {
  const LexiconEntryInput = builder.inputType('LexiconEntryInput', {
    description:
      'A word or phrase and the valence to give it for this request only (extra or overriding).',
    fields: (t) => ({
      word: t.string({
        required: true,
        description: `Word or phrase (words separated by spaces), 1-${MAX_LEXICON_WORD_LENGTH} characters, matched case-insensitively.`,
        validate: z
          .string()
          .refine((word) => word.trim().length > 0, 'word must not be blank')
          .refine(
            (word) => word.length <= MAX_LEXICON_WORD_LENGTH,
            `word must be at most ${MAX_LEXICON_WORD_LENGTH} characters`,
          ),
      }),
      valence: t.float({
        required: true,
        description: 'Valence on the AFINN scale, from -5 (most negative) to 5 (most positive).',
        validate: z
          .number()
          .refine(
            (valence) => Number.isFinite(valence) && valence >= -5 && valence <= 5,
            'valence must be between -5 and 5',
          ),
      }),
    }),
  });

  const AnalysisOptions = builder.inputType('AnalysisOptions', {
    description: 'Options that change how this request is analyzed; nothing is kept afterwards.',
    fields: (t) => ({
      lexicon: t.field({
        type: [LexiconEntryInput],
        required: false,
        description: `Extra or overriding word valences for this request only (at most ${MAX_LEXICON_ENTRIES} entries).`,
        validate: z
          .array(z.unknown())
          .max(MAX_LEXICON_ENTRIES, `lexicon holds at most ${MAX_LEXICON_ENTRIES} entries`)
          .nullish(),
      }),
    }),
  });

  return { AnalysisOptions };
}

/** Map the GraphQL input to the analyzer's options. */
export function toAnalyzerOptions(
  options: { lexicon?: ReadonlyArray<{ word: string; valence: number }> | null } | null | undefined,
): AnalyzerOptions {
  return options?.lexicon ? { lexicon: options.lexicon } : {};
}
