import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { useCompatibilityRoutes } from './compat.js';
import type { AppConfig } from './config.js';
import { useClientErrorCodes } from './error-codes.js';
import { graphiqlOptions } from './graphiql.js';
import { buildSchema } from './schema/index.js';

export type App = YogaServerInstance<Record<string, unknown>, Record<string, unknown>>;

/** Create the service (GraphQL at /graphql plus the plain routes); no listening, no globals. */
export function createApp(
  config: Pick<AppConfig, 'maxTextLength' | 'maxBatchSize' | 'logging'>,
): App {
  const graphiql = graphiqlOptions();
  return createYoga({
    schema: buildSchema({ maxTextLength: config.maxTextLength, maxBatchSize: config.maxBatchSize }),
    graphqlEndpoint: '/graphql',
    graphiql,
    renderGraphiQL: graphiql.render,
    maskedErrors: true,
    logging: config.logging,
    landingPage: false,
    plugins: [
      useCompatibilityRoutes({ maxTextLength: config.maxTextLength }),
      useClientErrorCodes(),
    ],
  });
}
