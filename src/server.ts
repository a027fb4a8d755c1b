import { createApp } from './app.js';
import { type AppConfig, ConfigError, loadConfig } from './config.js';
import { createHttpService } from './http-server.js';
import { createLogger } from './logger.js';
import { Readiness } from './readiness.js';

function readConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
const logger = createLogger(config.logLevel);
const readiness = new Readiness('starting');
const app = createApp(config, { logger, readiness });
const { server, shutdown } = createHttpService(app, config, logger);

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  readiness.state = 'ready';
  console.log(`Sentiment API ready: GraphiQL at http://${shown}:${port}/graphql`);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    readiness.state = 'draining';
    logger.info('shutting down: finishing in-flight requests', { signal });
    shutdown().then(() => process.exit(0));
  });
}
