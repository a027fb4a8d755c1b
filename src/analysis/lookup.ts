/**
 * Word valence look-up with the fall-backs that raise coverage without new data:
 * elongation ("goooood" → "good") and regular English inflection ("loved", "annoyingly",
 * "happier", "uninspired" → "inspired" negated). Results for the shared lexicon are cached.
 */
import { patternSubjectivity, SHARED_PHRASES, SHARED_WORDS, WEAK_WORDS } from './lexicon.js';

const CACHE_LIMIT = 50_000;
const cache = new Map<string, number>();

/** Factor for a negative prefix ("un-") applied to a positive base word. */
const UN_PREFIX_FACTOR = -0.8;
/** Factor for "-free" after a negative base ("pain-free", "worry-free"): freedom from it. */
const FREE_SUFFIX_FACTOR = -0.8;
/** Particles that close a phrasal verb into a compound noun ("letdown", "ripoff", "setback"). */
const PARTICLES: readonly string[] = ['down', 'off', 'up', 'out', 'back', 'over'];

function get(word: string): number | undefined {
  return SHARED_WORDS.get(word);
}

function doubled(stem: string): string | undefined {
  const n = stem.length;
  if (n >= 4 && stem[n - 1] === stem[n - 2]) return stem.slice(0, -1);
  return undefined;
}

/** Comparative/superlative bases must be adjectives (rated by Pattern): "player" is no "play". */
function adjectiveHit(candidates: ReadonlyArray<string | undefined>): number | undefined {
  return firstHit(
    candidates.filter((c) => c !== undefined && patternSubjectivity(c) !== undefined),
  );
}

function firstHit(candidates: ReadonlyArray<string | undefined>): number | undefined {
  for (const c of candidates) {
    if (c === undefined || c.length < 3) continue;
    const v = get(c);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Look up inflected forms through their base. */
function inflected(w: string): number | undefined {
  const n = w.length;
  if (n < 4) return undefined;
  if (w.endsWith("'s")) return firstHit([w.slice(0, -2)]);
  if (w.endsWith('ier')) {
    const v = adjectiveHit([`${w.slice(0, -3)}y`]);
    if (v !== undefined) return v;
  }
  if (w.endsWith('ily') || w.endsWith('ied') || w.endsWith('ies')) {
    const v = firstHit([`${w.slice(0, -3)}y`]);
    if (v !== undefined) return v;
  }
  if (w.endsWith('iest')) return adjectiveHit([`${w.slice(0, -4)}y`]);
  if (w.endsWith('ably') || w.endsWith('ibly')) return firstHit([`${w.slice(0, -1)}e`]);
  if (w.endsWith('ly')) return firstHit([w.slice(0, -2), `${w.slice(0, -2)}e`]);
  if (w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    return firstHit([stem, `${stem}e`, doubled(stem)]);
  }
  if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    return firstHit([w.slice(0, -1), stem, doubled(stem)]);
  }
  if (w.endsWith('est')) {
    const stem = w.slice(0, -3);
    return adjectiveHit([stem, `${stem}e`, doubled(stem)]);
  }
  if (w.endsWith('er')) {
    const stem = w.slice(0, -2);
    return adjectiveHit([stem, `${stem}e`, doubled(stem)]);
  }
  if (w.endsWith('ness')) return firstHit([w.slice(0, -4)]);
  if (w.endsWith('es')) {
    const v = firstHit([w.slice(0, -2)]);
    if (v !== undefined) return v;
  }
  if (w.endsWith('s') && !w.endsWith('ss')) return firstHit([w.slice(0, -1)]);
  return undefined;
}

/** Valence of the two-word phrase "head rest" in the shared phrase table. */
function phraseValence(head: string, rest: string): number | undefined {
  const list = SHARED_PHRASES.get(head);
  if (!list) return undefined;
  for (const p of list) if (p.rest.length === 1 && p.rest[0] === rest) return p.valence;
  return undefined;
}

/**
 * Compounds of a phrasal verb, closed or hyphenated ("letdown", "rip-off" = "let down",
 * "rip off"), read as the phrase; "X-free" with a negative X is the absence of X.
 */
function compound(w: string): number | undefined {
  const dash = w.indexOf('-');
  if (dash > 0 && dash === w.lastIndexOf('-')) {
    const head = w.slice(0, dash);
    const tail = w.slice(dash + 1);
    const phrase = phraseValence(head, tail);
    if (phrase !== undefined) return phrase;
    if (tail === 'free' && head.length >= 3) {
      const v = get(head) ?? inflected(head);
      if (v !== undefined && v < 0) return v * FREE_SUFFIX_FACTOR;
    }
    return undefined;
  }
  for (const particle of PARTICLES) {
    if (w.length > particle.length + 2 && w.endsWith(particle)) {
      const phrase = phraseValence(w.slice(0, -particle.length), particle);
      if (phrase !== undefined) return phrase;
    }
  }
  return undefined;
}

function base(w: string): number | undefined {
  const hyphenated = w.includes('-');
  if (hyphenated) {
    const comp = compound(w);
    if (comp !== undefined) return comp;
  }
  const exact = get(w);
  if (exact !== undefined) return exact;
  const infl = inflected(w);
  if (infl !== undefined) return infl;
  if (!hyphenated) {
    const comp = compound(w);
    if (comp !== undefined) return comp;
  }
  if (w.length >= 6 && w.startsWith('un')) {
    const rest = w.slice(2);
    const v = get(rest) ?? inflected(rest);
    if (v !== undefined && v > 0) return v * UN_PREFIX_FACTOR;
  }
  return undefined;
}

/** Collapse runs of three or more equal letters to `keep` letters. */
export function collapseRuns(w: string, keep: number): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    run = i > 0 && ch === w[i - 1] ? run + 1 : 1;
    if (run <= keep) out += ch;
  }
  return out;
}

