import { type App, createApp } from '../../src/app.js';
import { defaultConfig } from '../../src/config.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; extensions?: { code?: string; fields?: string[] } }>;
  };
}

/** An app with logging off and the given limits (defaults otherwise). */
export function testApp(overrides: Partial<typeof defaultConfig> = {}): App {
  return createApp({ ...defaultConfig, logLevel: 'silent', ...overrides });
}

/** POST a GraphQL operation through `app.fetch` and parse the JSON answer. */
export async function graphql<T = Record<string, unknown>>(
  app: App,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
}
