import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataFolder, loadUciSets, parseSet } from '../../scripts/eval/datasets.js';

describe('loadDataFolder', () => {
  let dir = '';
  const write = (file: string, data: unknown) =>
    writeFileSync(join(dir, file), typeof data === 'string' ? data : JSON.stringify(data));

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'eval-data-'));
    write('README.md', '# sets');
    write('subjectivity.json', [
      { text: 'a gem', subjective: 1 },
      { text: 'he goes home', subjective: 0 },
    ]);
    write('vader_tweets.json', [{ id: '1', text: 'so good', score: 2.5 }]);
    write('rt_polarity.json', [
      { text: 'fine', label: 1 },
      { text: 'bad', label: 0 },
    ]);
    write('extra_reviews.json', [
      { text: 'meh', class: 0 },
      { text: '', class: null },
    ]);
    write('notes.json', { hello: 'world' });
    write('broken.json', '[{"text": ');
    write('mixed.json', [
      { text: 'x', label: 1 },
      { text: 'y', label: 'positive' },
    ]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads known sets in report order, then extra sets of a known shape', () => {
    const folder = loadDataFolder(dir);
    expect(folder.found).toBe(true);
    expect(folder.sets.map((set) => [set.name, set.kind, set.documents.length])).toEqual([
      ['rt_polarity', 'binary', 2],
      ['vader_tweets', 'graded', 1],
      ['subjectivity', 'subjectivity', 2],
      ['extra_reviews', 'binary', 1],
    ]);
    expect(folder.sets[1]?.documents[0]).toEqual({ text: 'so good', target: 2.5 });
    expect(folder.sets[3]?.dropped).toBe(1);
  });

  it('reports skipped files and absent known sets instead of throwing', () => {
    const folder = loadDataFolder(dir);
    expect(folder.skipped.map((skip) => skip.file).sort()).toEqual([
      'broken.json',
      'mixed.json',
      'notes.json',
    ]);
    expect(folder.absent).toEqual(['sst2_dev', 'vader_movie_reviews']);
  });

  it('says when the folder is missing', () => {
    const folder = loadDataFolder(join(dir, 'nope'));
    expect(folder).toMatchObject({ found: false, sets: [], skipped: [] });
  });
});

describe('parseSet', () => {
  it('rejects rows without a known label', () => {
    expect(() => parseSet('x', 'x.json', [{ text: 'a' }])).toThrow(/none of/);
    expect(() => parseSet('x', 'x.json', [])).toThrow(/non-empty/);
  });
});

describe('loadUciSets', () => {
  it('reads 1,000 labelled sentences per UCI file (the placeholder row left out)', () => {
    const sets = loadUciSets();
    expect(sets.map((set) => [set.name, set.documents.length, set.dropped])).toEqual([
      ['uci_amazon', 1000, 1],
      ['uci_imdb', 1000, 1],
      ['uci_yelp', 1000, 1],
    ]);
  });
});
