import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/analysis/sentences.js';
import { tokenize } from '../../src/analysis/tokenize.js';

function tokens(text: string) {
  return tokenize(text).map((t) => ({
    kind: t.kind,
    text: text.slice(t.start, t.end),
    norm: t.norm,
  }));
}

function sentences(text: string): string[] {
  const toks = tokenize(text);
  return splitSentences(text, toks).map((r) => {
    const first = toks[r.from];
    const last = toks[r.to - 1];
    return first && last ? text.slice(first.start, last.end) : '';
  });
}

describe('tokenize', () => {
  it.each([
    ['I don’t like it', ['I', 'don’t', 'like', 'it']],
    ["That call was 'wrong'", ['That', 'call', 'was', "'", 'wrong', "'"]],
    ['I love it😍', ['I', 'love', 'it', '😍']],
    ['4 years ❤️', ['4', 'years', '❤️']],
    ['ok 👍🏽 👩‍❤️‍👨 🇺🇸!', ['ok', '👍🏽', '👩‍❤️‍👨', '🇺🇸', '!']],
    ["nice :) bad :-( :D <3 :'(", ['nice', ':)', 'bad', ':-(', ':D', '<3', ":'("]],
    ['#blessed @bob http://x.com/a?b=1.', ['#blessed', '@bob', 'http://x.com/a?b=1', '.']],
    ['well-made 5/5 3.5', ['well-made', '5/5', '3.5']],
    ["does n't", ['does', "n't"]],
    ['Wow!!! Really?! So...', ['Wow', '!!!', 'Really', '?!', 'So', '...']],
    ['a\tb\r\nc', ['a', 'b', 'c']],
    ['(see note):', ['(', 'see', 'note', ')', ':']],
    ['so sad =((( ok :)))', ['so', 'sad', '=(((', 'ok', ':)))']],
    ['ratio 1:3 at 10:30', ['ratio', '1', ':', '3', 'at', '10', ':', '30']],
    ['Tom &amp; Jerry &lt;3', ['Tom', '&amp;', 'Jerry', '&lt;3']],
  ])('%j', (text, expected) => {
    expect(tokens(text).map((t) => t.text)).toEqual(expected);
  });

  it('normalizes case and curly apostrophes', () => {
    expect(tokens('DON’T Soooo').map((t) => t.norm)).toEqual(["don't", 'soooo']);
  });

  it.each([
    ['check http://bad.com', 'url'],
    ['hi @awful', 'mention'],
    ['#sad', 'hashtag'],
    ['10/10', 'number'],
    [':-)', 'emoticon'],
    ['🎉', 'emoji'],
  ])('kind of the last token of %j is %s', (text, kind) => {
    expect(tokens(text).at(-1)?.kind).toBe(kind);
  });

  it.each([
    '\u0000\u0001 nul \ud800 lone \udfff surrogates',
    'RTL \u202eטקסט\u202c עברית مرحبا',
    '👨‍👩‍👧‍👦🏳️‍🌈1️⃣\ufe0f\u200d',
    'e\u0301 cafe\u0301 naïve',
    '\u2028line\u2029para\u0085',
  ])('offsets of %j slice back to the tokens', (text) => {
    for (const t of tokenize(text)) {
      expect(t.start).toBeGreaterThanOrEqual(0);
      expect(t.end).toBeGreaterThan(t.start);
      expect(t.end).toBeLessThanOrEqual(text.length);
    }
  });
});

describe('splitSentences', () => {
  it.each([
    ['Dr. Smith is great. He helped.', ['Dr. Smith is great.', 'He helped.']],
    [
      'We use it e.g. daily in the U.S. and love it.',
      ['We use it e.g. daily in the U.S. and love it.'],
    ],
    ['Wow!!! Great stuff', ['Wow!!!', 'Great stuff']],
    ['Really?! No way.', ['Really?!', 'No way.']],
    ['I waited... It never came.', ['I waited...', 'It never came.']],
    ['I waited... and waited', ['I waited... and waited']],
    ['first line\nsecond line', ['first line', 'second line']],
    ['Love it! 😍😍 Will buy again.', ['Love it! 😍😍', 'Will buy again.']],
    ['He said “great.” Then he left.', ['He said “great.”', 'Then he left.']],
    ['Wow!!! "Nice." ok', ['Wow!!!', '"Nice."', 'ok']],
    ['No. I hated it.', ['No.', 'I hated it.']],
    ['It costs 3.50 dollars. Cheap.', ['It costs 3.50 dollars.', 'Cheap.']],
    ['', []],
    ['   \n\t ', []],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
