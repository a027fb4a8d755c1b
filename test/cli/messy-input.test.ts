import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { addedNames } from '../../src/cli/run.js';
import { cli } from './helpers.js';

const csv = ['-', '--format', 'csv'];
const jsonl = ['-', '--format', 'jsonl'];
const cells = (text: string) => parse(text, { relax_column_count: true }) as string[][];
const objects = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** The added CSV cells of an analyzed text: polarity, subjectivity, label, error, extra. */
const scored = (text: string) => {
  const { polarity, subjectivity, label } = analyze(text);
  return [String(polarity), String(subjectivity), label, '', ''];
};
const jsonScored = (text: string) => {
  const { polarity, subjectivity, label } = analyze(text);
  return { polarity, subjectivity, label };
};
const HEADER = ['polarity', 'subjectivity', 'label', 'error', 'extra'];
const EMPTY = 'EMPTY_TEXT: text is empty; send at least one';

describe('1. bytes that are not UTF-8', () => {
  const latin1 = Buffer.from('id,text\n1,great\n2,Caf\xe9 awful\n3,fine\n', 'latin1');

  it('stops with exit 2 naming line and byte offset, after writing the rows before it', async () => {
    const { code, stdout, stderr } = await cli(csv, latin1);
    expect(code).toBe(2);
    // Before: "Caf\uFFFD awful" was written and the run exited 0.
    expect(stdout).not.toContain('\uFFFD');
    expect(cells(stdout)).toEqual([
      ['id', 'text', ...HEADER],
      ['1', 'great', ...scored('great')],
    ]);
    expect(stderr).toBe(
      'sentiment-batch: the input is not valid UTF-8: line 3, byte offset 21 (bytes 0xE9 0x20 0x61 0x77). ' +
        'The rows before that line were written; nothing from it on. If the file is Latin-1, ' +
        'convert it (iconv -f latin1 -t utf-8 INPUT > INPUT.utf8) or pass --encoding latin1 ' +
        '(or --encoding windows-1252 for Windows/Excel files).\n',
    );
  });

  it('says the same for JSONL, and for a sequence cut short at the end of the input', async () => {
    const bad = await cli(
      jsonl,
      '{"text":"great"}\n',
      Buffer.from('{"text":"Caf\xe9"}\n', 'latin1'),
    );
    expect(bad.code).toBe(2);
    expect(objects(bad.stdout)).toEqual([{ text: 'great', ...jsonScored('great') }]);
    expect(bad.stderr).toMatch(/not valid UTF-8: line 2, byte offset 29 \(bytes 0xE9 0x22/);
    const cut = await cli(csv, 'text\ngood\n', Buffer.from([0xe2, 0x82]));
    expect(cut.code).toBe(2);
    expect(cells(cut.stdout)).toEqual([
      ['text', ...HEADER],
      ['good', ...scored('good')],
    ]);
    expect(cut.stderr).toMatch(/line 3, byte offset 10 \(bytes 0xE2 0x82\)/);
  });

  it('passes valid UTF-8 through unchanged, even when a character is split across reads', async () => {
    const euro = Buffer.from('text\ncaf\u00e9 \u20ac \u{1f600}\n'); // 2-, 3- and 4-byte characters
    const chunks = Array.from(euro, (byte) => Buffer.from([byte])); // one byte per read
    const { code, stdout } = await cli(csv, ...chunks);
    expect(code).toBe(0);
    expect(cells(stdout)[1]?.[0]).toBe('caf\u00e9 \u20ac \u{1f600}');
  });

  it('reads Latin-1 with --encoding latin1, and Windows-1252 with --encoding windows-1252', async () => {
    const { code, stdout } = await cli([...csv, '--encoding', 'latin1'], latin1);
    expect(code).toBe(0);
    expect(cells(stdout).map((row) => row[1])).toEqual(['text', 'great', 'Café awful', 'fine']);
    const cp1252 = Buffer.from([...Buffer.from('text\n5 '), 0x80, 0x0a]); // 0x80 is € in cp1252
    const windows = await cli([...csv, '--encoding', 'windows-1252'], cp1252);
    expect(cells(windows.stdout)[1]?.[0]).toBe('5 €');
    const bad = await cli([...csv, '--encoding', 'ebcdic'], 'text\n');
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toContain('--encoding must be utf-8, latin1 or windows-1252');
  });
});

describe('2. JSONL lines that are not JSON objects', () => {
  const input =
    '{"id":1,"text":"good"}\n[1,2,3]\n"just a string"\n{"text": nope}\n{"id":5,"text":"bad"}\n';

  it('become rows with an error and the line as written; the others are analyzed; exit 3', async () => {
    const { code, stdout, stderr } = await cli(jsonl, input);
    expect(code).toBe(3);
    const failedRow = (code: string, message: string, line: string) => ({
      polarity: null,
      subjectivity: null,
      label: null,
      error: { code, message },
      extra: line,
    });
    expect(objects(stdout)).toEqual([
      { id: 1, text: 'good', ...jsonScored('good') },
      failedRow('NOT_AN_OBJECT', 'line 2 is an array, not a JSON object', '[1,2,3]'),
      failedRow('NOT_AN_OBJECT', 'line 3 is a string, not a JSON object', '"just a string"'),
      failedRow(
        'INVALID_JSON',
        expect.stringMatching(/^line 4 is not valid JSON: /) as unknown as string,
        '{"text": nope}',
      ),
      { id: 5, text: 'bad', ...jsonScored('bad') },
    ]);
    expect(stderr).toMatch(
      /^5 rows in .*, 3 failed \(3 could not be read: exit code 3\)\nfailed rows: line 2: NOT_AN_OBJECT; line 3: NOT_AN_OBJECT; line 4: INVALID_JSON/,
    );
  });

  it('keeps bad lines before the first object, in order, and puts them in "extra" in CSV', async () => {
    const { code, stdout } = await cli(
      [...jsonl, '--output-format', 'csv'],
      'null\n{"id":1,"text":"good"}\n',
    );
    expect(code).toBe(3);
    expect(cells(stdout)).toEqual([
      ['id', 'text', ...HEADER],
      ['', '', '', '', '', 'NOT_AN_OBJECT: line 1 is null, not a JSON object', 'null'],
      ['1', 'good', ...scored('good')],
    ]);
  });
});

describe('3. CSV rows with too few or too many fields', () => {
  it('are kept with a FIELD_COUNT error (extra fields in "extra"), not analyzed; exit 3', async () => {
    const { code, stdout, stderr } = await cli(
      csv,
      'id,text,stars\n1,good\n2,"Great, really",5,oops\n3,bad,1\n',
    );
    expect(code).toBe(3);
    expect(cells(stdout)).toEqual([
      ['id', 'text', 'stars', ...HEADER],
      [
        '1',
        'good',
        '',
        '',
        '',
        '',
        'FIELD_COUNT: line 2 has 2 fields, the header has 3; a missing or unquoted comma?',
        '',
      ],
      [
        '2',
        'Great, really',
        '5',
        '',
        '',
        '',
        'FIELD_COUNT: line 3 has 4 fields, the header has 3 (the extra ones are kept in "extra"); a missing or unquoted comma?',
        '["oops"]',
      ],
      ['3', 'bad', '1', ...scored('bad')],
    ]);
    expect(stderr).toMatch(/^3 rows in .*, 2 failed \(2 could not be read: exit code 3\)\n/);
  });

  it('as JSONL: missing fields are null, extra ones an "extra" array', async () => {
    const { stdout } = await cli(
      [...csv, '--output-format', 'jsonl'],
      'id,text,stars\n1,good\n2,bad,1,x,y\n',
    );
    expect(objects(stdout)).toEqual([
      expect.objectContaining({ id: '1', text: 'good', stars: null, label: null }),
      expect.objectContaining({ id: '2', stars: '1', extra: ['x', 'y'], label: null }),
    ]);
  });
});

describe('4. rows of empty fields', () => {
  it('are rows (EMPTY_TEXT); only blank lines are skipped', async () => {
    const { code, stdout, stderr } = await cli(csv, 'id,text,stars\n,,\n\n1,nice,5\n');
    expect(code).toBe(0);
    const rows = cells(stdout);
    expect(rows).toHaveLength(3); // header + 2 rows: before, the ",," row was dropped
    expect(rows[1]?.slice(0, 6)).toEqual(['', '', '', '', '', '']);
    expect(rows[1]?.[6]).toMatch(new RegExp(`^${EMPTY}`));
    expect(rows[2]).toEqual(['1', 'nice', '5', ...scored('nice')]);
    expect(stderr).toMatch(/^2 rows in .*, 1 failed\nfailed rows: row 1: EMPTY_TEXT/);
  });
});

describe('5. input columns named like the added ones', () => {
  it('get the added columns prefixed with sentiment_, in CSV and JSONL alike', async () => {
    const input = 'id,text,polarity,label,error\n1,good,0.9,pos,none\n';
    const { code, stdout, stderr } = await cli(csv, input);
    expect(code).toBe(0);
    const { polarity, subjectivity, label } = analyze('good');
    expect(cells(stdout)).toEqual([
      [
        'id',
        'text',
        'polarity',
        'label',
        'error',
        'sentiment_polarity',
        'sentiment_subjectivity',
        'sentiment_label',
        'sentiment_error',
        'sentiment_extra',
      ],
      ['1', 'good', '0.9', 'pos', 'none', String(polarity), String(subjectivity), label, '', ''],
    ]);
    expect(stderr).toContain(
      'the input has columns named like the added ones: they are sentiment_polarity, sentiment_subjectivity, sentiment_label, sentiment_error, sentiment_extra',
    );
    const asJsonl = await cli([...csv, '--output-format', 'jsonl'], input);
    expect(objects(asJsonl.stdout)).toEqual([
      {
        id: '1',
        text: 'good',
        polarity: '0.9',
        label: 'pos',
        error: 'none',
        sentiment_polarity: polarity,
        sentiment_subjectivity: subjectivity,
        sentiment_label: label,
      },
    ]);
    const fromJsonl = await cli(jsonl, '{"text":"good","label":"pos"}\n');
    expect(objects(fromJsonl.stdout)[0]).toEqual({
      text: 'good',
      label: 'pos',
      sentiment_polarity: polarity,
      sentiment_subjectivity: subjectivity,
      sentiment_label: label,
    });
  });

  it('prefixes again when the prefixed names are taken too (the CLI run on its own output)', () => {
    expect(addedNames(['text', 'Label', 'sentiment_error']).label).toBe(
      'sentiment_sentiment_label',
    );
    expect(addedNames(['text', 'extra']).polarity).toBe('sentiment_polarity');
    expect(addedNames(['text']).polarity).toBe('polarity');
  });

  it('JSONL: a later object with such a key stops with exit 2 after the rows before it', async () => {
    const { code, stdout, stderr } = await cli(
      jsonl,
      '{"id":1,"text":"good"}\n{"id":2,"text":"bad","label":"neg"}\n{"id":3,"text":"ok"}\n',
    );
    expect(code).toBe(2);
    expect(objects(stdout)).toEqual([{ id: 1, text: 'good', ...jsonScored('good') }]);
    expect(stderr).toBe(
      'sentiment-batch: id=2 has a key "label", which the output uses for the analysis (named from the first object, which has none). ' +
        'Rename that key, or give the first object a "label" key (null will do): then the added keys are prefixed with sentiment_.\n',
    );
  });
});

describe('6. JSONL to CSV with keys the first object does not have', () => {
  it('writes those keys as a JSON object in the "extra" column', async () => {
    const { code, stdout } = await cli(
      [...jsonl, '--output-format', 'csv'],
      '{"id":1,"text":"good"}\n{"id":2,"text":"bad","lang":"en","meta":{"a":[1]}}\n{"text":"fine"}\n',
    );
    expect(code).toBe(0);
    expect(cells(stdout)).toEqual([
      ['id', 'text', ...HEADER],
      ['1', 'good', ...scored('good')],
      ['2', 'bad', ...scored('bad').slice(0, 4), '{"lang":"en","meta":{"a":[1]}}'],
      ['', 'fine', ...scored('fine')],
    ]);
  });
});
