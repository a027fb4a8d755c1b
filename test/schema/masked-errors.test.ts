import { describe, expect, it, vi } from 'vitest';
import { graphql, testApp } from '../helpers/graphql.js';

vi.mock('../../src/analysis/analyze.js', () => ({
  analyze: () => {
    throw new Error('secret internal detail: /etc/passwd');
  },
}));

describe('unexpected errors', () => {
  it('are masked: no internal message reaches the client', async () => {
    const { status, body } = await graphql(
      testApp(),
      '{ analyzeSentiment(text: "fine") { polarity } }',
    );
    expect(status).toBe(200);
    expect(body.errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(body)).not.toContain('secret');
  });
});
