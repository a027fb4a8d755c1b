import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

/** How a set is scored: binary polarity, graded polarity (human score) or subjectivity. */
export type SetKind = 'binary' | 'graded' | 'subjectivity';

/** One labelled text. `target` is the 0/1 label, the human score, or the 0/1 subjective flag. */
export interface EvalDocument {
  text: string;
  target: number;
}

/** A labelled evaluation set. */
export interface EvalSet {
  name: string;
  kind: SetKind;
  /** File the set was read from. */
  source: string;
  documents: EvalDocument[];
  /** Rows left out because they hold neither text nor label (the UCI files end with one). */
  dropped: number;
}

/** What was found in the eval data folder. */
export interface DataFolder {
  dir: string;
  /** False when the folder does not exist (only the UCI sets are evaluated then). */
  found: boolean;
  sets: EvalSet[];
  /** `*.json` files that were not evaluated, with the reason. */
  skipped: { file: string; reason: string }[];
  /** Expected sets that are not in the folder. */
  absent: string[];
}

/** The sets the data folder README describes, in report order. */
export const KNOWN_DATA_SETS = [
  'rt_polarity',
  'sst2_dev',
  'vader_tweets',
  'vader_movie_reviews',
  'subjectivity',
] as const;

const isBit = (value: unknown): value is 0 | 1 => value === 0 || value === 1;

/** Turn one row into a document of the given kind, or null when it does not fit. */
function rowAs(kind: SetKind, row: unknown): EvalDocument | null {
  if (typeof row !== 'object' || row === null) return null;
  const record = row as Record<string, unknown>;
  if (typeof record.text !== 'string') return null;
  const text = record.text;
  if (kind === 'binary') {
    const label = 'label' in record ? record.label : record.class;
    return isBit(label) ? { text, target: label } : null;
  }
  if (kind === 'graded') {
    const score = record.score;
    return typeof score === 'number' && Number.isFinite(score) ? { text, target: score } : null;
  }
  return isBit(record.subjective) ? { text, target: record.subjective } : null;
}

/** A row with a blank text and no label: a placeholder, not a document. */
function isPlaceholder(row: unknown): boolean {
  if (typeof row !== 'object' || row === null) return false;
  const record = row as Record<string, unknown>;
  const blank = typeof record.text !== 'string' || record.text.trim() === '';
  const labels = [record.label, record.class, record.score, record.subjective];
  return blank && labels.every((value) => value === null || value === undefined);
}

/** The kind suggested by the first row's keys: `subjective`, `score`, or `label`/`class`. */
function guessKind(row: unknown): SetKind | null {
  if (typeof row !== 'object' || row === null) return null;
  if ('subjective' in row) return 'subjectivity';
  if ('score' in row) return 'graded';
  if ('label' in row || 'class' in row) return 'binary';
  return null;
}

/**
 * Read rows of `{text,label|class}` (binary 1/0), `{text,score}` (graded) or
 * `{text,subjective}` (1/0) into a set. Placeholder rows (blank text, no label) are dropped
 * and counted.
 * @throws Error naming the first row that does not fit, or when the data is not a non-empty array.
 */
export function parseSet(name: string, source: string, data: unknown): EvalSet {
  if (!Array.isArray(data) || data.length === 0) {
    throw new Error('not a non-empty JSON array');
  }
  const kind = guessKind(data[0]);
  if (!kind) throw new Error('rows have none of label/class, score, subjective');
  const documents: EvalDocument[] = [];
  data.forEach((row: unknown, index) => {
    if (isPlaceholder(row)) return;
    const document = rowAs(kind, row);
    if (!document) throw new Error(`row ${index} does not fit the ${kind} shape`);
    documents.push(document);
  });
  if (documents.length === 0) throw new Error('no labelled rows');
  return { name, kind, source, documents, dropped: data.length - documents.length };
}

/** Read and parse one JSON set file; the set name is the file name without `.json`. */
export function readSetFile(file: string, name = basename(file, '.json')): EvalSet {
  return parseSet(name, file, JSON.parse(readFileSync(file, 'utf8')));
}

/** Folder holding the UCI sentence fixtures shipped with npm `sentiment`. */
export function uciFixturesDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('sentiment/package.json')), 'test', 'fixtures');
}

/**
 * The UCI labelled sentences (Amazon, IMDb, Yelp): 1,001 rows per file, the last of which is a
 * blank placeholder with `class: null`, so 1,000 labelled sentences each.
 */
export function loadUciSets(dir = uciFixturesDir()): EvalSet[] {
  return ['amazon', 'imdb', 'yelp'].map((source) =>
    readSetFile(join(dir, `${source}.json`), `uci_${source}`),
  );
}

/**
 * Load every evaluable `*.json` set in the eval data folder: the known sets first, in report
 * order, then any other file with one of the known shapes. Never throws for a missing folder
 * or a bad file; those are reported in the result.
 */
export function loadDataFolder(dir: string): DataFolder {
  if (!existsSync(dir)) return { dir, found: false, sets: [], skipped: [], absent: [] };
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  const rank = (file: string) => {
    const index = (KNOWN_DATA_SETS as readonly string[]).indexOf(basename(file, '.json'));
    return index === -1 ? KNOWN_DATA_SETS.length : index;
  };
  files.sort((a, b) => rank(a) - rank(b));
  const sets: EvalSet[] = [];
  const skipped: DataFolder['skipped'] = [];
  for (const file of files) {
    try {
      sets.push(readSetFile(join(dir, file)));
    } catch (error) {
      skipped.push({ file, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  const absent = KNOWN_DATA_SETS.filter((name) => !sets.some((set) => set.name === name));
  return { dir, found: true, sets, skipped, absent };
}
