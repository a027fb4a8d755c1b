import { describe, expect, it } from 'vitest';
import { graphql, testApp } from '../helpers/graphql.js';

const ONE =
  'query ($text: String!, $options: AnalysisOptions) { analyzeSentiment(text: $text, options: $options) { polarity } }';
const BATCH =
  'mutation ($documents: [DocumentInput!]!) { analyzeSentimentBatch(documents: $documents) { summary { total } } }';

const app = testApp({ maxTextLength: 40, maxBatchSize: 3, maxBatchTextLength: 100 });
const docs = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `d${i}`, text: 'fine' }));
const lexicon = (word: unknown, valence: unknown) => ({ lexicon: [{ word, valence }] });

describe('input validation', () => {
  it.each([
    ['empty text', ONE, { text: '' }, 'EMPTY_TEXT', 'text is empty'],
    ['whitespace-only text', ONE, { text: ' \n\t ' }, 'EMPTY_TEXT', 'text is empty'],
    ['zero-width-only text', ONE, { text: '\u200b\u200b\ufeff' }, 'EMPTY_TEXT', 'text is empty'],
    ['control-characters-only text', ONE, { text: '\u0000\u0007' }, 'EMPTY_TEXT', 'text is empty'],
    [
      'documents over MAX_BATCH_TEXT_LENGTH together',
      BATCH,
      {
        documents: [
          { id: 'a', text: 'x'.repeat(40) },
          { id: 'b', text: 'y'.repeat(40) },
          { id: 'c', text: 'z'.repeat(21) },
        ],
      },
      'BATCH_TOO_LARGE',
      'the documents hold 101 characters together; the limit is 100',
    ],
    [
      'text over MAX_TEXT_LENGTH',
      ONE,
      { text: 'a'.repeat(41) },
      'TEXT_TOO_LONG',
      'the limit is 40',
    ],
    ['empty batch', BATCH, { documents: [] }, 'EMPTY_BATCH', 'at least one document'],
    [
      'batch over MAX_BATCH_SIZE',
      BATCH,
      { documents: docs(4) },
      'BATCH_TOO_LARGE',
      'the limit is 3',
    ],
    [
      'duplicate ids',
      BATCH,
      { documents: [...docs(2), { id: 'd0', text: 'again' }] },
      'DUPLICATE_ID',
      'repeated: "d0"',
    ],
    [
      'empty lexicon word',
      ONE,
      { text: 'ok', options: lexicon('', 1) },
      'BAD_USER_INPUT',
      'word must not be blank',
    ],
    [
      'blank lexicon word',
      ONE,
      { text: 'ok', options: lexicon('  ', 1) },
      'BAD_USER_INPUT',
      'word must not be blank',
    ],
    [
      'lexicon word of 65 characters',
      ONE,
      { text: 'ok', options: lexicon('w'.repeat(65), 1) },
      'BAD_USER_INPUT',
      'at most 64 characters',
    ],
    [
      'valence over 5',
      ONE,
      { text: 'ok', options: lexicon('ok', 5.5) },
      'BAD_USER_INPUT',
      'between -5 and 5',
    ],
    [
      'valence under -5',
      ONE,
      { text: 'ok', options: lexicon('ok', -6) },
      'BAD_USER_INPUT',
      'between -5 and 5',
    ],
    [
      'missing text variable',
      ONE,
      {},
      'BAD_USER_INPUT',
      '"$text" of required type "String!" was not provided',
    ],
    ['null text', ONE, { text: null }, 'BAD_USER_INPUT', 'must not be null'],
    [
      'a string valence (graphql-js messages, also with graphql-jit)',
      ONE,
      { text: 'ok', options: lexicon('meh', '3') },
      'BAD_USER_INPUT',
      'Variable "$options" got invalid value "3" at "options.lexicon[0].valence"',
    ],
    [
      'a non-integer document id',
      BATCH,
      { documents: [{ id: 1.5, text: 'a' }] },
      'BAD_USER_INPUT',
      'at "documents[0].id"; ID cannot represent value: 1.5',
    ],
    [
      'non-string text',
      ONE,
      { text: 42 },
      'BAD_USER_INPUT',
      'String cannot represent a non string value',
    ],
  ])('%s -> %s', async (_name, query, variables, code, message) => {
    const { body } = await graphql(app, query, variables);
    expect(body.data?.analyzeSentiment ?? body.data?.analyzeSentimentBatch ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(body.errors?.[0]?.message).toContain(message);
  });

  it('names the offending field in the message', async () => {
    const { body } = await graphql(app, ONE, { text: 'ok', options: lexicon('ok', 9) });
    expect(body.errors?.[0]?.message).toBe(
      'options.lexicon.0.valence: valence must be between -5 and 5',
    );
    expect(body.errors?.[0]?.extensions?.fields).toEqual(['options.lexicon.0.valence']);
  });

  it.each([
    ['text of exactly MAX_TEXT_LENGTH', ONE, { text: 'a'.repeat(40) }],
    ['batch of exactly MAX_BATCH_SIZE', BATCH, { documents: docs(3) }],
    [
      'lexicon word of 64 characters, valence 5',
      ONE,
      { text: 'ok', options: lexicon('w'.repeat(64), 5) },
    ],
    ['phrase in the lexicon, valence -5', ONE, { text: 'ok', options: lexicon('let down', -5) }],
  ])('accepts the boundary: %s', async (_name, query, variables) => {
    const { body } = await graphql(app, query, variables);
    expect(body.errors).toBeUndefined();
  });
});

describe('batch limits per request', () => {
  // Regression: the limits held per field, so aliases of one batch multiplied them (15 aliases
  // of a 10,000-document variable analyzed 150,000 documents; with words, the response was
  // too large to serialize).
  const TWO = `mutation ($documents: [DocumentInput!]!) {
    a: analyzeSentimentBatch(documents: $documents) { summary { analyzed } }
    b: analyzeSentimentBatch(documents: $documents) { summary { analyzed } }
  }`;

  it('counts the documents of every batch field of the request together', async () => {
    const { body } = await graphql<{ a: unknown; b: unknown }>(app, TWO, { documents: docs(2) });
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions?.code).toBe('BATCH_TOO_LARGE');
    expect(body.errors?.[0]?.message).toContain('send 4 documents');
    expect(body.errors?.[0]?.message).toContain('per request');
  });

  it('counts their characters together too', async () => {
    const documents = [
      { id: 'a', text: 'x'.repeat(30) },
      { id: 'b', text: 'y'.repeat(30) },
    ];
    const { body } = await graphql(app, TWO, { documents });
    expect(body.errors?.[0]?.extensions?.code).toBe('BATCH_TOO_LARGE');
    expect(body.errors?.[0]?.message).toContain('(120 characters)');
  });

  it('still allows several small batch fields within the limits', async () => {
    const { body } = await graphql<{ a: { summary: { analyzed: number } } }>(app, TWO, {
      documents: docs(1),
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.a.summary.analyzed).toBe(1);
  });
});

describe('variables are coerced as the GraphQL spec says, with graphql-jit too', () => {
  // Regressions: graphql-jit's own coercion accepted [] for an input object, ignored variable
  // defaults, and left 'must not be null' argument errors without a code.
  for (const graphqlJit of [1, 0]) {
    const engine = testApp({ graphqlJit });
    const label = graphqlJit === 1 ? 'graphql-jit' : 'graphql-js';

    it(`${label}: [] for an input object is BAD_USER_INPUT (400)`, async () => {
      const { status, body } = await graphql(engine, ONE, { text: 'good', options: [] });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain(
        'Expected type "AnalysisOptions" to be an object',
      );
    });

    it(`${label}: a variable's default applies when the variable is not sent`, async () => {
      const query = 'query ($t: String! = "lovely") { analyzeSentiment(text: $t) { label } }';
      const { status, body } = await graphql(engine, query, {});
      expect(status).toBe(200);
      expect(body).toEqual({ data: { analyzeSentiment: { label: 'POSITIVE' } } });
    });

    it(`${label}: null sent for a defaulted variable used as String! is BAD_USER_INPUT`, async () => {
      const query = 'query ($t: String = "lovely") { analyzeSentiment(text: $t) { label } }';
      const { body } = await graphql(engine, query, { t: null });
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain('must not be null');
    });
  }
});

describe('lists that repeat per document or word are selected once per place', () => {
  // Regression: within the batch limits, 11 aliases of `words` in a 10,000-document batch made
  // a 487 MB response (15: a 500 after 3 GB of memory).
  const rejected: Array<[string, string, Record<string, unknown>]> = [
    [
      'words under two names',
      '{ analyzeSentiment(text: "good") { words { token } again: words { token } } }',
      {},
    ],
    [
      'sentences through a fragment',
      `{ analyzeSentiment(text: "good") { sentences { text } ...F } }
       fragment F on SentimentAnalysis { copy: sentences { text } }`,
      {},
    ],
    [
      'results of a batch under two names',
      'mutation ($documents: [DocumentInput!]!) { analyzeSentimentBatch(documents: $documents) { results { id } more: results { id } } }',
      { documents: docs(1) },
    ],
    [
      'analysis of a result under two names, in an inline fragment',
      'mutation ($documents: [DocumentInput!]!) { analyzeSentimentBatch(documents: $documents) { results { analysis { label } ... on DocumentResult { a2: analysis { label } } } } }',
      { documents: docs(1) },
    ],
    [
      'a scalar of every word under two names',
      'mutation ($documents: [DocumentInput!]!) { analyzeSentimentBatch(documents: $documents) { results { analysis { words { token t2: token } } } } }',
      { documents: docs(1) },
    ],
    [
      'a field of a root-typed fragment below the root',
      `{ ...R } fragment R on Query { analyzeSentiment(text: "good") { label l2: label } }`,
      {},
    ],
  ];
  it.each(rejected)('%s -> OPERATION_TOO_COMPLEX', async (_name, query, variables) => {
    const { body } = await graphql(app, query, variables);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('OPERATION_TOO_COMPLEX');
    expect(body.errors?.[0]?.message).toMatch(/is selected under 2 names .*select it once/);
  });

  it('allows the same field twice under one name (merged), in different places, and root aliases', async () => {
    const query = `{
      a: analyzeSentiment(text: "good") { words { token } words { token } ...W }
      b: analyzeSentiment(text: "bad") { words { token } }
      ...R
    }
    fragment W on SentimentAnalysis { words { token } }
    fragment R on Query { c: analyzeSentiment(text: "ok") { label } }`;
    const { status, body } = await graphql<{ a: { words: unknown[] }; b: { words: unknown[] } }>(
      app,
      query,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.a.words).toEqual([{ token: 'good' }]);
    expect(body.data?.b.words).toEqual([{ token: 'bad' }]);
  });
});
