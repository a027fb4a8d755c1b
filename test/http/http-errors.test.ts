import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/graphql.js';

const app = testApp();
const post = (body: string, contentType = 'application/json') =>
  app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': contentType, accept: 'application/json' },
    body,
  });
type Errors = { errors: Array<{ message: string; extensions?: { code?: string } }> };

describe('HTTP-level client mistakes on /graphql', () => {
  it('malformed JSON -> 400 BAD_REQUEST', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    const body = (await response.json()) as Errors;
    expect(body.errors[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(body.errors[0]?.message).toContain('invalid JSON');
  });

  it('unsupported content type -> 415 UNSUPPORTED_MEDIA_TYPE that says what to send', async () => {
    const response = await post('{ __typename }', 'text/plain');
    expect(response.status).toBe(415);
    const body = (await response.json()) as Errors;
    expect(body.errors[0]?.extensions?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(body.errors[0]?.message).toContain('Content-Type: application/json');
  });

  it.each([
    ['application/x-www-form-urlencoded', 'query=%7B__typename%7D'],
    ['application/graphql', '{ __typename }'],
    [
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--',
    ],
  ])('a %s body -> 415 (only JSON bodies are accepted)', async (contentType, body) => {
    const response = await post(body, contentType);
    expect(response.status).toBe(415);
    expect(((await response.json()) as Errors).errors[0]?.extensions?.code).toBe(
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  // Regression: these passed our check (it lower-cased and trimmed) but not Yoga's body
  // parser, which answered 415 with an empty body and no code.
  it.each([
    'APPLICATION/JSON',
    'application/json ; charset=utf-8',
    'application/json; charset=latin1',
    'application/json;charset=utf-16',
  ])('Content-Type %s -> 415 with a code and what to send', async (contentType) => {
    const response = await post('{"query":"{ __typename }"}', contentType);
    expect(response.status).toBe(415);
    const body = (await response.json()) as Errors;
    expect(body.errors[0]?.extensions?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(body.errors[0]?.message).toContain('in UTF-8 with Content-Type: application/json');
  });

  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'application/json;charset=UTF-8',
    'application/json; charset="utf-8"',
  ])('Content-Type %s is read as JSON', async (contentType) => {
    const response = await post('{"query":"{ __typename }"}', contentType);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  // Regression: Yoga serves /graphql/ too, where the check did not apply, so a form post
  // (which browsers send cross-site without a preflight) ran a mutation.
  it('guards /graphql/ (trailing slash) as /graphql', async () => {
    const response = await app.fetch('http://localhost/graphql/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('mutation { analyzeSentimentBatch(documents: [{id: "1", text: "good"}]) { summary { analyzed } } }')}`,
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as Errors).errors[0]?.extensions?.code).toBe(
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it.each([
    ['variables', '{bad'],
    ['variables', '[1]'],
    ['extensions', '{bad'],
  ])('GET with malformed %s %s -> 400 BAD_REQUEST, not 500', async (name, value) => {
    const query = encodeURIComponent('{ __typename }');
    const response = await app.fetch(
      `http://localhost/graphql?query=${query}&${name}=${encodeURIComponent(value)}`,
      { headers: { accept: 'application/json' } },
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as Errors;
    expect(body.errors[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(body.errors[0]?.message).toContain(`the "${name}" parameter must be a JSON object`);
  });

  it('a subscription -> OPERATION_NOT_SUPPORTED, not 500', async () => {
    const response = await post(JSON.stringify({ query: 'subscription { __typename }' }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Errors;
    expect(body.errors[0]?.extensions?.code).toBe('OPERATION_NOT_SUPPORTED');
    expect(body.errors[0]?.message).toBe(
      'subscriptions are not supported; use a query or a mutation',
    );
  });

  it('/ redirects to GraphiQL; unknown paths get a JSON 404 that says where to go', async () => {
    const root = await app.fetch('http://localhost/', { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/graphql');
    const missing = await app.fetch('http://localhost/graphq');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toContain(
      'GraphQL (and GraphiQL) is at /graphql',
    );
    expect((await app.fetch('http://localhost/health')).headers.get('x-request-id')).toMatch(
      /^[0-9a-f-]{36}$/,
    );
  });

  it('variables that do not fit their types -> 400 BAD_USER_INPUT naming the path', async () => {
    const response = await post(
      JSON.stringify({
        query:
          'query ($o: AnalysisOptions) { analyzeSentiment(text: "ok", options: $o) { label } }',
        variables: { o: { lexicon: [{ word: 'meh', valence: '3' }] } },
      }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as Errors;
    expect(body.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.message).toContain('at "o.lexicon[0].valence"');
  });

  it('a mutation over GET -> 405', async () => {
    const query =
      'mutation { analyzeSentimentBatch(documents: [{id: "1", text: "a"}]) { summary { total } } }';
    const response = await app.fetch(
      `http://localhost/graphql?query=${encodeURIComponent(query)}`,
      {
        headers: { accept: 'application/json' },
      },
    );
    expect(response.status).toBe(405);
    const body = (await response.json()) as Errors;
    expect(body.errors[0]?.message).toContain('mutation operation from a POST request');
  });

  it('operation batching (an array of operations) is off -> 400', async () => {
    const response = await post(
      JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as Errors).errors[0]?.message).toBe(
      'Batching is not supported.',
    );
  });

  it('an unknown field -> GRAPHQL_VALIDATION_FAILED naming it', async () => {
    const response = await post(
      JSON.stringify({ query: '{ analyzeSentiment(text: "a") { mood } }' }),
    );
    const body = (await response.json()) as Errors;
    expect(body.errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0]?.message).toContain(
      'Cannot query field "mood" on type "SentimentAnalysis"',
    );
  });

  it('returns a request id, and keeps a well-formed one sent by the client', async () => {
    const generated = await post(JSON.stringify({ query: '{ __typename }' }));
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-42' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(kept.headers.get('x-request-id')).toBe('trace-42');
    const replaced = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'bad id <script>' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('operation limits (GraphQL Armor)', () => {
  const gql = async (query: string) =>
    (await (await post(JSON.stringify({ query }))).json()) as Errors;

  it('rejects 2,000 aliases of analyzeSentiment', async () => {
    const aliases = Array.from(
      { length: 2000 },
      (_, i) => `a${i}: analyzeSentiment(text: "x") { polarity }`,
    );
    const body = await gql(`{ ${aliases.join(' ')} }`);
    expect(body.errors[0]?.message).toContain('Token limit of 1000 exceeded');
  });

  it('rejects 16 aliases (limit 15) even under the token limit', async () => {
    const aliases = Array.from(
      { length: 16 },
      (_, i) => `a${i}: analyzeSentiment(text: "x") { label }`,
    );
    const body = await gql(`{ ${aliases.join(' ')} }`);
    expect(body.errors[0]?.message).toBe('Aliases limit of 15 exceeded, found 16.');
    expect(body.errors[0]?.extensions?.code).toBe('OPERATION_TOO_COMPLEX');
  });

  it('rejects 20,000 duplicated fields', async () => {
    const body = await gql(`{ analyzeSentiment(text: "x") { ${'polarity '.repeat(20_000)} } }`);
    expect(body.errors[0]?.message).toContain('Token limit of 1000 exceeded');
  });

  it('rejects a fragment cycle', async () => {
    const body = await gql(
      'query { analyzeSentiment(text: "x") { ...A } } fragment A on SentimentAnalysis { words { token } ...B } fragment B on SentimentAnalysis { ...A }',
    );
    expect(body.errors.map((error) => error.message).join(' ')).toContain(
      'Cannot spread fragment "A" within itself',
    );
  });

  it('rejects nesting deeper than 6', async () => {
    const body = await gql(
      '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
    );
    expect(body.errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0]?.message).toBe('Maximum introspection depth exceeded');
  });

  it('rejects a selection deeper than 6', async () => {
    const body = await gql(
      '{ __type(name: "Query") { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } }',
    );
    expect(body.errors[0]?.extensions?.code).toBe('OPERATION_TOO_COMPLEX');
    expect(body.errors[0]?.message).toBe('Query depth limit of 6 exceeded, found 8.');
  });

  it('lets the full example query through', async () => {
    const body = await gql(
      '{ analyzeSentiment(text: "Great!") { polarity subjectivity label score comparative magnitude words { token offset length valence contribution } sentences { text offset length polarity subjectivity label } } }',
    );
    expect(body.errors).toBeUndefined();
  });
});
