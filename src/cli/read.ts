import { isUtf8 } from 'node:buffer';
import { pipeline, type Readable, Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { type CsvError, type Info, parse } from 'csv-parse';
import { type Encoding, type Format, InputError } from './options.js';

/** One input row: its original fields (kept in the output), its text and a name for messages. */
export interface InputRow {
  /** CSV: the values in header order. JSONL: the parsed object. */
  fields: string[] | Record<string, unknown>;
  /** The value of the text column (undefined when the row has none). */
  text: unknown;
  /** `id=<value>` from the id column, or `row <n>` (1-based data row) when there is none. */
  name: string;
  /** Why the row could not be read (it is written back with this error, not analyzed). */
  problem?: { code: RowProblem; message: string };
  /**
   * Input that has no column of its own, kept in the `extra` column / key: a CSV row's fields
   * beyond the header (array), or an unreadable JSONL line as written (string).
   */
  extra?: string[] | string;
}

/** Rows that could not be read: they make the exit code 3. */
export type RowProblem = 'INVALID_JSON' | 'NOT_AN_OBJECT' | 'FIELD_COUNT';

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
  /** The input's character encoding (default utf-8, invalid bytes stop the run). */
  encoding?: Encoding;
}

/** Longest CSV record / JSONL line accepted, in characters: a guard against a broken quote. */
export const MAX_RECORD_CHARS = 32 * 1024 * 1024;

