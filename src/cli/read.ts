import { pipeline, type Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { type CsvError, parse } from 'csv-parse';
import { type Format, InputError } from './options.js';

/** One input row: its original fields (kept in the output), its text and a name for messages. */
export interface InputRow {
  /** CSV: the values in header order. JSONL: the parsed object. */
  fields: string[] | Record<string, unknown>;
  /** The value of the text column (undefined when the row has none). */
  text: unknown;
  /** `id=<value>` from the id column, or `row <n>` (1-based data row) when there is none. */
  name: string;
}

export interface RowSource {
  /** CSV: the header. JSONL: the keys of the first object. Empty for an empty input. */
  columns: string[];
  rows: AsyncGenerator<InputRow>;
}

export interface ReadOptions {
  format: Format;
  column: string;
  idColumn: string;
  /** Fail when the id column is missing (it was asked for explicitly). */
  idColumnRequired: boolean;
}

/** Longest CSV record / JSONL line accepted, in characters: a guard against a broken quote. */
export const MAX_RECORD_CHARS = 32 * 1024 * 1024;

function csvRecords(input: Readable): AsyncIterable<string[]> {
  const parser = parse({
    bom: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    max_record_size: MAX_RECORD_CHARS,
  });
  // pipeline() forwards read errors (and closes both) so the loop below sees them.
  return pipeline(input, parser, () => {}) as AsyncIterable<string[]>;
}

/** Lines of a stream (LF or CRLF), with their 1-based line numbers; the BOM dropped. */
async function* lines(input: Readable): AsyncGenerator<{ line: string; number: number }> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let number = 0;
  let first = true;
  const cut = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);
  for await (const chunk of input) {
    let text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      number += 1;
      yield { line: cut(text.slice(start, end)), number };
      start = end + 1;
    }
    rest = text.slice(start);
    if (rest.length > MAX_RECORD_CHARS) {
      throw new InputError(
        `bad JSONL: line ${number + 1} is longer than ${MAX_RECORD_CHARS} characters`,
      );
    }
  }
  rest += decoder.end();
  if (rest.length > 0) yield { line: cut(rest), number: number + 1 };
}

async function* jsonlRecords(input: Readable): AsyncGenerator<Record<string, unknown>> {
  for await (const { line, number } of lines(input)) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InputError(`bad JSONL on line ${number}: ${(error as Error).message}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InputError(`bad JSONL on line ${number}: expected a JSON object per line`);
    }
    yield value as Record<string, unknown>;
  }
}

/** The column's name as written in the input: exact, else ignoring case and spaces. */
function findColumn(columns: readonly string[], wanted: string): string | undefined {
  if (columns.includes(wanted)) return wanted;
  const norm = wanted.trim().toLowerCase();
  return columns.find((name) => name.trim().toLowerCase() === norm);
}

function describeColumns(columns: readonly string[]) {
  return columns.length === 0 ? '(none)' : columns.map((name) => JSON.stringify(name)).join(', ');
}

function csvProblem(error: unknown): Error {
  if (error instanceof InputError) return error;
  const csv = error as Partial<CsvError> & Error;
  if (typeof csv.code === 'string' && csv.code.startsWith('CSV_')) {
    return new InputError(`bad CSV: ${csv.message}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Open the rows of a CSV (first record = header) or JSONL input. Reads until the first record
 * to check that the text column exists, so that nothing is written for an unusable input.
 * @throws InputError for bad CSV/JSONL and a missing text (or explicit id) column, saying
 * which columns exist.
 */
export async function openRows(input: Readable, options: ReadOptions): Promise<RowSource> {
  const records = options.format === 'csv' ? csvRecords(input)[Symbol.asyncIterator]() : undefined;
  const objects = options.format === 'jsonl' ? jsonlRecords(input) : undefined;

  let first: IteratorResult<string[] | Record<string, unknown>>;
  try {
    first = records ? await records.next() : await (objects as AsyncGenerator<never>).next();
  } catch (error) {
    throw csvProblem(error);
  }
  if (first.done) return { columns: [], rows: (async function* () {})() };

  const columns = Array.isArray(first.value) ? first.value : Object.keys(first.value);
  const textColumn = findColumn(columns, options.column);
  if (textColumn === undefined) {
    throw new InputError(
      `no column "${options.column}" in the input; the columns are: ${describeColumns(columns)}. Choose one with --column.`,
    );
  }
  const idColumn = findColumn(columns, options.idColumn);
  if (idColumn === undefined && options.idColumnRequired) {
    throw new InputError(
      `no id column "${options.idColumn}" in the input; the columns are: ${describeColumns(columns)}.`,
    );
  }

  if (records) {
    const textIndex = columns.indexOf(textColumn);
    const idIndex = idColumn === undefined ? -1 : columns.indexOf(idColumn);
    const rows = async function* (): AsyncGenerator<InputRow> {
      let number = 0;
      try {
        for (;;) {
          const next = await records.next();
          if (next.done) return;
          number += 1;
          const fields = next.value;
          yield {
            fields,
            text: fields[textIndex],
            name: idIndex >= 0 ? `${idColumn}=${fields[idIndex]}` : `row ${number}`,
          };
        }
      } catch (error) {
        throw csvProblem(error);
      }
    };
    return { columns, rows: rows() };
  }

  const rows = async function* (): AsyncGenerator<InputRow> {
    let number = 0;
    let next = first as IteratorResult<Record<string, unknown>>;
    while (!next.done) {
      number += 1;
      const fields = next.value;
      const id = idColumn === undefined ? undefined : fields[idColumn];
      yield {
        fields,
        text: fields[textColumn],
        name: id === undefined || id === null ? `row ${number}` : `${idColumn}=${String(id)}`,
      };
      next = await (objects as AsyncGenerator<Record<string, unknown>>).next();
    }
  };
  return { columns, rows: rows() };
}
