import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  type GraphQLSchema,
  getOperationAST,
  Kind,
} from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import type { Counter, Histogram, Registry } from 'prom-client';
import type { AnalysisObserver } from './analysis-observer.js';
import { coerceVariables } from './error-codes.js';
import { isJsonContentType } from './http-guards.js';
import type { Logger } from './logger.js';
import { REQUEST_ID_HEADER, requestIdFor, writeRequestLog } from './request-log.js';

type OperationType = 'query' | 'mutation';

/**
 * Whether `document` holds exactly one operation. graphql-jit's Envelop plugin caches compiled
 * code by document alone, so with several operations it would run whichever was compiled
 * first, whatever `operationName` says: such documents run on graphql-js, in both paths.
 */
export function hasOneOperation({ document }: { document: DocumentNode }): boolean {
  let operations = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) operations++;
  }
  return operations === 1;
}

/** An operation Yoga has accepted (parsed, validated, within the limits), ready to run again. */
interface Prepared {
  operationType: OperationType;
  /** What the request log calls it: the operation's name, else its type (as Yoga's path does). */
  operationLabel: string;
  run(
    variables: Record<string, unknown>,
    context: Record<string, unknown>,
  ): ExecutionResult | Promise<ExecutionResult>;
}

/** One analysis a fast-path execution reported, kept until the answer is certain. */
type HeldAnalysis = Parameters<AnalysisObserver['onAnalyzed']>;

export interface FastPathOptions {
  logger: Logger;
  /** Hears of the analyses of answered requests (the metrics' counter). */
  observer: AnalysisObserver;
  /** The registry holding Yoga's Prometheus metrics, to record fast-path requests there too. */
  registry?: Registry;
  /** graphql-jit (1, as in Yoga) or graphql-js (0). */
  graphqlJit: 0 | 1;
  /** CORS_ORIGIN: with an allowlist, answers say `Vary: Origin` (as Yoga's answers do). */
  corsOrigins: readonly string[];
  /** How many distinct operations to keep ready (the oldest is dropped past it). */
  maxOperations?: number;
  /** Counts an error code sent (or, for an abandoned request, logged) by the fast path. */
  countError?: (code: string) => void;
  /** Told of each request the fast path read: answered here, or handed on to Yoga. */
  onOutcome?: (outcome: FastPathOutcome) => void;
}

export type FastPathOutcome = 'answered' | 'handed_on';

/**
 * Response media type by the request's `Accept` (lower case, no spaces): what Yoga answers for
 * each, checked side by side in test/http/fast-path.test.ts. Any other Accept goes to Yoga.
 */
const MEDIA_TYPES = new Map<string, string>([
  ['', 'application/json'],
  ['*/*', 'application/json'],
  ['application/json', 'application/json'],
  ['application/graphql-response+json', 'application/graphql-response+json'],
  ['application/graphql-response+json,application/json', 'application/graphql-response+json'],
  ['application/graphql-response+json,application/json;q=0.9', 'application/graphql-response+json'],
  ['application/json,application/graphql-response+json', 'application/json'],
]);

const MAX_QUERY_LENGTH = 20_000;

/**
 * The fast path for the common request: a JSON POST to `/graphql` of an operation that Yoga
 * has already accepted once (so it passed parsing, validation and the operation limits). It
 * runs the compiled operation straight from node:http and answers it, with the same body,
 * headers, request log line and metrics as Yoga would, and none of Yoga's per-request
 * machinery (fetch Request/Response objects, streams, plugin hooks): about 75 µs of CPU per
 * request against 650 µs through Yoga (`npm run bench`, README "Performance").
 *
 * It answers only successes: a result with any error (bad variables, a text too long, an
 * unexpected failure), a body it does not recognise, an unknown operation, CORS requests,
 * other Accept types, are all handed to Yoga, which answers them as before. Its analyses are
 * counted only when it answers, so a request handed on is not counted twice.
 */
export class FastPath {
  private readonly prepared = new Map<string, Prepared>();
  private readonly maxOperations: number;
  private readonly varyOnOrigin: boolean;
  private metricsCache: FastPathMetrics | null | undefined;

  constructor(private readonly options: FastPathOptions) {
    this.maxOperations = options.maxOperations ?? 1000;
    this.varyOnOrigin = options.corsOrigins.length > 0 && !options.corsOrigins.includes('*');
  }

  /** Requests this fast path read, by what became of them. */
  readonly counts: Record<FastPathOutcome, number> = { answered: 0, handed_on: 0 };

  private count(outcome: FastPathOutcome) {
    this.counts[outcome]++;
    this.options.onOutcome?.(outcome);
  }