const hex = (byte: number | undefined) =>
  `0x${(byte ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;

/** Offset of the first byte that does not start a valid UTF-8 sequence (-1: all valid). */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const size = b < 0x80 ? 1 : b < 0xc2 ? 0 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : b < 0xf5 ? 4 : 0;
    if (size === 0 || i + size > bytes.length || !isUtf8(bytes.subarray(i, i + size))) return i;
    i += size;
  }
  return -1;
}

/** Where a multi-byte sequence cut by the chunk boundary starts (bytes.length: none is). */
function incompleteTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const b = bytes[bytes.length - back] as number;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const size =
      b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 1;
    return size > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

function encodingError(bytes: Buffer, at: number, offset: number, line: number, clean: boolean) {
  const shown = Array.from(bytes.subarray(at, at + 4), hex).join(' ');
  return new InputError(
    `the input is not valid UTF-8: line ${line}, byte offset ${offset} (bytes ${shown}). ` +
      (clean ? 'The rows before that line were written; nothing from it on. ' : '') +
      'If the file is Latin-1, convert it (iconv -f latin1 -t utf-8 INPUT > INPUT.utf8) or ' +
      'pass --encoding latin1 (or --encoding windows-1252 for Windows/Excel files).',
  );
}

/** A line held back longer than this is passed on before its end (and may not stop cleanly). */
const HOLD_BYTES = 1024 * 1024;

/**
 * The input as UTF-8 bytes; `failure()` is the encoding error that ended it early, if any.
 * utf-8: passed through unchanged, a line at a time, after checking every sequence. An invalid
 * one is never replaced: the stream ends before its line (so the rows before it are complete)
 * and the reader throws failure() once they are read. latin1 (ISO-8859-1: each byte is the
 * code point of the same number, as in iconv) and windows-1252: decoded, re-encoded as UTF-8.
 */
function toUtf8(encoding: Encoding): { stream: Transform; failure: () => InputError | undefined } {
  let failure: InputError | undefined;
  if (encoding !== 'utf-8') {
    const decoder = encoding === 'windows-1252' ? new TextDecoder('windows-1252') : undefined;
    const stream = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        const text = decoder ? decoder.decode(chunk, { stream: true }) : chunk.toString('latin1');
        callback(null, Buffer.from(text, 'utf8'));
      },
    });
    return { stream, failure: () => failure };
  }
  let carry: Buffer = Buffer.alloc(0); // the start of a line (or of a sequence) not passed on yet
  let carryIsLine = true; // carry starts at a line start
  let offset = 0; // bytes passed on so far
  let line = 1; // line of the next byte passed on
  let done = false;
  const stop = (stream: Transform, bytes: Buffer, at: number) => {
    let lineAt = line;
    let lineStart = 0;
    for (let i = bytes.indexOf(10); i !== -1 && i < at; i = bytes.indexOf(10, i + 1)) {
      lineAt += 1;
      lineStart = i + 1;
    }
    const clean = lineStart > 0 || carryIsLine;
    failure = encodingError(bytes, at, offset + at, lineAt, clean);
    done = true;
    if (!clean) return failure; // the line's start is out already: no truncated row, an error
    if (lineStart > 0) stream.push(bytes.subarray(0, lineStart));
    stream.push(null);
    return undefined;
  };
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (done) return callback();
      const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const cut = incompleteTail(bytes);
      const whole = bytes.subarray(0, cut);
      if (!isUtf8(whole)) return callback(stop(this, whole, firstInvalidUtf8(whole)));
      // Pass on whole lines; hold back the last, unfinished one (unless it is very long).
      const lastBreak = whole.lastIndexOf(10);
      const hold = bytes.length - (lastBreak + 1) <= HOLD_BYTES;
      const end = hold ? lastBreak + 1 : cut;
      const out = bytes.subarray(0, end);
      for (let i = out.indexOf(10); i !== -1; i = out.indexOf(10, i + 1)) line += 1;
      offset += out.length;
      if (!hold) carryIsLine = false;
      else if (lastBreak !== -1) carryIsLine = true;
      carry = Buffer.from(bytes.subarray(end));
      callback(null, out);
    },
    flush(callback) {
      if (done) return callback();
      const cut = incompleteTail(carry);
      if (cut < carry.length || !isUtf8(carry)) {
        // A sequence cut short by the end of the input, or an invalid one in the last line.
        const at =
          cut < carry.length && isUtf8(carry.subarray(0, cut)) ? cut : firstInvalidUtf8(carry);
        return callback(stop(this, carry, at));
      }
      callback(null, carry);
    },
  });
  return { stream, failure: () => failure };
}

interface CsvRecord {
  record: string[];
  info: Info;
}

function csvRecords(input: Readable, encoding: Encoding) {
  const parser = parse({
    bom: true,
    // Only lines with nothing on them are skipped; a row of empty fields (",,") is a row.
    skip_empty_lines: true,
    // Short and long rows are kept; the row gets a FIELD_COUNT error (see openRows).
    relax_column_count: true,
    info: true,
    max_record_size: MAX_RECORD_CHARS,
  });
  const utf8 = toUtf8(encoding);
  // pipeline() forwards read errors (and closes all) so the loop below sees them.
  const records = pipeline(input, utf8.stream, parser, () => {}) as AsyncIterable<CsvRecord>;
  return { records, failure: utf8.failure };
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

/** A JSONL line: its object, or (when it is not a JSON object) the line as written and why. */
type JsonlRecord =
  | { object: Record<string, unknown>; number: number }
  | { object?: undefined; line: string; number: number; problem: InputRow['problem'] & {} };

const kindOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

async function* jsonlRecords(input: Readable, encoding: Encoding): AsyncGenerator<JsonlRecord> {
  const utf8 = toUtf8(encoding);
  const bytes = pipeline(input, utf8.stream, () => {});
  for await (const { line, number } of lines(bytes)) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const message = `line ${number} is not valid JSON: ${(error as Error).message}`;
      yield { line, number, problem: { code: 'INVALID_JSON', message } };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      const message = `line ${number} is ${kindOf(value)}, not a JSON object`;
      yield { line, number, problem: { code: 'NOT_AN_OBJECT', message } };
      continue;
    }
    yield { object: value as Record<string, unknown>, number };
  }
  const failure = utf8.failure();
  if (failure) throw failure;
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

function toInputError(error: unknown): Error {
  if (error instanceof InputError) return error;
  const csv = error as Partial<CsvError> & Error;
  if (typeof csv.code === 'string' && csv.code.startsWith('CSV_')) {
    return new InputError(`bad CSV: ${csv.message}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Open the rows of a CSV (first record = header) or JSONL input. Reads until the first record
 * (JSONL: the first object) to check that the text column exists, so that nothing is written
 * for an unusable input. Every record read becomes a row: CSV rows with more or fewer fields
 * than the header and JSONL lines that are not a JSON object come with a `problem`.
 * @throws InputError for a broken CSV quote, bytes that are not valid in the encoding and a
 * missing text (or explicit id) column, saying which columns exist.
 */
