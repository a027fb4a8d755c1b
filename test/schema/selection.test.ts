import { type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { selectsAny } from '../../src/schema/selection.js';
import { graphql, testApp } from '../helpers/graphql.js';

const DETAILS = new Set(['words', 'sentences']);

/** The resolve info of the first root field of `source` (field nodes and fragments). */
function infoOf(source: string): Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'> {
  const document = parse(source);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let operation: ReturnType<typeof parse>['definitions'][number] | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    else operation ??= definition;
  }
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  const field = operation.selectionSet.selections[0];
  if (field?.kind !== Kind.FIELD) throw new Error('no field');
  return { fieldNodes: [field], fragments };
}

describe('selectsAny', () => {
  it('finds fields directly, under aliases, in inline and named fragments', () => {
    const cases: Array<[string, boolean]> = [
      ['{ a(text: "x") { polarity label } }', false],
      ['{ a(text: "x") { polarity words { token } } }', true],
      ['{ a(text: "x") { mine: sentences { text } } }', true],
      ['{ a(text: "x") { ... on SentimentAnalysis { sentences { text } } } }', true],
      [
        '{ a(text: "x") { ...F } } fragment F on SentimentAnalysis { label ...G } fragment G on SentimentAnalysis { words { token } }',
        true,
      ],
      ['{ a(text: "x") { ...F } } fragment F on SentimentAnalysis { label }', false],
      ['{ a(text: "x") { words @skip(if: true) { token } } }', true],
    ];
    for (const [source, expected] of cases) {
      expect(selectsAny(infoOf(source), [], DETAILS), source).toBe(expected);
    }
  });

  it('follows a path of field names (not aliases) through nested selections', () => {
    const path = ['results', 'analysis'];
    const cases: Array<[string, boolean]> = [
      ['mutation { b { results { id analysis { label } } summary { total } } }', false],
      ['mutation { b { results { analysis { words { token } } } } }', true],
      ['mutation { b { r: results { x: analysis { s: sentences { text } } } } }', true],
      ['mutation { b { results { id } } }', false],
      [
        'mutation { b { ...R } } fragment R on BatchAnalysis { results { ... on DocumentResult { analysis { sentences { label } } } } }',
        true,
      ],
      // "words" outside results.analysis is not the analysis' words.
      ['mutation { b { summary { words } results { analysis { label } } } }', false],
    ];
    for (const [source, expected] of cases) {
      expect(selectsAny(infoOf(source), path, DETAILS), source).toBe(expected);
    }
  });
});

describe('details are computed only when selected, with the same numbers', () => {
  const app = testApp();
  const text = 'The plot was great. But the acting was terrible.';
  const tokens = analyze(text).words.map(({ token }) => ({ token }));

  it('analyzeSentiment: numbers alone match the numbers of a full selection', async () => {
    const lean = await graphql<{ analyzeSentiment: Record<string, unknown> }>(
      app,
      'query ($text: String!) { analyzeSentiment(text: $text) { polarity subjectivity label score comparative magnitude } }',
      { text },
    );
    const full = await graphql<{ analyzeSentiment: Record<string, unknown> }>(
      app,
      `query ($text: String!) { analyzeSentiment(text: $text) { ...Numbers ...Details } }
       fragment Numbers on SentimentAnalysis { polarity subjectivity label score comparative magnitude }
       fragment Details on SentimentAnalysis { words { token } sentences { text } }`,
      { text },
    );
    const { words, sentences, ...numbers } = full.body.data?.analyzeSentiment ?? {};
    expect(lean.body.data?.analyzeSentiment).toEqual(numbers);
    expect(words).toEqual(tokens);
    expect(tokens.length).toBeGreaterThan(1);
    expect(sentences).toHaveLength(2);
  });

  it('analyzeSentimentBatch: words and sentences through fragments still arrive', async () => {
    const response = await graphql<{
      analyzeSentimentBatch: {
        results: Array<{ analysis: { label: string; words: unknown[]; sentences: unknown[] } }>;
      };
    }>(
      app,
      `mutation ($docs: [DocumentInput!]!) { analyzeSentimentBatch(documents: $docs) {
         results { analysis { label ... on SentimentAnalysis { words { token } } ...S } } } }
       fragment S on SentimentAnalysis { sentences { label } }`,
      { docs: [{ id: '1', text }] },
    );
    const analysis = response.body.data?.analyzeSentimentBatch.results[0]?.analysis;
    expect(analysis?.words).toEqual(tokens);
    expect(analysis?.sentences).toHaveLength(2);
  });
});
