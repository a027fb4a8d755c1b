import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { type BatchAnalyzer, failed, type Outcome, textOf } from './analyzers.js';
import { type Format, InputError } from './options.js';
import { type InputRow, openRows, type ReadOptions } from './read.js';

/** How long a partial batch waits for more rows before it is sent anyway. */
export const DEFAULT_MAX_BATCH_WAIT_MS = 200;

/**
 * Columns added to every output row, after the input's own (`extra` only in CSV output, and
 * in JSONL output on rows that have something to keep there).
 */
export const ADDED_COLUMNS = ['polarity', 'subjectivity', 'label', 'error', 'extra'] as const;
type Added = (typeof ADDED_COLUMNS)[number];
export type AddedNames = Record<Added, string>;

/**
 * The names of the added columns: as they are, or all prefixed with `sentiment_` (again, until
 * none clashes) when one of them is already an input column (ignoring case).
 */
export function addedNames(columns: readonly string[]): AddedNames {
  const taken = new Set(columns.map((name) => name.toLowerCase()));
  let prefix = '';
  while (ADDED_COLUMNS.some((name) => taken.has(`${prefix}${name}`.toLowerCase()))) {
    prefix += 'sentiment_';
  }
  return Object.fromEntries(ADDED_COLUMNS.map((name) => [name, `${prefix}${name}`])) as AddedNames;
}

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
  /** Failed rows that could not be read (FIELD_COUNT, INVALID_JSON, NOT_AN_OBJECT): exit 3. */
  unreadable: number;
  /** Up to 5 failed rows, as "name: CODE". */
  failures: string[];
  /** The added columns, when they had to be renamed because the input has such columns. */
  renamed?: string[];
}

const has = (object: object, key: string) => Object.hasOwn(object, key);

/** The output lines for one batch of rows and their outcomes. */
function render(
  rows: readonly InputRow[],
  outcomes: readonly Outcome[],
  format: Format,
  columns: readonly string[],
  names: AddedNames,
): string {
  if (format === 'jsonl') {
    let out = '';
    rows.forEach((row, index) => {
      const outcome = outcomes[index] as Outcome;
      const values = row.fields;
      // A short CSV row's missing fields are null (an empty field is "").
      const fields = Array.isArray(values)
        ? Object.fromEntries(columns.map((name, i) => [name, values[i] ?? null]))
        : values;
      const record: Record<string, unknown> = {
        ...fields,
        [names.polarity]: outcome.polarity,
        [names.subjectivity]: outcome.subjectivity,
        [names.label]: outcome.label,
      };
      if (outcome.error) record[names.error] = outcome.error;
      if (row.extra !== undefined) record[names.extra] = row.extra;
      out += `${JSON.stringify(record)}\n`;
    });
    return out;
  }
  const known = new Set(columns);
  const records = rows.map((row, index) => {
    const outcome = outcomes[index] as Outcome;
    let values: string[];
    let extra = '';
    if (Array.isArray(row.fields)) {
      const fields = row.fields;
      values = columns.map((_, i) => fields[i] ?? '');
      if (row.extra !== undefined) extra = JSON.stringify(row.extra);
    } else {
      // JSONL: the first object's keys are the columns; other keys go to "extra" as JSON.
      const fields = row.fields;
      values = columns.map((name) => cell(has(fields, name) ? fields[name] : undefined));
      const others = Object.keys(fields).filter((key) => !known.has(key));
      if (others.length > 0) {
        extra = JSON.stringify(Object.fromEntries(others.map((key) => [key, fields[key]])));
      } else if (typeof row.extra === 'string') extra = row.extra; // the unreadable line
    }
    return [
      ...values,
      outcome.polarity ?? '',
      outcome.subjectivity ?? '',
      outcome.label ?? '',
      outcome.error ? `${outcome.error.code}: ${outcome.error.message}` : '',
      extra,
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
  const names = addedNames(columns);
  const summary: RunSummary = {
    rows: 0,
    positive: 0,
    negative: 0,
    neutral: 0,
    mixed: 0,
    failed: 0,
    unreadable: 0,
    failures: [],
  };
  if (names.polarity !== 'polarity') summary.renamed = Object.values(names);
  // CSV: the header, once there are columns or rows (nothing at all for an empty input).
  let header = options.outputFormat === 'csv';
  const writeHeader = async () => {
    if (!header) return;
    header = false;
    await write(options.output, stringify([[...columns, ...Object.values(names)]]));
  };
  if (columns.length > 0) await writeHeader();
  // JSONL to JSONL: the added keys are named from the first object; a later object with such a
  // key would lose its value, so the run stops there (after writing the rows before it).
  const clashing = (row: InputRow) => {
    if (options.outputFormat !== 'jsonl' || Array.isArray(row.fields)) return undefined;
    const fields = row.fields;
    return [names.polarity, names.subjectivity, names.label, names.error].find((key) =>
      has(fields, key),
    );
  };

  const count = (batch: readonly InputRow[], outcomes: readonly Outcome[]) => {
    batch.forEach((row, index) => {
      const outcome = outcomes[index] as Outcome;
      summary.rows += 1;
      if (outcome.error) {
        summary.failed += 1;
        if (row.problem) summary.unreadable += 1;
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
    await writeHeader();
    await write(
      options.output,
      render(oldest.rows, outcomes, options.outputFormat, columns, names),
    );
    count(oldest.rows, outcomes);
    options.onProgress?.(summary);
  };
  const send = (batch: InputRow[]) => {
    // Rows that could not be read are not analyzed: they keep their problem as the error.
    const readable = batch.filter((row) => !row.problem);
    const analyzed =
      readable.length > 0
        ? options.analyzer(readable.map((row) => textOf(row.text)))
        : Promise.resolve([]);
    const outcomes = analyzed.then((results) => {
      let next = 0;
      return batch.map((row) =>
        row.problem ? failed(row.problem.code, row.problem.message) : (results[next++] as Outcome),
      );
    });
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
  // An input error (bad bytes, broken quote) stops the run after the rows before it are written.
  let inputError: unknown;
  try {
    let pending = nextRow();
    for (;;) {
      let result: IteratorResult<InputRow> | 'expired';
      try {
        result = expired ? await Promise.race([pending, expired]) : await pending;
      } catch (error) {
        inputError = error;
        break;
      }
      if (result === 'expired') {
        sendBatch();
        while (inFlight.length > 0) await flushOldest();
        continue; // `pending` is still the next row
      }
      if (result.done) break;
      const row = result.value;
      const key = clashing(row);
      if (key !== undefined) {
        inputError = new InputError(
          `${row.name} has a key "${key}", which the output uses for the analysis (named from ` +
            'the first object, which has none). Rename that key, or give the first object a ' +
            `"${key}" key (null will do): then the added keys are prefixed with sentiment_.`,
        );
        break;
      }
      pending = nextRow();
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
    if (inputError !== undefined) throw inputError;
  } finally {
    clearTimeout(timer);
    options.input.destroy();
  }
  return summary;
}
