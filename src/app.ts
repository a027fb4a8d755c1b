import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { useCompatibilityRoutes } from './compat.js';
import type { AppConfig } from './config.js';
import { useClientErrorCodes, useUnsupportedMediaTypeMessage } from './error-codes.js';
import { graphiqlOptions } from './graphiql.js';
import { createLogger, type Logger } from './logger.js';
import { useOperationLimits } from './operation-limits.js';
import { useRequestLog } from './request-log.js';
import { buildSchema } from './schema/index.js';

export type App = YogaServerInstance<Record<string, unknown>, Record<string, unknown>>;

/** Create the service (GraphQL at /graphql plus the plain routes); no listening, no globals. */
export function createApp(config: AppConfig, logger: Logger = createLogger(config.logLevel)): App {
  const graphiql = graphiqlOptions();
  return createYoga({
    schema: buildSchema({ maxTextLength: config.maxTextLength, maxBatchSize: config.maxBatchSize }),
    graphqlEndpoint: '/graphql',
    graphiql,
    renderGraphiQL: graphiql.render,
    maskedErrors: true,
    batching: false,
    logging: false,
    landingPage: false,
    plugins: [
      useRequestLog(logger),
      useOperationLimits(config),
      useCompatibilityRoutes({ maxTextLength: config.maxTextLength }),
      useClientErrorCodes(),
      useUnsupportedMediaTypeMessage(),
    ],
  });
}