  /** The Yoga plugin that keeps every operation Yoga accepted and executed, by its text. */
  learner(): Plugin {
    return {
      onExecute: ({ args }) => {
        const params = (args.contextValue as { params?: { query?: unknown } }).params;
        const query = params?.query;
        if (typeof query !== 'string' || query.length > MAX_QUERY_LENGTH) return;
        const operationName = args.operationName ?? undefined;
        const key = keyOf(query, operationName);
        if (this.prepared.has(key)) return;
        const prepared = this.prepare(args.schema, args.document, operationName);
        if (!prepared) return;
        if (this.prepared.size >= this.maxOperations) {
          const oldest = this.prepared.keys().next().value;
          if (oldest !== undefined) this.prepared.delete(oldest);
        }
        this.prepared.set(key, prepared);
      },
    };
  }

  private prepare(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | undefined,
  ): Prepared | undefined {
    const operation = getOperationAST(document, operationName);
    if (!operation || operation.operation === 'subscription') return undefined;
    const operationType = operation.operation;
    const operationLabel = operation.name?.value ?? operationType;
    // Variables are coerced by graphql-js first, as in Yoga (useVariableCoercion); a failure
    // is an error result, which Yoga then answers.
    const coerce = operation.variableDefinitions?.length
      ? (variables: Record<string, unknown>) => coerceVariables(schema, operation, variables)
      : (variables: Record<string, unknown>) => ({ values: variables });
    // As in Yoga (src/app.ts): graphql-jit only for documents with one operation.
    let executeWith: Prepared['run'];
    if (this.options.graphqlJit === 1 && hasOneOperation({ document })) {
      const compiled = compileQuery(schema, document, operationName);
      if (!isCompiledQuery(compiled)) return undefined;
      executeWith = (variables, context) =>
        compiled.query(undefined, context, variables) as ExecutionResult | Promise<ExecutionResult>;
    } else {
      executeWith = (variables, context) =>
        execute({
          schema,
          document,
          operationName,
          variableValues: variables,
          contextValue: context,
        }) as ExecutionResult | Promise<ExecutionResult>;
    }
    return {
      operationType,
      operationLabel,
      run: (variables, context) => {
        const coerced = coerce(variables);
        return 'errors' in coerced
          ? { errors: coerced.errors }
          : executeWith(coerced.values, context);
      },
    };
  }

  /**
   * Take the request if it may be a known operation: then it is answered here or handed to
   * `fallback` with the body already read. Returns false, touching nothing, otherwise.
   */
  handle(
    request: IncomingMessage,
    response: ServerResponse,
    fallback: (body: Buffer) => void,
  ): boolean {
    if (this.prepared.size === 0 || request.method !== 'POST' || request.url !== '/graphql') {
      return false;
    }
    const headers = request.headers;
    if (headers['content-length'] === undefined || headers['transfer-encoding'] !== undefined) {
      return false;
    }
    if (!isJsonContentType(headers['content-type'])) return false;
    const accept = headers.accept;
    const mediaType = MEDIA_TYPES.get(
      accept === undefined ? '' : accept.replace(/\s/g, '').toLowerCase(),
    );
    if (mediaType === undefined) return false;
    // CORS answers (preflight, allowed origins) stay with Yoga's CORS handling.
    if (this.options.corsOrigins.length > 0 && headers.origin !== undefined) return false;

    const start = performance.now();
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('error', () => {});
    const handOn = (body: Buffer) => {
      this.count('handed_on');
      fallback(body);
    };
    let ended = false;
    request.on('end', () => {
      ended = true;
      const body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
      this.answer(request, response, body, mediaType, start, handOn);
    });
    request.on('close', () => {
      if (!ended) this.abandoned(request, start);
    });
    return true;
  }

