/**
 * `npm run bench:analyzer`: throughput of our `analyze()` vs npm `sentiment`'s `analyze()` on
 * the UCI sentences, in-process on one thread, plus the cost per KB on long texts and per
 * document in a 10,000-document batch with and without details.
 * Not part of `npm test`. Options: `--rounds N` (default 5), `--seconds S` per round (default 1).
 */
import { parseArgs } from 'node:util';
import Sentiment from 'sentiment';
import { median } from 'simple-statistics';
import { loadUciSets } from '../scripts/eval/datasets.js';
import { dateLine, machineLine } from '../scripts/eval/table.js';
import { analyze } from '../src/analysis/analyze.js';
import { analyzeBatch } from '../src/analysis/batch.js';
import { sentencesPerSecond, sink } from './lib/rate.js';

/** The target throughput for our analyzer on the UCI sentences. */
const TARGET_PER_SECOND = 100_000;

type Analyzer = (text: string) => number;

const npmSentiment = new Sentiment();
const analyzers: Record<'ours' | 'npm sentiment', Analyzer> = {
  ours: (text) => analyze(text).polarity,
  'npm sentiment': (text) => npmSentiment.analyze(text).score,
};

/** Keeps results alive so the work cannot be optimized away. */
/** Concatenate sentences (space-separated, cycling) until the text has `bytes` characters. */
function buildText(sentences: readonly string[], bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < bytes; index += 1) {
    const sentence = sentences[index % sentences.length] ?? '';
    parts.push(sentence);
    length += sentence.length + 1;
  }
  return parts.join(' ').slice(0, bytes);
}

/**
 * Microseconds per KB of text for `fn` on `text`: the median of 5 samples, each repeated
 * calls for about `seconds / 5`.
 */
function microsPerKb(fn: Analyzer, text: string, seconds: number): number {
  for (let warm = 0; warm < 3; warm += 1) sink.value += fn(text);
  const samples: number[] = [];
  for (let sample = 0; sample < 5; sample += 1) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      sink.value += fn(text);
      calls += 1;
      elapsed = performance.now() - start;
    } while (elapsed < (seconds * 1000) / 5 || calls < 3);
    samples.push(((elapsed * 1000) / calls) * (1024 / text.length));
  }
  return median(samples);
}

const format = (value: number) => Math.round(value).toLocaleString('en-US');

function main(): void {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '5' },
      seconds: { type: 'string', default: '1' },
    },
  });
  const rounds = Math.max(1, Number(values.rounds) || 5);
  const seconds = Math.max(0.05, Number(values.seconds) || 1);
  const sentences = loadUciSets().flatMap((set) => set.documents.map((doc) => doc.text));
  const names = Object.keys(analyzers) as (keyof typeof analyzers)[];

  console.log(`${dateLine()}\n${machineLine()}`);
  console.log(
    `${sentences.length} UCI sentences; warm-up ${seconds} s each, then ${rounds} alternating ` +
      `rounds of ~${seconds} s per analyzer (one thread).\n`,
  );
  for (const name of names) sentencesPerSecond(analyzers[name], sentences, seconds);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const name of names) {
      samples[name]?.push(sentencesPerSecond(analyzers[name], sentences, seconds));
    }
  }
  const medians = Object.fromEntries(names.map((name) => [name, median(samples[name] ?? [])]));
  console.log('| analyzer | median sentences/s | rounds (sentences/s) |');
  console.log('| --- | ---: | --- |');
  for (const name of names) {
    const all = (samples[name] ?? []).map(format).join(', ');
    console.log(`| ${name} | ${format(medians[name] ?? 0)} | ${all} |`);
  }
  const ours = medians.ours ?? 0;
  const theirs = medians['npm sentiment'] ?? 0;
  console.log(`\nRatio ours / npm sentiment: ${(ours / theirs).toFixed(2)}×`);
  console.log(
    `Target ours >= ${format(TARGET_PER_SECOND)} sentences/s: ${ours >= TARGET_PER_SECOND ? 'MET' : 'NOT MET'} (${format(ours)})`,
  );

  console.log('\n| text size | ours µs/KB | npm sentiment µs/KB |');
  console.log('| ---: | ---: | ---: |');
  const texts = [1, 10, 100].map((kb) => ({ kb, text: buildText(sentences, kb * 1024) }));
  // Warm every size first so the first size measured does not pay for the JIT alone.
  for (const { text } of texts) for (const name of names) microsPerKb(analyzers[name], text, 0.2);
  for (const { kb, text } of texts) {
    const perKb = names.map((name) => microsPerKb(analyzers[name], text, seconds).toFixed(2));
    console.log(`| ${kb} KB | ${perKb.join(' | ')} |`);
  }
  console.log('\n(Constant µs/KB across sizes means the cost is linear in the text length.)');

  // What the resolvers save when no `words` or `sentences` are selected: the details of every
  // document of a batch are otherwise kept until the batch is answered.
  console.log(
    '\n| batch of 10,000 UCI sentences (analyzeBatch) | median CPU µs per document (GC included) | rounds |',
  );
  console.log('| --- | ---: | --- |');
  const documents = Array.from({ length: 10_000 }, (_, index) => ({
    id: String(index),
    text: sentences[index % sentences.length] ?? '',
  }));
  const variants = [
    { name: 'with details (words, sentences)', options: {} },
    { name: 'details: false', options: { details: false } },
  ];
  const perDocument: number[][] = variants.map(() => []);
  for (let round = 0; round <= rounds; round += 1) {
    variants.forEach(({ options }, index) => {
      const before = process.cpuUsage();
      sink.value += analyzeBatch(documents, options, 100_000).summary.analyzed;
      const used = process.cpuUsage(before);
      // Round 0 is the warm-up.
      if (round > 0) perDocument[index]?.push((used.user + used.system) / documents.length);
    });
  }
  variants.forEach(({ name }, index) => {
    const all = perDocument[index] ?? [];
    console.log(
      `| ${name} | ${median(all).toFixed(2)} | ${all.map((value) => value.toFixed(2)).join(', ')} |`,
    );
  });
  if (!Number.isFinite(sink.value)) console.log('(sink)', sink.value);
}

main();
