import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { Counter, collectDefaultMetrics, Registry } from 'prom-client';

/** The service's Prometheus metrics, in a registry of its own (no global state). */
export interface Metrics {
  registry: Registry;
  /** Documents analyzed, by operation (`analyzeSentiment`, `analyzeSentimentBatch`, `sentiment`). */
  documentsAnalyzed: Counter<'operation'>;
  /** Client-caused errors by code: GraphQL error codes and per-document codes. */
  errors: Counter<'code'>;
}

/** Create the metrics, including Node's process metrics (memory, CPU, event-loop lag). */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    documentsAnalyzed: new Counter({
      name: 'sentiment_documents_analyzed_total',
      help: 'Documents analyzed, by operation.',
      labelNames: ['operation'],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'sentiment_errors_total',
      help: 'Errors returned to clients, by code (GraphQL error codes and per-document codes).',
      labelNames: ['code'],
      registers: [registry],
    }),
  };
}

/**
 * Serve `/metrics` (Prometheus text format) with Yoga's HTTP and GraphQL phase metrics,
 * labelled by operation name and type, plus our own counters.
 */
export function useMetrics(metrics: Metrics): Plugin {
  return usePrometheus({
    registry: metrics.registry,
    endpoint: '/metrics',
    metrics: {
      graphql_yoga_http_duration: true,
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_execute: true,
      graphql_envelop_error_result: true,
    },
    labels: { method: true, statusCode: true, url: false },
  });
}
