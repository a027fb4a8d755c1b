import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

/**
 * Run the CLI's `main` in-process; stdin is given as byte chunks (several, to test chunk
 * boundaries). Returns the exit code, stdout and stderr.
 */
export async function cli(argv: string[], ...chunks: (string | Buffer)[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => {
    out += String(chunk);
  });
  stderr.on('data', (chunk) => {
    err += String(chunk);
  });
  const stdin = Readable.from(chunks.map((chunk) => Buffer.from(chunk)));
  const code = await main(argv, { stdin, stdout, stderr });
  return { code, stdout: out, stderr: err };
}
