import { availableParallelism } from 'node:os';
import { z } from 'zod';

/** Typed, validated service configuration. */
export interface AppConfig {
  port: number;
  host: string;
  /** Longest accepted text, in characters (UTF-16 code units). */
  maxTextLength: number;
  /** Most documents in one `analyzeSentimentBatch` call. */
  maxBatchSize: number;
  /** Most characters, all documents together, in one `analyzeSentimentBatch` call. */
  maxBatchTextLength: number;
  /** Largest request body in bytes; larger ones get HTTP 413 before parsing. */
  maxBodyBytes: number;
  /** GraphQL operation limits (GraphQL Armor). */
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  /** How long a graceful shutdown waits for in-flight requests before exiting anyway. */
  shutdownTimeoutMs: number;
  /** Origins allowed to call from browsers: `*` (any), a list, or none (empty list). */
  corsOrigins: string[];
  /** Lowest level written to the JSON log; `silent` writes nothing (tests). */
  logLevel: LogLevel;
  /** Server processes sharing the port (node:cluster); 1 runs a single process. */
  workers: number;
  /** 1: execute GraphQL with graphql-jit (compiled queries); 0: graphql-js. */
  graphqlJit: number;
  /** 1: answer repeated operations straight from node:http (src/fast-path.ts); 0: all via Yoga. */
  fastPath: number;
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

type IntSetting = {
  [K in keyof AppConfig]: AppConfig[K] extends number ? K : never;
}[keyof AppConfig];

/** Whole-number settings: environment variable, config key, default and allowed range. */
export const INT_SETTINGS: ReadonlyArray<{
  env: string;
  key: IntSetting;
  fallback: number;
  min: number;
  max: number;
  meaning: string;
}> = [
  {
    env: 'PORT',
    key: 'port',
    fallback: 4000,
    min: 0,
    max: 65_535,
    meaning: 'TCP port (0 picks a free one).',
  },
  {
    env: 'MAX_TEXT_LENGTH',
    key: 'maxTextLength',
    fallback: 100_000,
    min: 1,
    max: 10_000_000,
    meaning: 'Longest accepted text, in characters (UTF-16 code units).',
  },
  {
    env: 'MAX_BATCH_SIZE',
    key: 'maxBatchSize',
    fallback: 10_000,
    min: 1,
    max: 1_000_000,
    meaning: 'Most documents in one `analyzeSentimentBatch`.',
  },
  {
    env: 'MAX_BATCH_TEXT_LENGTH',
    key: 'maxBatchTextLength',
    fallback: 2_000_000,
    min: 1,
    max: 100_000_000,
    meaning:
      'Most characters in one `analyzeSentimentBatch`, all documents together (bounds the response size and memory).',
  },
  {
    env: 'MAX_BODY_BYTES',
    key: 'maxBodyBytes',
    fallback: 16 * 1024 * 1024,
    min: 1024,
    max: 1024 ** 3,
    meaning: 'Largest request body; larger gets HTTP 413 before parsing.',
  },
  {
    env: 'MAX_DEPTH',
    key: 'maxDepth',
    fallback: 6,
    min: 1,
    max: 100,
    meaning: 'Deepest selection nesting of an operation.',
  },
  {
    env: 'MAX_ALIASES',
    key: 'maxAliases',
    fallback: 15,
    min: 0,
    max: 1000,
    meaning: 'Most aliases in an operation.',
  },
  {
    env: 'MAX_TOKENS',
    key: 'maxTokens',
    fallback: 1000,
    min: 100,
    max: 100_000,
    meaning: 'Most tokens in an operation document (send data as variables).',
  },
  {
    env: 'MAX_DIRECTIVES',
    key: 'maxDirectives',
    fallback: 50,
    min: 0,
    max: 1000,
    meaning: 'Most directives in an operation.',
  },
  {
    env: 'MAX_COST',
    key: 'maxCost',
    fallback: 5000,
    min: 10,
    max: 1_000_000,
    meaning: 'Highest estimated cost of an operation (GraphQL Armor cost limit).',
  },
  {
    env: 'SHUTDOWN_TIMEOUT_MS',
    key: 'shutdownTimeoutMs',
    fallback: 10_000,
    min: 0,
    max: 600_000,
    meaning: 'On SIGTERM/SIGINT, how long to wait for in-flight requests.',
  },
  {
    env: 'WORKERS',
    key: 'workers',
    fallback: availableParallelism(),
    min: 1,
    max: 256,
    meaning:
      'Server processes sharing the port (node:cluster); `1` runs one process without cluster. Default: the number of CPUs.',
  },
  {
    env: 'GRAPHQL_JIT',
    key: 'graphqlJit',
    fallback: 1,
    min: 0,
    max: 1,
    meaning:
      '`1` executes operations with graphql-jit (compiled, cached per document); `0` with graphql-js.',
  },
  {
    env: 'FAST_PATH',
    key: 'fastPath',
    fallback: 1,
    min: 0,
    max: 1,
    meaning:
      '`1` answers JSON POSTs of an operation already accepted once without the per-request pipeline of Yoga (same answers, logs and metrics; errors still go through Yoga); `0` sends every request through Yoga.',
  },
];

/** Thrown when the environment holds an invalid setting; the message names each one. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Default configuration: what the service uses with an empty environment. */
export const defaultConfig: AppConfig = {
  host: '0.0.0.0',
  corsOrigins: ['*'],
  logLevel: 'info',
  ...(Object.fromEntries(INT_SETTINGS.map(({ key, fallback }) => [key, fallback])) as Record<
    IntSetting,
    number
  >),
};

function wholeNumber(name: string, fallback: number, min: number, max: number) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return fallback;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
        ctx.addIssue({
          code: 'custom',
          message: `${name} must be a whole number from ${min} to ${max}, got "${value}"`,
        });
        return z.NEVER;
      }
      return parsed;
    });
}

const envSchema = z.object({
  HOST: z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : defaultConfig.host)),
  CORS_ORIGIN: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return defaultConfig.corsOrigins;
      if (value.trim().toLowerCase() === 'none') return [];
      const origins = value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean);
      const bad = origins.find((origin) => origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin));
      if (bad) {
        ctx.addIssue({
          code: 'custom',
          message: `CORS_ORIGIN must be *, none, or comma-separated origins like https://app.example.com, got "${bad}"`,
        });
        return z.NEVER;
      }
      return origins;
    }),
  LOG_LEVEL: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const level = value?.trim().toLowerCase() || defaultConfig.logLevel;
      if (!(LOG_LEVELS as readonly string[]).includes(level)) {
        ctx.addIssue({
          code: 'custom',
          message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`,
        });
        return z.NEVER;
      }
      return level as LogLevel;
    }),
  ...Object.fromEntries(
    INT_SETTINGS.map(({ env, fallback, min, max }) => [env, wholeNumber(env, fallback, min, max)]),
  ),
});

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
  const values = result.data as Record<string, unknown>;
  const config: AppConfig = {
    ...defaultConfig,
    host: result.data.HOST,
    logLevel: result.data.LOG_LEVEL,
    corsOrigins: result.data.CORS_ORIGIN,
  };
  for (const { env: name, key } of INT_SETTINGS) {
    config[key] = values[name] as number;
  }
  return config;
}
