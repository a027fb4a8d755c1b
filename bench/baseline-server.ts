/**
 * The floor over HTTP: a bare node:http server that parses the same JSON GraphQL body our
 * service gets, runs npm `sentiment` on `variables.text` (one document) or on each of
 * `variables.docs` (a batch) and answers JSON in the same shape. No GraphQL, no validation, no
 * logging: what HTTP + JSON + a lexicon cost. Used by `npm run bench`; prints
 * `baseline listening on http://127.0.0.1:PORT/graphql`.
 */
import { createServer } from 'node:http';
import Sentiment from 'sentiment';

const sentiment = new Sentiment();

function score(text: string) {
  const { score: sum, comparative } = sentiment.analyze(text);
  const polarity = Math.max(-1, Math.min(1, comparative / 5));
  const label = sum > 0 ? 'POSITIVE' : sum < 0 ? 'NEGATIVE' : 'NEUTRAL';
  return { polarity, label };
}

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    let text = '';
    let docs: Array<{ id: string; text: string }> | undefined;
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        variables?: { text?: unknown; docs?: unknown };
      };
      if (typeof body.variables?.text === 'string') text = body.variables.text;
      if (Array.isArray(body.variables?.docs)) docs = body.variables.docs;
    } catch {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end('{"errors":[{"message":"bad JSON"}]}');
      return;
    }
    let data: unknown;
    if (docs) {
      let sum = 0;
      const results = docs.map((doc) => {
        const analysis = score(String(doc.text));
        sum += analysis.polarity;
        return { id: doc.id, analysis };
      });
      data = {
        analyzeSentimentBatch: {
          results,
          summary: { analyzed: results.length, meanPolarity: sum / (results.length || 1) },
        },
      };
    } else {
      data = { analyzeSentiment: score(text) };
    }
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify({ data }));
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`baseline listening on http://127.0.0.1:${port}/graphql`);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
