import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { createApp } from '../../src/app.js';
import { defaultConfig } from '../../src/config.js';
import { EXAMPLE_QUERY } from '../../src/graphiql.js';

/**
 * GraphiQL end to end in the system's headless Chromium (Debian package `chromium`), driven
 * by playwright-core, which never downloads a browser. Without Chromium the test fails in CI
 * (`CI` set) and is skipped with a notice elsewhere.
 */
/** The system Chromium; CHROMIUM_PATH overrides it (e.g. to check the missing-browser path). */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const missing = `${CHROMIUM} is missing: install it with "apt-get update && apt-get install -y chromium" (.ci/run does this)`;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The text of the first default tab, to compare the page's answer with the analyzer. */
const EXAMPLE_TEXT = EXAMPLE_QUERY.match(/text: "([^"]+)"/)?.[1] ?? '';

describe('GraphiQL in headless Chromium', () => {
  if (!hasChromium && process.env.CI) {
    it('needs Chromium', () => {
      throw new Error(missing);
    });
    return;
  }
  if (!hasChromium) console.warn(`skipping the browser test: ${missing}`);

  let server: Server;
  let origin: string;
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    if (!hasChromium) return;
    server = createServer(createApp({ ...defaultConfig, logLevel: 'silent' }));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = await mkdtemp(join(tmpdir(), 'graphiql-chromium-'));
    // launchPersistentContext is Playwright's form of --user-data-dir (a fresh, empty profile).
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 800 },
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it.skipIf(!hasChromium)(
    'loads /graphql, runs the default operation and shows its polarity',
    async () => {
      const problems: string[] = [];
      const foreign: string[] = [];
      // Every request of the page and its workers: only the service itself may be contacted.
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (
          (url.protocol === 'http:' || url.protocol === 'https:') &&
          url.hostname !== '127.0.0.1'
        ) {
          foreign.push(url.href);
          return route.abort();
        }
        return route.continue();
      });
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (
          (url.protocol === 'http:' || url.protocol === 'https:') &&
          url.hostname !== '127.0.0.1'
        ) {
          foreign.push(url.href);
        }
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      });

      const response = await page.goto(`${origin}/graphql`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(await page.title()).toBe('Sentiment API');

      const run = page.locator('.graphiql-execute-button');
      await run.waitFor({ state: 'visible', timeout: 30_000 });
      // The first tab holds the example query; wait for the editor to show it before running.
      await page
        .locator('.graphiql-query-editor')
        .getByText('AnalyzeOne', { exact: false })
        .first()
        .waitFor({ timeout: 30_000 });
      await run.click();

      const result = page.locator('.graphiql-response');
      // What the user sees in the result pane (Monaco renders spaces as no-break spaces).
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text we want
      const shownText = async () => (await result.innerText()).replace(/\u00a0/g, ' ');
      await expect.poll(shownText, { timeout: 30_000 }).toMatch(/"polarity":\s*-?\d/);
      const text = await shownText();
      const shown = Number(text.match(/"polarity":\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)/)?.[1]);
      const label = text.match(/"label":\s*"([A-Z]+)"/)?.[1];

      expect(EXAMPLE_TEXT).not.toBe('');
      const expected = analyze(EXAMPLE_TEXT);
      expect(shown).toBeCloseTo(expected.polarity, 10);
      expect(label).toBe(expected.label);

      await page.screenshot({ path: join(tmpdir(), 'graphiql-e2e.png') });
      expect({ problems, foreign }).toEqual({ problems: [], foreign: [] });
    },
    90_000,
  );
});
