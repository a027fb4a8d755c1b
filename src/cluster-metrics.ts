import { AggregatorRegistry, type Registry } from 'prom-client';

/** IPC messages between a worker asking for the cluster's metrics and the primary. */
export const METRICS_REQUEST = 'sentiment:metrics';
export const METRICS_RESPONSE = 'sentiment:metrics-result';

interface MetricsResponse {
  type: typeof METRICS_RESPONSE;
  id: number;
  text?: string;
  error?: string;
}

/**
 * In a worker: offer this process's registry to the primary's aggregation, and return a
 * function that asks the primary for the metrics of all workers together (Prometheus text), so
 * that `/metrics` describes the whole service whichever worker answers the scrape.
 */
export function clusterMetricsSource(registry: Registry): () => Promise<string> {
  AggregatorRegistry.setRegistries([registry]);
  // Constructing one installs prom-client's worker-side listener that answers the primary.
  new AggregatorRegistry();
  let next = 0;
  const pending = new Map<number, (response: MetricsResponse) => void>();
  process.on('message', (message: MetricsResponse) => {
    if (message?.type !== METRICS_RESPONSE) return;
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  return () =>
    new Promise((resolve, reject) => {
      const id = next++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error('the cluster primary did not send metrics in time'));
      }, 10_000);
      pending.set(id, (response) => {
        clearTimeout(timer);
        if (response.text !== undefined) resolve(response.text);
        else reject(new Error(response.error ?? 'metrics failed'));
      });
      process.send?.({ type: METRICS_REQUEST, id });
    });
}