export async function openRows(input: Readable, options: ReadOptions): Promise<RowSource> {
  const encoding = options.encoding ?? 'utf-8';
  const csv = options.format === 'csv' ? csvRecords(input, encoding) : undefined;
  const records = csv?.records[Symbol.asyncIterator]();
  // An encoding error ends the CSV records early: it is thrown once they are read.
  const csvProblem = (error?: unknown) => {
    const failure = csv?.failure();
    if (failure && error !== undefined && error !== failure) {
      // The bad line was inside a quoted field: the parser stopped too, and drops what it held.
      return new InputError(
        failure.message.replace(
          'The rows before that line were written; nothing from it on. ',
          'It is inside a quoted field: the output stops before that record and may lack a few rows before it. ',
        ),
      );
    }
    if (failure) return failure;
    return error === undefined ? undefined : toInputError(error);
  };
  const objects = options.format === 'jsonl' ? jsonlRecords(input, encoding) : undefined;

  // JSONL lines before the first object (they cannot name columns): written first.
  const before: JsonlRecord[] = [];
  let first: IteratorResult<CsvRecord | JsonlRecord>;
  try {
    if (records) {
      first = await records.next();
      const failure = first.done ? csvProblem() : undefined;
      if (failure) throw failure;
    } else {
      const jsonl = objects as AsyncGenerator<JsonlRecord>;
      let next = await jsonl.next();
      while (!next.done && !next.value.object) {
        before.push(next.value);
        next = await jsonl.next();
      }
      first = next;
    }
  } catch (error) {
    throw csvProblem(error);
  }

  const columns = first.done
    ? []
    : 'record' in first.value
      ? first.value.record
      : Object.keys(first.value.object ?? {});
  const textColumn = first.done ? options.column : findColumn(columns, options.column);
  if (textColumn === undefined) {
    throw new InputError(
      `no column "${options.column}" in the input; the columns are: ${describeColumns(columns)}. Choose one with --column.`,
    );
  }
  const idColumn = findColumn(columns, options.idColumn);
  if (idColumn === undefined && options.idColumnRequired && !first.done) {
    throw new InputError(
      `no id column "${options.idColumn}" in the input; the columns are: ${describeColumns(columns)}.`,
    );
  }

  if (records) {
    if (first.done) return { columns, rows: (async function* () {})() };
    const textIndex = columns.indexOf(textColumn);
    const idIndex = idColumn === undefined ? -1 : columns.indexOf(idColumn);
    const rows = async function* (): AsyncGenerator<InputRow> {
      let number = 0;
      try {
        for (;;) {
          const next = await records.next();
          if (next.done) {
            const failure = csvProblem();
            if (failure) throw failure;
            return;
          }
          number += 1;
          const { record: fields, info } = next.value;
          const row: InputRow = {
            fields: fields.slice(0, columns.length),
            text: fields[textIndex],
            // An empty (or missing) id names the row by its number.
            name: fields[idIndex] ? `${idColumn}=${fields[idIndex]}` : `row ${number}`,
          };
          if (fields.length !== columns.length) {
            const kept =
              fields.length > columns.length ? ' (the extra ones are kept in "extra")' : '';
            row.problem = {
              code: 'FIELD_COUNT',
              message: `line ${info.lines} has ${fields.length} fields, the header has ${columns.length}${kept}; a missing or unquoted comma?`,
            };
            if (fields.length > columns.length) row.extra = fields.slice(columns.length);
          }
          yield row;
        }
      } catch (error) {
        throw csvProblem(error);
      }
    };
    return { columns, rows: rows() };
  }

  const jsonl = objects as AsyncGenerator<JsonlRecord>;
  const rows = async function* (): AsyncGenerator<InputRow> {
    let number = 0;
    const toRow = (record: JsonlRecord): InputRow => {
      number += 1;
      if (!record.object) {
        return {
          fields: {},
          text: undefined,
          name: `line ${record.number}`,
          problem: record.problem,
          extra: record.line,
        };
      }
      const fields = record.object;
      const id = idColumn === undefined ? undefined : fields[idColumn];
      return {
        fields,
        text: fields[textColumn],
        name: id === undefined || id === null ? `row ${number}` : `${idColumn}=${String(id)}`,
      };
    };
    for (const record of before) yield toRow(record);
    if (first.done) return;
    yield toRow(first.value as JsonlRecord);
    for await (const record of jsonl) yield toRow(record);
  };
  return { columns, rows: rows() };
}
