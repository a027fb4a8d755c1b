import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Command-line options of `npm run eval`. */
export interface EvalOptions {
  /** GraphQL endpoint of a running service; undefined starts one in-process. */
  url?: string;
  /** Eval data folder. */
  dataDir: string;
  peers: boolean;
  json?: string;
  batchSize: number;
  help: boolean;
}

/** Repository root (two levels above this file). */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Usage text. */
export const USAGE = `Usage: npm run eval -- [options]
  --url URL         GraphQL endpoint of a running service (default: start one in-process)
  --data DIR        eval data folder (default: ../shared/data/eval from the repo root)
  --peers           also run npm sentiment, wink-sentiment and vader-sentiment in-process
  --json FILE       also write the results as JSON
  --batch-size N    documents per analyzeSentimentBatch request (default 1000)
  --help            show this help`;

/**
 * Parse the command line.
 * @throws TypeError on unknown options or a bad batch size.
 */
export function parseEvalArgs(args: readonly string[]): EvalOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      url: { type: 'string' },
      data: { type: 'string' },
      peers: { type: 'boolean', default: false },
      json: { type: 'string' },
      'batch-size': { type: 'string', default: '1000' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new TypeError(
      `--batch-size must be a positive whole number, got ${values['batch-size']}`,
    );
  }
  return {
    url: values.url,
    dataDir: values.data ? resolve(values.data) : resolve(REPO_ROOT, '../shared/data/eval'),
    peers: values.peers,
    json: values.json,
    batchSize,
    help: values.help,
  };
}
