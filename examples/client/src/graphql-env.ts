/* eslint-disable */
/* prettier-ignore */

/** An IntrospectionQuery representation of your schema.
 *
 * @remarks
 * This is an introspection of your schema saved as a file by GraphQLSP.
 * You may import it to create a `graphql()` tag function with `gql.tada`
 * by importing it and passing it to `initGraphQLTada<>()`.
 *
 * @example
 * ```
 * import { initGraphQLTada } from 'gql.tada';
 * import type { introspection } from './introspection';
 *
 * export const graphql = initGraphQLTada<{
 *   introspection: typeof introspection;
 *   scalars: {
 *     DateTime: string;
 *     Json: any;
 *   };
 * }>();
 * ```
 */
const introspection = {
  __schema: {
    queryType: {
      name: 'Query',
    },
    mutationType: {
      name: 'Mutation',
    },
    subscriptionType: null,
    types: [
      {
        kind: 'INPUT_OBJECT',
        name: 'AnalysisOptions',
        inputFields: [
          {
            name: 'lexicon',
            type: {
              kind: 'LIST',
              ofType: {
                kind: 'NON_NULL',
                ofType: {
                  kind: 'INPUT_OBJECT',
                  name: 'LexiconEntryInput',
                },
              },
            },
          },
        ],
        isOneOf: false,
      },
      {
        kind: 'OBJECT',
        name: 'BatchAnalysis',
        fields: [
          {
            name: 'results',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'LIST',
                ofType: {
                  kind: 'NON_NULL',
                  ofType: {
                    kind: 'OBJECT',
                    name: 'DocumentResult',
                  },
                },
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'summary',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'OBJECT',
                name: 'BatchSummary',
              },
            },
            args: [],
            isDeprecated: false,
          },
        ],
        interfaces: [],
      },
      {
        kind: 'OBJECT',
        name: 'BatchSummary',
        fields: [
          {
            name: 'analyzed',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Int',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'failed',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Int',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'meanPolarity',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Float',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'meanSubjectivity',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Float',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'mixed',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Int',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'negative',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Int',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'neutral',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Int',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'positive',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Int',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'total',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Int',
              },
            },
            args: [],
            isDeprecated: false,
          },
        ],
        interfaces: [],
      },
      {
        kind: 'SCALAR',
        name: 'Boolean',
      },
      {
        kind: 'OBJECT',
        name: 'DocumentError',
        fields: [
          {
            name: 'code',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'String',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'message',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'String',
              },
            },
            args: [],
            isDeprecated: false,
          },
        ],
        interfaces: [],
      },
      {
        kind: 'INPUT_OBJECT',
        name: 'DocumentInput',
        inputFields: [
          {
            name: 'id',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'ID',
              },
            },
          },
          {
            name: 'text',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'String',
              },
            },
          },
        ],
        isOneOf: false,
      },
      {
        kind: 'OBJECT',
        name: 'DocumentResult',
        fields: [
          {
            name: 'analysis',
            type: {
              kind: 'OBJECT',
              name: 'SentimentAnalysis',
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'error',
            type: {
              kind: 'OBJECT',
              name: 'DocumentError',
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'id',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'ID',
              },
            },
            args: [],
            isDeprecated: false,
          },
        ],
        interfaces: [],
      },
      {
        kind: 'SCALAR',
        name: 'Float',
      },
      {
        kind: 'SCALAR',
        name: 'ID',
      },
      {
        kind: 'SCALAR',
        name: 'Int',
      },
      {
        kind: 'INPUT_OBJECT',
        name: 'LexiconEntryInput',
        inputFields: [
          {
            name: 'valence',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Float',
              },
            },
          },
          {
            name: 'word',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'String',
              },
            },
          },
        ],
        isOneOf: false,
      },
      {
        kind: 'OBJECT',
        name: 'Mutation',
        fields: [
          {
            name: 'analyzeSentimentBatch',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'OBJECT',
                name: 'BatchAnalysis',
              },
            },
            args: [
              {
                name: 'documents',
                type: {
                  kind: 'NON_NULL',
                  ofType: {
                    kind: 'LIST',
                    ofType: {
                      kind: 'NON_NULL',
                      ofType: {
                        kind: 'INPUT_OBJECT',
                        name: 'DocumentInput',
                      },
                    },
                  },
                },
              },
              {
                name: 'options',
                type: {
                  kind: 'INPUT_OBJECT',
                  name: 'AnalysisOptions',
                },
              },
            ],
            isDeprecated: false,
          },
        ],
        interfaces: [],
      },
      {
        kind: 'OBJECT',
        name: 'Query',
        fields: [
          {
            name: 'analyzeSentiment',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'OBJECT',
                name: 'SentimentAnalysis',
              },
            },
            args: [
              {
                name: 'options',
                type: {
                  kind: 'INPUT_OBJECT',
                  name: 'AnalysisOptions',
                },
              },
              {
                name: 'text',
                type: {
                  kind: 'NON_NULL',
                  ofType: {
                    kind: 'SCALAR',
                    name: 'String',
                  },
                },
              },
            ],
            isDeprecated: false,
          },
        ],
        interfaces: [],
      },
      {
        kind: 'OBJECT',
        name: 'ScoredWord',
        fields: [
          {
            name: 'contribution',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Float',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'length',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Int',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'offset',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Int',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'token',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'String',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'valence',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Float',
              },
            },
            args: [],
            isDeprecated: false,
          },
        ],
        interfaces: [],
      },
      {
        kind: 'OBJECT',
        name: 'SentenceSentiment',
        fields: [
          {
            name: 'label',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'ENUM',
                name: 'SentimentLabel',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'length',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Int',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'offset',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Int',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'polarity',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Float',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'subjectivity',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Float',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'text',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'String',
              },
            },
            args: [],
            isDeprecated: false,
          },
        ],
        interfaces: [],
      },
      {
        kind: 'OBJECT',
        name: 'SentimentAnalysis',
        fields: [
          {
            name: 'comparative',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Float',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'label',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'ENUM',
                name: 'SentimentLabel',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'magnitude',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Float',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'polarity',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Float',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'score',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Float',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'sentences',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'LIST',
                ofType: {
                  kind: 'NON_NULL',
                  ofType: {
                    kind: 'OBJECT',
                    name: 'SentenceSentiment',
                  },
                },
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'subjectivity',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'SCALAR',
                name: 'Float',
              },
            },
            args: [],
            isDeprecated: false,
          },
          {
            name: 'words',
            type: {
              kind: 'NON_NULL',
              ofType: {
                kind: 'LIST',
                ofType: {
                  kind: 'NON_NULL',
                  ofType: {
                    kind: 'OBJECT',
                    name: 'ScoredWord',
                  },
                },
              },
            },
            args: [],
            isDeprecated: false,
          },
        ],
        interfaces: [],
      },
      {
        kind: 'ENUM',
        name: 'SentimentLabel',
        enumValues: [
          {
            name: 'MIXED',
            isDeprecated: false,
          },
          {
            name: 'NEGATIVE',
            isDeprecated: false,
          },
          {
            name: 'NEUTRAL',
            isDeprecated: false,
          },
          {
            name: 'POSITIVE',
            isDeprecated: false,
          },
        ],
      },
      {
        kind: 'SCALAR',
        name: 'String',
      },
    ],
    directives: [],
  },
} as const;

export { introspection };