  private answer(
    request: IncomingMessage,
    response: ServerResponse,
    body: Buffer,
    mediaType: string,
    start: number,
    fallback: (body: Buffer) => void,
  ) {
    const params = parseParams(body);
    const prepared = params && this.prepared.get(keyOf(params.query, params.operationName));
    if (!params || !prepared) {
      fallback(body);
      return;
    }
    const held: HeldAnalysis[] = [];
    const context = {
      analysisObserver: { onAnalyzed: (...call: HeldAnalysis) => void held.push(call) },
    };
    const executeStart = performance.now();
    let outcome: ExecutionResult | Promise<ExecutionResult>;
    try {
      outcome = prepared.run(params.variables, context);
    } catch {
      fallback(body);
      return;
    }
    const send = (result: ExecutionResult) => {
      if (result.errors !== undefined && result.errors.length > 0) {
        fallback(body);
        return;
      }
      const executeEnd = performance.now();
      // Throws for a response too large for one string (RangeError): see sendOrHandOn.
      const text = JSON.stringify({ data: result.data });
      for (const call of held) this.options.observer.onAnalyzed(...call);
      const requestId = requestIdFor(headerValue(request.headers[REQUEST_ID_HEADER]));
      const responseHeaders: Record<string, string | number> = {
        // Header names spelled as Yoga's answers spell them.
        'Content-Type': `${mediaType}; charset=utf-8`,
        'content-length': Buffer.byteLength(text),
        [REQUEST_ID_HEADER]: requestId,
      };
      if (this.varyOnOrigin) responseHeaders.vary = 'Origin';
      response.writeHead(200, responseHeaders);
      response.end(text);
      this.count('answered');
      this.record(prepared.operationType, start, executeStart, executeEnd);
      writeRequestLog(this.options.logger, {
        requestId,
        method: 'POST',
        path: '/graphql',
        operation: prepared.operationLabel,
        status: 200,
        start,
      });
    };
    const sendOrHandOn = (result: ExecutionResult) => {
      try {
        send(result);
      } catch (error) {
        // Never let a failure here escape (it would end the process): Yoga answers instead
        // (for a response too large to serialize: a masked error, as without the fast path).
        this.options.logger.error('fast path failed', { error: String(error) });
        if (!response.headersSent) fallback(body);
        else response.destroy();
      }
    };
    if (outcome instanceof Promise) {
      outcome.then(sendOrHandOn, () => fallback(body));
    } else {
      sendOrHandOn(outcome);
    }
  }

  /**
   * The client went away before its body was complete: log and count it as Yoga does for the
   * truncated body it then reads (400 BAD_REQUEST); nobody is left to answer.
   */
  private abandoned(request: IncomingMessage, start: number) {
    this.options.countError?.('BAD_REQUEST');
    writeRequestLog(this.options.logger, {
      requestId: requestIdFor(headerValue(request.headers[REQUEST_ID_HEADER])),
      method: 'POST',
      path: '/graphql',
      operation: undefined,
      status: 400,
      start,
      errorCodes: ['BAD_REQUEST'],
    });
  }

  /** Record the request in Yoga's Prometheus metrics, as Yoga's plugin would (parse and
   * validation are cached, so they take no time). */
  private record(operationType: OperationType, start: number, executeStart: number, end: number) {
    const metrics = this.metrics();
    if (!metrics) return;
    const labels = { operationType };
    const executeSeconds = (end - executeStart) / 1000;
    metrics.request?.inc(labels);
    metrics.parse?.observe(labels, 0);
    metrics.validate?.observe(labels, 0);
    metrics.execute?.observe(labels, executeSeconds);
    metrics.requestDuration?.observe(labels, executeSeconds);
    metrics.httpDuration?.observe(
      { method: 'POST', statusCode: 200, operationType },
      (performance.now() - start) / 1000,
    );
  }

  private metrics(): FastPathMetrics | null {
    if (this.metricsCache !== undefined) return this.metricsCache;
    const registry = this.options.registry;
    if (!registry) {
      this.metricsCache = null;
      return null;
    }
    const get = <T>(name: string) => registry.getSingleMetric(name) as T | undefined;
    this.metricsCache = {
      request: get<Counter>('graphql_envelop_request'),
      parse: get<Histogram>('graphql_envelop_phase_parse'),
      validate: get<Histogram>('graphql_envelop_phase_validate'),
      execute: get<Histogram>('graphql_envelop_phase_execute'),
      requestDuration: get<Histogram>('graphql_envelop_request_duration'),
      httpDuration: get<Histogram>('graphql_yoga_http_duration'),
    };
    return this.metricsCache;
  }
}

interface FastPathMetrics {
  request: Counter | undefined;
  parse: Histogram | undefined;
  validate: Histogram | undefined;
  execute: Histogram | undefined;
  requestDuration: Histogram | undefined;
  httpDuration: Histogram | undefined;
}

interface Params {
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

const keyOf = (query: string, operationName: string | undefined) =>
  operationName === undefined ? query : `${operationName}\n${query}`;

const headerValue = (value: string | string[] | undefined) =>
  Array.isArray(value) ? undefined : value;

/** The GraphQL parameters of a body in the plain shape; anything else is Yoga's to judge. */
function parseParams(body: Buffer): Params | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const { query, operationName, variables, ...rest } = parsed as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return undefined; // extensions and the like: for Yoga
  if (typeof query !== 'string') return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return undefined;
  }
  if (
    variables !== undefined &&
    variables !== null &&
    (typeof variables !== 'object' || Array.isArray(variables))
  ) {
    return undefined;
  }
  return {
    query,
    operationName: operationName ?? undefined,
    variables: (variables ?? {}) as Record<string, unknown>,
  };
}