/** True when the word repeats a letter three or more times in a row ("soooo"). */
export function isElongated(w: string): boolean {
  for (let i = 2; i < w.length; i++) {
    const ch = w.charCodeAt(i);
    if (ch === w.charCodeAt(i - 1) && ch === w.charCodeAt(i - 2) && ch >= 97 && ch <= 122) {
      return true;
    }
  }
  return false;
}

/** Laughter of any length ("hahahaha", "hehehe") reads as "haha". */
const LAUGHTER = /^(?:ha|he|hi|ja){3,}h?$/;

function resolve(w: string): number {
  const direct = base(w);
  if (direct !== undefined) return direct;
  if (w.length >= 6 && LAUGHTER.test(w)) return base('haha') ?? 0;
  if (isElongated(w)) {
    const two = collapseRuns(w, 2);
    const v2 = base(two);
    if (v2 !== undefined) return v2;
    const v1 = base(collapseRuns(w, 1));
    if (v1 !== undefined) return v1;
  }
  return WEAK_WORDS.get(w) ?? 0;
}

/** Valence of a normalized word in the shared lexicon (0 when unknown). */
export function sharedValence(w: string): number {
  const hit = cache.get(w);
  if (hit !== undefined) return hit;
  const v = resolve(w);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(w, v);
  return v;
}

/** A superlative of a rated adjective ("best", "greatest", "nicest"), not "honest" or "interest". */
export function isSuperlative(w: string): boolean {
  if (w === 'best' || w === 'worst') return true;
  if (w.length < 6 || !w.endsWith('est')) return false;
  const stem = w.slice(0, -3);
  const forms = [
    stem,
    `${stem}e`,
    doubled(stem),
    w.endsWith('iest') ? `${w.slice(0, -4)}y` : undefined,
  ];
  return forms.some((f) => f !== undefined && patternSubjectivity(f) !== undefined);
}
