import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  analyzeOverHttp,
  type LocalService,
  startLocalService,
} from '../../scripts/eval/client.js';
import { passes, type SetResult } from '../../scripts/eval/table.js';

describe('analyzeOverHttp', () => {
  let service: LocalService;
  beforeAll(async () => {
    service = await startLocalService();
  });
  afterAll(async () => {
    await service.close();
  });

  it('returns one prediction per text, in order, across batches, and reports failures', async () => {
    const run = await analyzeOverHttp(service.url, ['good', 'bad', '   ', 'fine', 'ok'], 2);
    expect(run.polarity).toHaveLength(5);
    expect(run.subjectivity).toHaveLength(5);
    expect(run.failed).toEqual([{ index: 2, code: 'EMPTY_TEXT', message: expect.any(String) }]);
    expect(run.polarity[2]).toBeNaN();
    expect(Number.isFinite(run.polarity[0])).toBe(true);
  });

  it('marks a whole batch failed when the request fails', async () => {
    const run = await analyzeOverHttp(service.url.replace('/graphql', '/nowhere'), ['a', 'b']);
    expect(run.failed.map((failure) => [failure.index, failure.code])).toEqual([
      [0, 'REQUEST_FAILED'],
      [1, 'REQUEST_FAILED'],
    ]);
  });
});

describe('passes', () => {
  const base: SetResult = {
    name: 'uci_yelp',
    kind: 'binary',
    n: 10,
    metric: 'strict acc',
    ours: { value: 0.72 },
    docsPerSecond: 1,
    failed: [],
    peers: { a: 0.6, b: Number.NaN },
    reference: { textblob: 0.615, target: 0.71 },
  };

  it('needs the target and a win over every peer with a figure', () => {
    expect(passes(base)).toBe(true);
    expect(passes({ ...base, ours: { value: 0.7 } })).toBe(false);
    expect(passes({ ...base, peers: { a: 0.73 } })).toBe(false);
    expect(passes({ ...base, reference: undefined })).toBe(false);
  });
});
