import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app.js';
import { defaultConfig } from '../../src/config.js';

const MUTATION = `mutation Eval($documents: [DocumentInput!]!) {
  analyzeSentimentBatch(documents: $documents) {
    results { id analysis { polarity subjectivity label } error { code message } }
    summary { total analyzed failed }
  }
}`;

/** A document the service did not analyze: its own `error`, or its whole request failed. */
export interface FailedDocument {
  index: number;
  code: string;
  message: string;
}

/** What the service returned for one set, in input order (NaN where a document failed). */
export interface ServiceRun {
  polarity: number[];
  subjectivity: number[];
  failed: FailedDocument[];
  /** Wall-clock seconds for all requests of the set, end to end over HTTP. */
  seconds: number;
}

/** A service started in this process; `close()` stops it. */
export interface LocalService {
  url: string;
  close(): Promise<void>;
}

/** Start the app on 127.0.0.1 with an OS-chosen port (logging off). */
export async function startLocalService(): Promise<LocalService> {
  const app = createApp({ ...defaultConfig, logLevel: 'silent' });
  const server: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

interface BatchResult {
  id: string;
  analysis: { polarity: number; subjectivity: number; label: string } | null;
  error: { code: string; message: string } | null;
}

/** POST one batch; returns the results or throws with the server's error messages. */
async function postBatch(url: string, texts: readonly string[], offset: number) {
  const documents = texts.map((text, index) => ({ id: String(offset + index), text }));
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: MUTATION, variables: { documents } }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: { analyzeSentimentBatch?: { results: BatchResult[] } } | null;
    errors?: { message: string }[];
  } | null;
  const results = body?.data?.analyzeSentimentBatch?.results;
  if (!response.ok || !results || results.length !== texts.length) {
    const messages = body?.errors?.map((error) => error.message).join('; ');
    throw new Error(`HTTP ${response.status}: ${messages || 'no batch results in the response'}`);
  }
  return results;
}

/**
 * Send texts through `analyzeSentimentBatch` in batches, one request at a time. Failed
 * documents are returned (never dropped); a request that fails marks its whole batch failed
 * with code `REQUEST_FAILED`.
 */
export async function analyzeOverHttp(
  url: string,
  texts: readonly string[],
  batchSize = 1000,
): Promise<ServiceRun> {
  const run: ServiceRun = { polarity: [], subjectivity: [], failed: [], seconds: 0 };
  const start = performance.now();
  for (let offset = 0; offset < texts.length; offset += batchSize) {
    const batch = texts.slice(offset, offset + batchSize);
    let results: BatchResult[];
    try {
      results = await postBatch(url, batch, offset);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      batch.forEach((_, index) => {
        run.failed.push({ index: offset + index, code: 'REQUEST_FAILED', message });
        run.polarity.push(Number.NaN);
        run.subjectivity.push(Number.NaN);
      });
      continue;
    }
    results.forEach((result, index) => {
      const analysis = result.analysis;
      if (!analysis || result.error) {
        const { code, message } = result.error ?? { code: 'NO_ANALYSIS', message: 'no analysis' };
        run.failed.push({ index: offset + index, code, message });
      }
      run.polarity.push(analysis?.polarity ?? Number.NaN);
      run.subjectivity.push(analysis?.subjectivity ?? Number.NaN);
    });
  }
  run.seconds = (performance.now() - start) / 1000;
  return run;
}
