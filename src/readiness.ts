import type { Plugin } from 'graphql-yoga';

export type ReadinessState = 'starting' | 'ready' | 'draining';

/** Whether the process should get traffic: set by the server as it starts and stops. */
export class Readiness {
  constructor(public state: ReadinessState = 'ready') {}
}

/** `GET /ready`: 200 `{"status":"ready"}` when serving, 503 while starting or draining. */
export function useReadinessRoute(readiness: Readiness): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready') return;
      endResponse(
        fetchAPI.Response.json(
          { status: readiness.state },
          { status: readiness.state === 'ready' ? 200 : 503 },
        ),
      );
    },
  };
}
