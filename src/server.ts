import cluster from 'node:cluster';
import { runPrimary, SHUTDOWN_MESSAGE } from './cluster.js';
import { type AppConfig, ConfigError, loadConfig } from './config.js';
import { createLogger, type Logger } from './logger.js';
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

/**
 * One server process: the whole service with WORKERS=1, or one worker of the cluster. The app
 * is imported here, not at the top, so that a cluster primary never loads it (it only forks,
 * watches and drains workers): it starts faster and stays small.
 */
async function serve(config: AppConfig, logger: Logger) {
  let shutdown: (() => Promise<void>) | undefined;
  let draining = false;
  const readiness = new Readiness('starting');
  const stop = (reason: string) => {
    if (draining) return;
    draining = true;
    // Keep-alive clients and probes now see 503 {"status":"draining"} until the server closes.
    readiness.state = 'draining';
    logger.info('shutting down: finishing in-flight requests', { signal: reason });
    if (!shutdown) process.exit(0);
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

  const [
    { createApp, createFastPath },
    { createHttpService },
    { createMetrics },
    { clusterMetricsSource },
  ] = await Promise.all([
    import('./app.js'),
    import('./http-server.js'),
    import('./metrics.js'),
    import('./cluster-metrics.js'),
  ]);
  const metrics = createMetrics();
  const clusterMetrics = cluster.isWorker ? clusterMetricsSource(metrics.registry) : undefined;
  const fastPath = config.fastPath === 1 ? createFastPath(config, { logger, metrics }) : undefined;
  const app = createApp(config, {
    logger,
    readiness,
    metrics,
    ...(clusterMetrics ? { clusterMetrics } : {}),
    ...(fastPath ? { fastPath } : {}),
  });
  const service = createHttpService(app, config, logger, fastPath);
  shutdown = service.shutdown;
  if (draining) {
    process.exit(0);
  }

  service.server.once('error', (error: NodeJS.ErrnoException) => {
    const where = `${config.host}:${config.port}`;
    const hint =
      error.code === 'EADDRINUSE'
        ? `port ${config.port} is already in use: stop the other process or set PORT`
        : error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND'
          ? `HOST ${config.host} is not an address of this machine: set HOST (e.g. 0.0.0.0 or 127.0.0.1)`
          : error.code === 'EACCES'
            ? `not allowed to listen on port ${config.port}: use a port above 1023 or set PORT`
            : error.message;
    console.error(`Cannot listen on ${where}: ${hint}`);
    process.exit(1);
  });
  service.server.listen(config.port, config.host, () => {
    const address = service.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    readiness.state = draining ? 'draining' : 'ready';
    if (cluster.isPrimary) announce(config, port);
  });
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
  serve(config, logger).catch((error: unknown) => {
    logger.error('server failed to start', { error: String(error) });
    process.exit(1);
  });
}
