import { extname } from 'node:path';
import { parseArgs } from 'node:util';

export type Format = 'csv' | 'jsonl';
export const FORMATS: readonly Format[] = ['csv', 'jsonl'];
export type Encoding = 'utf-8' | 'latin1' | 'windows-1252';
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'latin1', 'windows-1252'];

/** What `sentiment-batch` was asked to do. */
export interface CliOptions {
  /** A file path, or `-` for stdin. */
  input: string;
  format: Format;
  outputFormat: Format;
  /** The input's character encoding. */
  encoding: Encoding;
  /** Column (CSV header or JSONL key) holding the text. */
  column: string;
  /** Column identifying rows in messages; `required` when given explicitly. */
  idColumn: string;
  idColumnRequired: boolean;
  /** GraphQL endpoint of a running service; analyze in-process when absent. */
  url: string | undefined;
  /** Rows per request with --url (and per analysis slice in-process). */
  batchSize: number;
  /** Most requests in flight at once with --url. */
  concurrency: number;
}

/** Wrong command line or unreadable input: exit code 2, message for people. */
export class InputError extends Error {
  override name = 'InputError';
}

export const USAGE = `Usage: sentiment-batch INPUT [options]

Analyze the sentiment of every row of a CSV or JSONL file and write the rows back with
polarity, subjectivity, label and error added (same order, every input column kept).

  INPUT                   a .csv, .jsonl or .ndjson file, or - for stdin (then pass --format)

Options:
  --column NAME           column / key holding the text (default: text)
  --id-column NAME        column / key naming rows in messages (default: id, if present)
  --format csv|jsonl      input format (default: from the file extension)
  --output-format csv|jsonl
                          output format on stdout (default: the input format)
  --url URL               send batches to a running service, e.g. http://localhost:4000/graphql
                          (default: analyze in this process)
  --batch-size N          rows per request with --url (default: 500)
  --concurrency N         requests in flight with --url (default: 4)
  --encoding utf-8|latin1|windows-1252
                          input encoding (default: utf-8; bytes that are not valid UTF-8
                          stop with exit code 2, naming the line and byte offset)
  -h, --help              show this help

Results go to stdout; a progress line (on a terminal) and a summary go to stderr.
Every input row gets an output row. The added columns are named sentiment_polarity, ...
when the input already has a column polarity, subjectivity, label, error or extra.
Exit codes: 0 done (rows that could not be analyzed get an "error"), 1 the service failed,
2 unreadable input or bad options, 3 done but some rows could not be read (a CSV row with
the wrong number of fields, a JSONL line that is not a JSON object): see their "error".

Examples:
  sentiment-batch reviews.csv --column body > scored.csv
  cat posts.jsonl | sentiment-batch - --format jsonl --url http://localhost:4000/graphql
`;

function positiveInt(name: string, value: string | undefined, fallback: number, max: number) {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > max) {
    throw new InputError(`--${name} must be a whole number from 1 to ${max}, got "${value}"`);
  }
  return parsed;
}

function encoding(value: string | undefined): Encoding {
  if (value === undefined) return 'utf-8';
  const lower = value.toLowerCase().replace(/_/g, '-');
  if (lower === 'utf8') return 'utf-8';
  if (lower === 'iso-8859-1' || lower === 'latin-1') return 'latin1';
  if (lower === 'cp1252') return 'windows-1252';
  if ((ENCODINGS as readonly string[]).includes(lower)) return lower as Encoding;
  throw new InputError(`--encoding must be utf-8, latin1 or windows-1252, got "${value}"`);
}

function format(name: string, value: string | undefined): Format | undefined {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  if (lower === 'ndjson') return 'jsonl';
  if ((FORMATS as readonly string[]).includes(lower)) return lower as Format;
  throw new InputError(`--${name} must be csv or jsonl, got "${value}"`);
}

/** The input format from a file name: .csv, .jsonl / .ndjson (undefined otherwise). */
export function formatFromPath(path: string): Format | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  return undefined;
}

/**
 * Parse the command line; `{ help: true }` for --help.
 * @throws InputError for unknown options, a missing INPUT or bad values.
 */
export function parseCliArgs(argv: readonly string[]): CliOptions | { help: true } {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new InputError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length !== 1 || positionals[0] === undefined) {
    throw new InputError(
      `${positionals.length === 0 ? 'missing INPUT' : 'give exactly one INPUT'}\n\n${USAGE}`,
    );
  }
  const input = positionals[0];
  const inputFormat = format('format', values.format) ?? formatFromPath(input);
  if (!inputFormat) {
    throw new InputError(
      input === '-'
        ? 'reading stdin: pass --format csv or --format jsonl'
        : `cannot tell the format of "${input}" from its extension: pass --format csv or --format jsonl`,
    );
  }
  let url: string | undefined;
  if (values.url !== undefined) {
    try {
      const parsedUrl = new URL(values.url);
      if (parsedUrl.protocol !== 'http:' && parsedUrl.protocol !== 'https:') throw new Error();
      url = parsedUrl.href;
    } catch {
      throw new InputError(`--url must be an http(s) URL such as http://localhost:4000/graphql`);
    }
  }
  return {
    input,
    format: inputFormat,
    outputFormat: format('output-format', values['output-format']) ?? inputFormat,
    encoding: encoding(values.encoding),
    column: values.column ?? 'text',
    idColumn: values['id-column'] ?? 'id',
    idColumnRequired: values['id-column'] !== undefined,
    url,
    batchSize: positiveInt('batch-size', values['batch-size'], 500, 100_000),
    concurrency: positiveInt('concurrency', values.concurrency, 4, 64),
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      column: { type: 'string' },
      'id-column': { type: 'string' },
      format: { type: 'string' },
      'output-format': { type: 'string' },
      encoding: { type: 'string' },
      url: { type: 'string' },
      'batch-size': { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
