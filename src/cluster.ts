import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import { METRICS_REQUEST, METRICS_RESPONSE } from './cluster-metrics.js';
import type { Logger } from './logger.js';

/** Message the primary sends a worker to make it drain and exit. */
export const SHUTDOWN_MESSAGE = 'sentiment:shutdown';

export interface PrimaryOptions {
  workers: number;
  /** How long a worker may take to drain before the primary kills it. */
  shutdownTimeoutMs: number;
  logger: Logger;
  /** Called once, when the first worker listens (the port then serves; others join). */
  onListening(port: number): void;
}

/** Delay before replacing a worker that died, so a crash loop does not spin. */
const RESTART_DELAY_MS = 250;

/**
 * Run the cluster primary: fork `workers` server processes that share the port (the primary
 * accepts connections and hands them out round-robin), replace a worker that dies unexpectedly,
 * and on SIGTERM/SIGINT tell every worker to drain (finish in-flight requests), wait for all
 * of them, then exit 0. A worker that dies before it ever listened (bad port, ...) stops the
 * whole service with exit code 1 instead of being restarted in a loop.
 */
export function runPrimary(options: PrimaryOptions): void {
  const { logger } = options;
  let stopping = false;
  let announced = false;
  const listened = new Set<number>();

  const live = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);

  // Answers workers' requests for the metrics of all workers (see clusterMetricsSource).
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: { type?: string; id?: number }) => {
    if (message?.type !== METRICS_REQUEST) return;
    const reply = (fields: { text?: string; error?: string }) => {
      if (worker.isConnected()) worker.send({ type: METRICS_RESPONSE, id: message.id, ...fields });
    };
    aggregator.clusterMetrics().then(
      (text) => reply({ text }),
      (error: unknown) => reply({ error: String(error) }),
    );
  });

  const fork = () => {
    const worker = cluster.fork();
    logger.info('worker started', { pid: worker.process.pid });
    return worker;
  };

  cluster.on('listening', (worker, address) => {
    listened.add(worker.id);
    logger.info('worker listening', { pid: worker.process.pid, port: address.port });
    if (!announced) {
      announced = true;
      options.onListening(address.port);
    }
  });

  cluster.on('exit', (worker, code, signal) => {
    const everListened = listened.delete(worker.id);
    if (stopping) {
      if (live().length === 0) {
        logger.info('all workers stopped');
        // A start that failed stays a failure (exit 1) once the others are gone.
        process.exit(process.exitCode ?? 0);
      }
      return;
    }
    if (!everListened) {
      logger.error('worker failed to start; stopping', { pid: worker.process.pid, code, signal });
      stopping = true;
      for (const other of live()) other.kill('SIGTERM');
      process.exitCode = 1;
      if (live().length === 0) process.exit(1);
      setTimeout(() => process.exit(1), options.shutdownTimeoutMs).unref();
      return;
    }
    logger.error('worker died; starting a replacement', {
      pid: worker.process.pid,
      code,
      signal,
    });
    setTimeout(() => {
      if (!stopping) fork();
    }, RESTART_DELAY_MS);
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down: draining workers', { signal, workers: live().length });
    if (live().length === 0) process.exit(0);
    for (const worker of live()) {
      // A worker still starting has nothing in flight and may not listen for messages yet.
      if (listened.has(worker.id) && worker.isConnected()) worker.send(SHUTDOWN_MESSAGE);
      else worker.process.kill('SIGTERM');
    }
    // Workers stop by themselves after their own timeout; this only catches a stuck one.
    setTimeout(() => {
      const stuck = live();
      logger.warn('workers did not stop in time; killing them', { workers: stuck.length });
      for (const worker of stuck) worker.process.kill('SIGKILL');
    }, options.shutdownTimeoutMs + 2000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  for (let index = 0; index < options.workers; index += 1) fork();
}
