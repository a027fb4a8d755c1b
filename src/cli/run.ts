import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { type BatchAnalyzer, type Outcome, textOf } from './analyzers.js';
import type { Format } from './options.js';
import { type InputRow, openRows, type ReadOptions } from './read.js';

/** How long a partial batch waits for more rows before it is sent anyway. */
export const DEFAULT_MAX_BATCH_WAIT_MS = 200;

/** Columns added to every output row, after the input's own. */
export const ADDED_COLUMNS = ['polarity', 'subjectivity', 'label', 'error'] as const;

export interface RunOptions extends ReadOptions {
  input: Readable;
  output: Writable;
  outputFormat: Format;
  analyzer: BatchAnalyzer;
  /** Rows per analyzer call. */
  batchSize: number;
  /** A batch also ends once its texts reach this many characters (request size limits). */
  maxBatchChars?: number;
  /** ... or once its first row has waited this long (default 200 ms), for slow inputs. */
  maxBatchWaitMs?: number;
  /** Most analyzer calls in flight at once (results are still written in input order). */
  concurrency: number;
  /** Called after each written batch with the running totals. */
  onProgress?: (summary: RunSummary) => void;
}

export interface RunSummary {
  rows: number;
  positive: number;
  negative: number;
  neutral: number;
  mixed: number;
  failed: number;
  /** Up to 5 failed rows, as "name: CODE". */
  failures: string[];
}

function csvHeader(columns: readonly string[]) {
  return [...columns, ...ADDED_COLUMNS];
}

/** The output lines for one batch of rows and their outcomes. */
function render(
  rows: readonly InputRow[],
  outcomes: readonly Outcome[],
  format: Format,
  columns: readonly string[],
): string {
  if (format === 'jsonl') {
    let out = '';
    rows.forEach((row, index) => {
      const outcome = outcomes[index] as Outcome;
      const values = row.fields;
      const fields = Array.isArray(values)
        ? Object.fromEntries(columns.map((name, i) => [name, values[i] ?? null]))
        : values;
      const record: Record<string, unknown> = {
        ...fields,
        polarity: outcome.polarity,
        subjectivity: outcome.subjectivity,
        label: outcome.label,
      };
      if (outcome.error) record.error = outcome.error;
      out += `${JSON.stringify(record)}\n`;
    });
    return out;
  }
  const records = rows.map((row, index) => {
    const outcome = outcomes[index] as Outcome;
    const values = Array.isArray(row.fields)
      ? row.fields
      : columns.map((name) => cell((row.fields as Record<string, unknown>)[name]));
    return [
      ...values,
      outcome.polarity ?? '',
      outcome.subjectivity ?? '',
      outcome.label ?? '',
      outcome.error ? `${outcome.error.code}: ${outcome.error.message}` : '',
    ];
  });
  return stringify(records);
}

/** A JSON value as a CSV cell: strings as they are, other values as JSON, missing as empty. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

async function write(output: Writable, chunk: string) {
  if (chunk.length > 0 && !output.write(chunk)) {
    await Promise.race([once(output, 'drain'), once(output, 'close')]);
  }
}

/**
 * Stream rows from `input` through the analyzer to `output`, in input order, keeping every
 * input column and adding polarity, subjectivity, label and error. Memory is bounded by
 * `batchSize * concurrency` rows plus the streams' buffers (output backpressure is respected).
 * @throws InputError for an unusable input; whatever the analyzer throws (ServiceError).
 */
export async function runBatch(options: RunOptions): Promise<RunSummary> {
  const { columns, rows } = await openRows(options.input, options);
  const summary: RunSummary = {
    rows: 0,
    positive: 0,
    negative: 0,
    neutral: 0,
    mixed: 0,
    failed: 0,
    failures: [],
  };
  if (options.outputFormat === 'csv' && columns.length > 0) {
    await write(options.output, stringify([csvHeader(columns)]));
  }

  const count = (batch: readonly InputRow[], outcomes: readonly Outcome[]) => {
    batch.forEach((row, index) => {
      const outcome = outcomes[index] as Outcome;
      summary.rows += 1;
      if (outcome.error) {
        summary.failed += 1;
        if (summary.failures.length < 5)
          summary.failures.push(`${row.name}: ${outcome.error.code}`);
      } else if (outcome.label === 'POSITIVE') summary.positive += 1;
      else if (outcome.label === 'NEGATIVE') summary.negative += 1;
      else if (outcome.label === 'MIXED') summary.mixed += 1;
      else summary.neutral += 1;
    });
  };

  // Batches in flight, oldest first; each is written once it and all before it are done.
  const inFlight: { rows: InputRow[]; outcomes: Promise<Outcome[]> }[] = [];
  const flushOldest = async () => {
    const oldest = inFlight.shift();
    if (!oldest) return;
    const outcomes = await oldest.outcomes;
    await write(options.output, render(oldest.rows, outcomes, options.outputFormat, columns));
    count(oldest.rows, outcomes);
    options.onProgress?.(summary);
  };
  const send = (batch: InputRow[]) => {
    const outcomes = options.analyzer(batch.map((row) => textOf(row.text)));
    outcomes.catch(() => {}); // rethrown when awaited in order; no unhandled rejection meanwhile
    inFlight.push({ rows: batch, outcomes });
  };

  const maxChars = options.maxBatchChars ?? Number.POSITIVE_INFINITY;
  const maxWait = options.maxBatchWaitMs ?? DEFAULT_MAX_BATCH_WAIT_MS;
  let batch: InputRow[] = [];
  let chars = 0;
  // A partial batch is sent once it has waited maxWait for more rows (slow producers such as
  // `tail -f`): its results come out without waiting for the input to go on or end.
  let timer: NodeJS.Timeout | undefined;
  let expired: Promise<'expired'> | undefined;
  const sendBatch = () => {
    clearTimeout(timer);
    expired = undefined;
    send(batch);
    batch = [];
    chars = 0;
  };

  const iterator = rows[Symbol.asyncIterator]();
  const nextRow = () => {
    const next = iterator.next();
    next.catch(() => {}); // rethrown when awaited below
    return next;
  };
  try {
    let pending = nextRow();
    for (;;) {
      const result = expired ? await Promise.race([pending, expired]) : await pending;
      if (result === 'expired') {
        sendBatch();
        while (inFlight.length > 0) await flushOldest();
        continue; // `pending` is still the next row
      }
      if (result.done) break;
      pending = nextRow();
      const row = result.value;
      batch.push(row);
      chars += typeof row.text === 'string' ? row.text.length : 0;
      if (batch.length === 1) {
        expired = new Promise((resolve) => {
          timer = setTimeout(() => resolve('expired'), maxWait);
        });
      }
      if (batch.length >= options.batchSize || chars >= maxChars) {
        sendBatch();
        while (inFlight.length >= options.concurrency) await flushOldest();
      }
    }
    if (batch.length > 0) sendBatch();
    while (inFlight.length > 0) await flushOldest();
  } finally {
    clearTimeout(timer);
    options.input.destroy();
  }
  return summary;
}
