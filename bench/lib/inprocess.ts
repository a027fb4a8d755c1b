/**
 * In-process reference rates for `npm run bench`, run as a child process: our `analyze()` and
 * npm `sentiment` on the UCI sentences, one thread, alternating. Prints one JSON line:
 * `{"ours": sentences/s, "npm": sentences/s}`. Usage: `tsx bench/lib/inprocess.ts SECONDS`.
 */
import Sentiment from 'sentiment';
import { analyze } from '../../src/analysis/analyze.js';
import { sentencesPerSecond as rate, sink } from './rate.js';
import { uciSentences } from './workload.js';

const npmSentiment = new Sentiment();
const seconds = Math.max(0.2, Number(process.argv[2]) || 1);
const sentences = uciSentences();
const ours = (text: string) => analyze(text).polarity;
const npm = (text: string) => npmSentiment.analyze(text).score;
rate(ours, sentences, 0.3);
rate(npm, sentences, 0.3);
const samples = { ours: [] as number[], npm: [] as number[] };
for (let pass = 0; pass < 2; pass += 1) {
  samples.ours.push(rate(ours, sentences, seconds / 2));
  samples.npm.push(rate(npm, sentences, seconds / 2));
}
const best = (values: number[]) => Math.max(...values);
console.log(
  JSON.stringify({ ours: best(samples.ours), npm: best(samples.npm), sink: sink.value > 0 }),
);
