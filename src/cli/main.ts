import { createReadStream, fstat } from 'node:fs';
import { stat } from 'node:fs/promises';
import { type Readable, Transform, type Writable } from 'node:stream';
import { promisify } from 'node:util';
import { defaultConfig } from '../config.js';
import { localAnalyzer, remoteAnalyzer, ServiceError } from './analyzers.js';
import { InputError, parseCliArgs, USAGE } from './options.js';
import { progressLine, summaryText } from './progress.js';
import { runBatch } from './run.js';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  /** Longest text analyzed in-process (the service's default limit). */
  maxTextLength?: number;
  fetch?: typeof fetch;
}

/** Open INPUT (a path or `-`) and find its size when it is a regular file (for the ETA). */
async function openInput(path: string, stdin: Readable) {
  if (path === '-') {
    const fd = (stdin as { fd?: number }).fd;
    let size: number | undefined;
    if (typeof fd === 'number') {
      const info = await promisify(fstat)(fd).catch(() => undefined);
      if (info?.isFile()) size = info.size;
    }
    return { stream: stdin, size };
  }
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? `cannot read "${path}": no such file` : `cannot read "${path}": ${code}`,
    );
  }
  if (!info.isFile()) throw new InputError(`cannot read "${path}": not a file`);
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (error: NodeJS.ErrnoException) =>
      reject(new InputError(`cannot read "${path}": ${error.code ?? error.message}`)),
    );
  });
  return { stream, size: info.size };
}

/**
 * Most text characters per request with --url: under the service's default
 * MAX_BATCH_TEXT_LENGTH (2,000,000) and, with JSON escaping and multi-byte text, its 16 MB body limit.
 */
export const URL_BATCH_CHARS = 1_500_000;

function fail(io: CliIo, message: string, code: number) {
  io.stderr.write(`sentiment-batch: ${message}\n`);
  return code;
}

/**
 * The `sentiment-batch` command. Resolves with the exit code: 0 done, 1 service failure,
 * 2 unreadable input or bad options, 3 done but some rows could not be read (each is in the
 * output with its error).
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let bytesRead = 0;
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  let timer: NodeJS.Timeout | undefined;
  let rowsDone = 0;
  try {
    const options = parseCliArgs(argv);
    if ('help' in options) {
      io.stdout.write(USAGE);
      return 0;
    }
    const { stream, size } = await openInput(options.input, io.stdin);
    const counted = stream.pipe(
      new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          bytesRead += chunk.length;
          callback(null, chunk);
        },
      }),
    );
    stream.once('error', (error: Error) => counted.destroy(error));

    const tty = io.stderr.isTTY === true;
    const showProgress = () =>
      io.stderr.write(`\r\x1b[2K${progressLine(rowsDone, elapsed(), bytesRead, size)}`);
    if (tty) timer = setInterval(showProgress, 500).unref();

    const analyzer = options.url
      ? remoteAnalyzer(options.url, options.column, io.fetch)
      : localAnalyzer(io.maxTextLength ?? defaultConfig.maxTextLength, options.column);
    const summary = await runBatch({
      ...options,
      // In-process analysis is synchronous: larger slices, nothing to overlap.
      batchSize: options.url ? options.batchSize : 1000,
      // Keep requests well under the service's body limit (MAX_BODY_BYTES, 16 MB by default).
      maxBatchChars: options.url ? URL_BATCH_CHARS : undefined,
      concurrency: options.url ? options.concurrency : 1,
      input: counted,
      output: io.stdout,
      analyzer,
      onProgress: (totals) => {
        rowsDone = totals.rows;
      },
    });
    if (tty) io.stderr.write('\r\x1b[2K');
    io.stderr.write(summaryText(summary, elapsed()));
    return summary.unreadable > 0 ? 3 : 0;
  } catch (error) {
    if (io.stderr.isTTY) io.stderr.write('\r\x1b[2K');
    if (error instanceof InputError) return fail(io, error.message, 2);
    if (error instanceof ServiceError) return fail(io, error.message, 1);
    return fail(io, error instanceof Error ? (error.stack ?? error.message) : String(error), 1);
  } finally {
    if (timer) clearInterval(timer);
  }
}
