import { z } from 'zod';

const positiveInt = (name: string, fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return fallback;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < 1) {
        ctx.addIssue({
          code: 'custom',
          message: `${name} must be a positive whole number, got "${value}"`,
        });
        return z.NEVER;
      }
      return parsed;
    });

const envSchema = z.object({
  PORT: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return 4000;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
        ctx.addIssue({
          code: 'custom',
          message: `PORT must be a whole number from 0 to 65535, got "${value}"`,
        });
        return z.NEVER;
      }
      return parsed;
    }),
  HOST: z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : '0.0.0.0')),
  MAX_TEXT_LENGTH: positiveInt('MAX_TEXT_LENGTH', 100_000),
  MAX_BATCH_SIZE: positiveInt('MAX_BATCH_SIZE', 10_000),
});

/** Typed, validated service configuration. */
export interface AppConfig {
  port: number;
  host: string;
  /** Longest accepted text, in characters (UTF-16 code units). */
  maxTextLength: number;
  /** Most documents in one `analyzeSentimentBatch` call. */
  maxBatchSize: number;
  /** Log level for the Yoga logger; `false` silences it (tests). */
  logging: boolean;
}

/** Thrown when the environment holds an invalid setting; the message names each one. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Default configuration: what the service uses with an empty environment. */
export const defaultConfig: AppConfig = {
  port: 4000,
  host: '0.0.0.0',
  maxTextLength: 100_000,
  maxBatchSize: 10_000,
  logging: true,
};

/**
 * Read the configuration from environment variables, with defaults.
 * @throws ConfigError listing every invalid variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `- ${issue.message}`).join('\n');
    throw new ConfigError(`Invalid configuration:\n${problems}`);
  }
  const { PORT, HOST, MAX_TEXT_LENGTH, MAX_BATCH_SIZE } = result.data;
  return {
    ...defaultConfig,
    port: PORT,
    host: HOST,
    maxTextLength: MAX_TEXT_LENGTH,
    maxBatchSize: MAX_BATCH_SIZE,
  };
}
