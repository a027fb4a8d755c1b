/**
 * The floor for one document over HTTP: a bare node:http server that parses the same JSON
 * GraphQL body our service gets, runs npm `sentiment` on `variables.text` and answers JSON in
 * the same shape. No GraphQL, no validation, no logging: what HTTP + JSON + a lexicon cost.
 * Used by `npm run bench`; prints `baseline listening on http://127.0.0.1:PORT/graphql`.
 */
import { createServer } from 'node:http';
import Sentiment from 'sentiment';

const sentiment = new Sentiment();

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    let text = '';
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        variables?: { text?: unknown };
      };
      if (typeof body.variables?.text === 'string') text = body.variables.text;
    } catch {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end('{"errors":[{"message":"bad JSON"}]}');
      return;
    }
    const { score, comparative } = sentiment.analyze(text);
    const polarity = Math.max(-1, Math.min(1, comparative / 5));
    const label = score > 0 ? 'POSITIVE' : score < 0 ? 'NEGATIVE' : 'NEUTRAL';
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify({ data: { analyzeSentiment: { polarity, label } } }));
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
