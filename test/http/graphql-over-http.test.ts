import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/graphql.js';

const app = testApp();
const audits = serverAudits({
  url: 'http://localhost/graphql',
  fetchFn: (input: RequestInfo | URL, init?: RequestInit) => app.fetch(new Request(input, init)),
});

describe('GraphQL-over-HTTP conformance (graphql-http server audits)', () => {
  it('runs the audit list', () => {
    expect(audits.filter((audit) => audit.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });

  // Every audit (MUST, SHOULD and MAY) passes today; keep it that way.
  for (const audit of audits) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(
        result.status === 'ok'
          ? 'ok'
          : `${result.status}: ${'reason' in result ? result.reason : ''}`,
      ).toBe('ok');
    });
  }
});
