import { LRUCache } from 'lru-cache';
import { analyze } from './analysis/analyze.js';
import type { AnalysisOptions, SentimentAnalysis } from './analysis/types.js';

/** Longest text kept in the cache, in characters: long texts rarely repeat and weigh most. */
export const CACHE_MAX_TEXT_LENGTH = 2000;

export type Analyzer = (text: string, options: AnalysisOptions) => SentimentAnalysis;

/** Told about every look-up, for metrics. */
export interface CacheObserver {
  onLookup(hit: boolean, entries: number): void;
}

/**
 * `analyze` behind a bounded LRU cache of results, keyed by the text. Results are deterministic
 * and never mutated after they are returned, so a hit can hand out the stored object.
 * Requests with a per-request lexicon and texts over {@link CACHE_MAX_TEXT_LENGTH} characters
 * bypass the cache. `maxEntries` 0 returns plain `analyze`.
 */
export function cachedAnalyzer(maxEntries: number, observer?: CacheObserver): Analyzer {
  if (maxEntries <= 0) return analyze;
  const cache = new LRUCache<string, SentimentAnalysis>({ max: maxEntries });
  return (text, options) => {
    if ((options.lexicon && options.lexicon.length > 0) || text.length > CACHE_MAX_TEXT_LENGTH) {
      return analyze(text, options);
    }
    const stored = cache.get(text);
    if (stored) {
      observer?.onLookup(true, cache.size);
      return stored;
    }
    const analysis = analyze(text, options);
    cache.set(text, analysis);
    observer?.onLookup(false, cache.size);
    return analysis;
  };
}
