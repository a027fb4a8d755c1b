import { createApp } from './app.js';
import { type AppConfig, ConfigError, loadConfig } from './config.js';
import { createHttpService } from './http-server.js';
import { createLogger } from './logger.js';

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
const { server, shutdown } = createHttpService(createApp(config, logger), config, logger);

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  console.log(`Sentiment API ready: GraphiQL at http://${shown}:${port}/graphql`);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    logger.info('shutting down: finishing in-flight requests', { signal });
    shutdown().then(() => process.exit(0));
  });
}
