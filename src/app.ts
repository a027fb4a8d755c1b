import { useGraphQlJit } from '@envelop/graphql-jit';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { useCompatibilityRoutes } from './compat.js';
import type { AppConfig } from './config.js';
import { useClientErrorCodes, useVariableCoercion } from './error-codes.js';
import { FastPath, hasOneOperation } from './fast-path.js';
import { graphiqlOptions } from './graphiql.js';
import { corsFor, useNoSubscriptions, useRequestGuards, useVaryOnOrigin } from './http-guards.js';
import { createLogger, type Logger } from './logger.js';
import {
  countAnalyses,
  createMetrics,
  type Metrics,
  useClusterMetricsRoute,
  useMetrics,
} from './metrics.js';
import { useNoRepeatedLists, useOperationLimits } from './operation-limits.js';
import { Readiness, useReadinessRoute } from './readiness.js';
import { useRequestLog } from './request-log.js';
import { buildSchema } from './schema/index.js';

export type App = YogaServerInstance<Record<string, unknown>, Record<string, unknown>>;

/** What an app shares with the process around it; each is made fresh when not given. */
export interface AppServices {
  logger?: Logger;
  metrics?: Metrics;
  readiness?: Readiness;
  /** In a cluster worker: the metrics of all workers (Prometheus text) for `/metrics`. */
  clusterMetrics?: () => Promise<string>;
  /** The node:http fast path to teach the operations Yoga accepts (see {@link createFastPath}). */
  fastPath?: FastPath;
}

/**
 * The fast path for a node:http server (src/http-server.ts) around the app made with the same
 * `logger` and `metrics`; give it to {@link createApp} too, which teaches it the operations.
 */
export function createFastPath(
  config: AppConfig,
  services: { logger: Logger; metrics: Metrics },
): FastPath {
  return new FastPath({
    logger: services.logger,
    observer: countAnalyses(services.metrics),
    registry: services.metrics.registry,
    graphqlJit: config.graphqlJit === 1 ? 1 : 0,
    corsOrigins: config.corsOrigins,
    onOutcome: (outcome) => services.metrics.fastPath.inc({ outcome }),
    countError: (code) => services.metrics.errors.inc({ code }),
  });
}

/** Create the service (GraphQL at /graphql plus the plain routes); no listening, no globals. */
export function createApp(config: AppConfig, services: AppServices = {}): App {
  const logger = services.logger ?? createLogger(config.logLevel);
  const metrics = services.metrics ?? createMetrics();
  const readiness = services.readiness ?? new Readiness();
  const observer = countAnalyses(metrics);
  const graphiql = graphiqlOptions();
  // graphql-jit compiles each operation once (cached per document) and runs the compiled code;
  // documents with several operations run on graphql-js (see hasOneOperation).
  const execution =
    config.graphqlJit === 1 ? [useGraphQlJit({}, { enableIf: hasOneOperation })] : [];
  return createYoga({
    schema: buildSchema(
      {
        maxTextLength: config.maxTextLength,
        maxBatchSize: config.maxBatchSize,
        maxBatchTextLength: config.maxBatchTextLength,
      },
      observer,
    ),
    graphqlEndpoint: '/graphql',
    graphiql,
    renderGraphiQL: graphiql.render,
    maskedErrors: true,
    batching: false,
    logging: false,
    landingPage: false,
    cors: corsFor(config.corsOrigins),
    plugins: [
      useRequestLog(logger, (code) => metrics.errors.inc({ code })),
      useRequestGuards('/graphql', (code) => metrics.errors.inc({ code })),
      useVaryOnOrigin(config.corsOrigins),
      useReadinessRoute(readiness),
      ...(services.clusterMetrics
        ? [useClusterMetricsRoute(metrics, services.clusterMetrics)]
        : []),
      useMetrics(metrics),
      useOperationLimits(config),
      useNoRepeatedLists(),
      useCompatibilityRoutes({ maxTextLength: config.maxTextLength, observer }),
      useNoSubscriptions(),
      useClientErrorCodes(),
      useVariableCoercion(),
      ...execution,
      ...(services.fastPath ? [services.fastPath.learner()] : []),
    ],
  });
}
