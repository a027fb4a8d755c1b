import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/graphql.js';

async function post(app: ReturnType<typeof testApp>, body: unknown) {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: { analyzeSentiment: { polarity: number } } };
}

async function lookups(app: ReturnType<typeof testApp>) {
  const text = await (await app.fetch('http://localhost/metrics')).text();
  const count = (result: string) =>
    Number(
      text.match(
        new RegExp(`sentiment_analysis_cache_lookups_total\\{result="${result}"\\} (\\d+)`),
      )?.[1] ?? 0,
    );
  return { hit: count('hit'), miss: count('miss') };
}

const query =
  'query ($text: String!, $options: AnalysisOptions) { analyzeSentiment(text: $text, options: $options) { polarity label words { token } } }';

describe('RESPONSE_CACHE_SIZE: the analysis result cache', () => {
  it('answers a repeated text from the cache, with the same result, and counts hits', async () => {
    const app = testApp({ responseCacheSize: 10 });
    const first = await post(app, { query, variables: { text: 'What a great day!' } });
    const second = await post(app, { query, variables: { text: 'What a great day!' } });
    expect(second).toEqual(first);
    expect(await lookups(app)).toEqual({ hit: 1, miss: 1 });
  });

  it('bypasses the cache for a per-request lexicon', async () => {
    const app = testApp({ responseCacheSize: 10 });
    await post(app, { query, variables: { text: 'a great day' } });
    const custom = await post(app, {
      query,
      variables: { text: 'a great day', options: { lexicon: [{ word: 'great', valence: -5 }] } },
    });
    expect(custom.data?.analyzeSentiment.polarity).toBeLessThan(0);
    expect(await lookups(app)).toEqual({ hit: 0, miss: 1 });
  });

  it('is off with size 0: nothing is counted', async () => {
    const app = testApp({ responseCacheSize: 0 });
    await post(app, { query, variables: { text: 'nice' } });
    await post(app, { query, variables: { text: 'nice' } });
    expect(await lookups(app)).toEqual({ hit: 0, miss: 0 });
  });
});
