import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvalArgs, REPO_ROOT } from '../../scripts/eval/cli.js';

describe('parseEvalArgs', () => {
  it('defaults to an in-process service and ../shared/data/eval', () => {
    expect(parseEvalArgs([])).toEqual({
      url: undefined,
      dataDir: resolve(REPO_ROOT, '../shared/data/eval'),
      peers: false,
      json: undefined,
      batchSize: 1000,
      help: false,
    });
  });

  it('reads every option', () => {
    const options = parseEvalArgs([
      '--url',
      'http://127.0.0.1:4000/graphql',
      '--data',
      '/tmp/sets',
      '--peers',
      '--json',
      'out.json',
      '--batch-size',
      '250',
    ]);
    expect(options).toMatchObject({
      url: 'http://127.0.0.1:4000/graphql',
      dataDir: '/tmp/sets',
      peers: true,
      json: 'out.json',
      batchSize: 250,
    });
  });

  it('rejects unknown options and bad batch sizes', () => {
    expect(() => parseEvalArgs(['--nope'])).toThrow();
    expect(() => parseEvalArgs(['--batch-size', '0'])).toThrow(/batch-size/);
  });
});
