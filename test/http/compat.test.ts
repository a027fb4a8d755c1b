import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { testApp } from '../helpers/graphql.js';

const app = testApp({ maxTextLength: 30 });
const post = (body: string, contentType = 'application/json') =>
  app.fetch('http://localhost/sentiment', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });

describe('POST /sentiment (the prototype route)', () => {
  it('answers polarity and subjectivity, the same numbers as the analyzer', async () => {
    const text = 'I really love this place!';
    const response = await post(JSON.stringify({ text }));
    expect(response.status).toBe(200);
    const { polarity, subjectivity } = analyze(text);
    expect(await response.json()).toEqual({ polarity, subjectivity });
    expect(polarity).toBeGreaterThan(0);
  });

  it('accepts a charset in the content type', async () => {
    const response = await post('{"text":"awful"}', 'application/json; charset=utf-8');
    expect(response.status).toBe(200);
    expect(((await response.json()) as { polarity: number }).polarity).toBeLessThan(0);
  });

  it.each([
    ['malformed JSON', '{"text": ', 400, 'not valid JSON'],
    ['a JSON array', '["hello"]', 400, 'must be a JSON object'],
    ['no text', '{}', 400, '"text" must be a string, got nothing'],
    ['null text', '{"text": null}', 400, '"text" must be a string, got null'],
    ['numeric text', '{"text": 3}', 400, '"text" must be a string, got number'],
    ['empty text', '{"text": "  "}', 400, 'text is empty'],
    ['over-long text', JSON.stringify({ text: 'a'.repeat(31) }), 400, 'the limit is 30'],
  ])('%s -> %s with a clear error', async (_name, body, status, message) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    const json = (await response.json()) as { error: string };
    expect(json.error).toContain(message);
  });

  it('answers 415 for a body that is not JSON', async () => {
    const response = await post('text=hello', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(415);
    expect(((await response.json()) as { error: string }).error).toContain('application/json');
  });

  it('answers 405 with Allow: POST for GET', async () => {
    const response = await app.fetch('http://localhost/sentiment');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});

describe('GET /health', () => {
  it('answers 200', async () => {
    const response = await app.fetch('http://localhost/health');
    expect(response.status).toBe(200);
  });
});

describe('GraphiQL', () => {
  it('is served from /graphql with self-hosted assets and the example operations', async () => {
    const response = await app.fetch('http://localhost/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('renderYogaGraphiQL');
    expect(html).toContain('query AnalyzeOne');
    expect(html).toContain('mutation AnalyzeBatch');
    expect(html).not.toMatch(/<script[^>]+src=["']?https?:/);
    expect(html).not.toMatch(/<link[^>]+href=["']?https?:/);
    expect(html).not.toMatch(/unpkg\.com|cdn\.jsdelivr/);
  });
});
