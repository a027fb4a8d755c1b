import cluster from 'node:cluster';
import { createApp } from './app.js';
import { clusterMetricsSource, runPrimary, SHUTDOWN_MESSAGE } from './cluster.js';
import { type AppConfig, ConfigError, loadConfig } from './config.js';
import { createHttpService } from './http-server.js';
import { createLogger, type Logger } from './logger.js';
import { createMetrics } from './metrics.js';
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

function announce(config: AppConfig, port: number) {
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const processes = config.workers > 1 ? ` (${config.workers} worker processes)` : '';
  console.log(`Sentiment API ready: GraphiQL at http://${shown}:${port}/graphql${processes}`);
}

/** One server process: the whole service with WORKERS=1, or one worker of the cluster. */
function serve(config: AppConfig, logger: Logger) {
  const readiness = new Readiness('starting');
  const metrics = createMetrics();
  const clusterMetrics = cluster.isWorker ? clusterMetricsSource(metrics.registry) : undefined;
  const app = createApp(config, {
    logger,
    readiness,
    metrics,
    ...(clusterMetrics ? { clusterMetrics } : {}),
  });
  const { server, shutdown } = createHttpService(app, config, logger);

  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    readiness.state = 'ready';
    if (cluster.isPrimary) announce(config, port);
  });

  const stop = (reason: string) => {
    if (readiness.state === 'draining') return;
    readiness.state = 'draining';
    logger.info('shutting down: finishing in-flight requests', { signal: reason });
    shutdown().then(() => process.exit(0));
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => stop(signal));
  if (cluster.isWorker) {
    process.on('message', (message) => {
      if (message === SHUTDOWN_MESSAGE) stop('primary');
    });
    // The primary is gone (killed): drain and leave rather than serve on unmanaged.
    process.on('disconnect', () => stop('primary gone'));
  }
}

const config = readConfig();
const logger = createLogger(config.logLevel);

if (config.workers > 1 && cluster.isPrimary) {
  runPrimary({
    workers: config.workers,
    shutdownTimeoutMs: config.shutdownTimeoutMs,
    logger,
    onListening: (port) => announce(config, port),
  });
} else {
  serve(config, logger);
}
