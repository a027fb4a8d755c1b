import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';

/** The example operations in GraphiQL's default tabs: ready to run with the play button. */
export const EXAMPLE_QUERY = /* GraphQL */ `# Analyze one text. Press the play button (or Ctrl-Enter).
query AnalyzeOne {
  analyzeSentiment(
    text: "The food was great, but the service was painfully slow. I won't come back."
  ) {
    polarity
    subjectivity
    label
    score
    words { token offset valence contribution }
    sentences { text polarity label }
  }
}
`;

export const EXAMPLE_BATCH = /* GraphQL */ `# Analyze many documents at once; see the variables below.
mutation AnalyzeBatch($documents: [DocumentInput!]!, $options: AnalysisOptions) {
  analyzeSentimentBatch(documents: $documents, options: $options) {
    results {
      id
      analysis { polarity subjectivity label }
      error { code message }
    }
    summary { total analyzed failed positive negative neutral mixed meanPolarity }
  }
}
`;

export const EXAMPLE_BATCH_VARIABLES = JSON.stringify(
  {
    documents: [
      { id: 'r1', text: 'Absolutely love it. Works perfectly!' },
      { id: 'r2', text: 'Total waste of money, it broke after two days.' },
      { id: 'r3', text: 'The package arrived on Tuesday.' },
      { id: 'r4', text: '   ' },
    ],
    options: { lexicon: [{ word: 'broke', valence: -3 }] },
  },
  null,
  2,
);

/**
 * GraphiQL settings: self-hosted assets (no CDN, works offline) and two example tabs.
 * The page is rendered once and reused: it inlines several MB of JavaScript.
 */
export function graphiqlOptions(): GraphiQLOptions & { render: () => string } {
  const options: GraphiQLOptions = {
    title: 'Sentiment API',
    defaultQuery: EXAMPLE_QUERY,
    defaultTabs: [
      { query: EXAMPLE_QUERY },
      { query: EXAMPLE_BATCH, variables: EXAMPLE_BATCH_VARIABLES },
    ],
    schemaDescription: true,
    inputValueDeprecation: false,
  };
  let page: string | undefined;
  return {
    ...options,
    render: () => {
      page ??= renderGraphiQL(options);
      return page;
    },
  };
}
