/** Sink for results so the engine cannot drop the analyzer calls as dead code. */
export const sink = { value: 0 };

/** Run `fn` over the sentences, whole passes, until `seconds` elapsed; returns sentences/s. */
export function sentencesPerSecond(
  fn: (text: string) => number,
  sentences: readonly string[],
  seconds: number,
): number {
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const sentence of sentences) sink.value += fn(sentence);
    count += sentences.length;
    elapsed = (performance.now() - start) / 1000;
  } while (elapsed < seconds);
  return count / elapsed;
}
