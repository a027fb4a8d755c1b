import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { Counter, collectDefaultMetrics, Registry } from 'prom-client';
import type { AnalysisObserver } from './analysis-observer.js';

/** The service's Prometheus metrics, in a registry of its own (no global state). */
export interface Metrics {
  registry: Registry;
  /** Documents analyzed, by operation (`analyzeSentiment`, `analyzeSentimentBatch`, `sentiment`). */
  documentsAnalyzed: Counter<'operation'>;
  /** Client-caused errors by code: GraphQL error codes and per-document codes. */
  errors: Counter<'code'>;
  /** Requests the node:http fast path read, by outcome (`answered`, `handed_on` to Yoga). */
  fastPath: Counter<'outcome'>;
}

/** An observer that counts analyzed documents by operation and per-document errors by code. */
export function countAnalyses(metrics: Metrics): AnalysisObserver {
  return {
    onAnalyzed(operation, analyzed, errorCodes) {
      metrics.documentsAnalyzed.inc({ operation }, analyzed);
      for (const code of errorCodes) metrics.errors.inc({ code });
    },
  };
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
    fastPath: new Counter({
      name: 'sentiment_fast_path_requests_total',
      help: 'Requests read by the fast path for repeated operations: answered there, or handed on to Yoga (errors, unknown operations).',
      labelNames: ['outcome'],
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
      // Off: plugin defaults that cost on every request and tell nothing here. The schema has
      // no deprecated fields (that counter walks every document), the summary repeats the
      // request-duration histogram, and there are no subscriptions or schema changes.
      graphql_envelop_deprecated_field: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_schema_change: false,
    },
    // Label values must be bounded: operation names and error paths (aliases) are chosen by
    // clients, so a scrape could be grown without limit. The operation type (query for
    // analyzeSentiment, mutation for analyzeSentimentBatch) and our own counters keyed by root
    // field say which operation it was.
    labels: {
      method: true,
      statusCode: true,
      url: false,
      operationName: false,
      operationType: true,
      path: false,
    },
  });
}

/**
 * In a cluster worker, `GET /metrics` answers with the metrics of all workers together
 * (counters summed), from `gather`; placed before {@link useMetrics}, which then never sees it.
 */
export function useClusterMetricsRoute(metrics: Metrics, gather: () => Promise<string>): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/metrics') return;
      return gather().then(
        (text) =>
          endResponse(
            new fetchAPI.Response(text, {
              headers: { 'content-type': metrics.registry.contentType },
            }),
          ),
        (error: unknown) =>
          endResponse(
            new fetchAPI.Response(`metrics unavailable: ${String(error)}`, { status: 503 }),
          ),
      );
    },
  };
}
