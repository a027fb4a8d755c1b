import { describe, expect, it } from 'vitest';
import { analyzeBatch, analyzeBatchCooperatively } from '../../src/analysis/batch.js';

const documents = [
  { id: 'a', text: 'I love it.' },
  { id: 'b', text: '   ' },
  { id: 'c', text: 'Awful, just awful.' },
  { id: 'd', text: 'x'.repeat(30) },
];

describe('batch analysis (library use)', () => {
  it('keeps input order, gives bad documents their own error and summarizes', () => {
    const batch = analyzeBatch(documents, {}, 20);
    expect(batch.results.map((r) => r.analysis?.label ?? r.error?.code)).toEqual([
      'POSITIVE',
      'EMPTY_TEXT',
      'NEGATIVE',
      'TEXT_TOO_LONG',
    ]);
    expect(batch.summary).toMatchObject({
      total: 4,
      analyzed: 2,
      failed: 2,
      positive: 1,
      negative: 1,
    });
  });

  it('gives the same result sliced for the event loop as in one go', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      id: String(i),
      text: `Day ${i} was good but the food was bad.`,
    }));
    expect(await analyzeBatchCooperatively(many, {}, 100)).toEqual(analyzeBatch(many, {}, 100));
  });
});
