/**
 * `npm run bench:linearity`: analysis time of adversarial texts at 10,000 and 100,000
 * characters. Linear cost shows as a ratio near 10 (quadratic would be near 100). A benchmark,
 * not a test: it prints medians, it asserts nothing.
 */
import { analyze } from '../src/analysis/analyze.js';

const shapes: Record<string, (length: number) => string> = {
  'run of "!"': (n) => `great${'!'.repeat(n - 5)}`,
  'one long word': (n) => 'a'.repeat(n),
  'repeated negators': (n) => "not never no don't ".repeat(n / 19 + 1).slice(0, n),
  'repeated emoji (ZWJ)': (n) => '👨‍👩‍👧 😍 '.repeat(n / 12 + 1).slice(0, n),
  'thousands of sentences': (n) => 'It was not bad. '.repeat(n / 16 + 1).slice(0, n),
  'nested quotes and dots': (n) => '"\'...(("good"))\'..." '.repeat(n / 21 + 1).slice(0, n),
  elongations: (n) => 'sooooooooo goooooooood '.repeat(n / 23 + 1).slice(0, n),
  'no spaces, punctuation': (n) => 'a.b,c!d?'.repeat(n / 8 + 1).slice(0, n),
};

function medianMs(text: string, runs: number): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    analyze(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

console.log('| text | 10,000 chars (ms) | 100,000 chars (ms) | ratio (10 = linear) |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, make] of Object.entries(shapes)) {
  const small = make(10_000);
  const large = make(100_000);
  medianMs(small, 5);
  medianMs(large, 2);
  const a = medianMs(small, 15);
  const b = medianMs(large, 7);
  console.log(`| ${name} | ${a.toFixed(2)} | ${b.toFixed(2)} | ${(b / a).toFixed(1)} |`);
}
