import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import {
  MIXED_CLAUSE_THRESHOLD,
  MIXED_MAX_POLARITY,
  NEUTRAL_THRESHOLD,
} from '../../src/analysis/label.js';

const sign = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);

describe('sign of polarity', () => {
  it.each([
    // tokenization
    ['I don’t like it', -1],
    ["I don't like it", -1],
    ["That call was 'wrong'", -1],
    ['I love it😍', 1],
    ['4 years together today ❤️', 1],
    [':)', 1],
    [':-(', -1],
    [':D', 1],
    ['<3', 1],
    [":'(", -1],
    ['Feeling #blessed', 1],
    ['soooo goooood', 1],
    ['A well-crafted, self-confident film', 1],
    ['5/5 would buy again', 1],
    ['0 stars', -1],
    ['one star', -1],
    ['10/10', 1],
    ['1/10', -1],
    ['the food\twas\r\ngreat', 1],
    ["it does n't work well", -1],
    ["it is n't good", -1],
    ["i ca n't recommend it", -1],
    ['it wo n’t last , it is n’t worth it', -1],
    // negation
    ['John is not a good person', -1],
    ['Not bad at all', 1],
    ['No problems, no complaints.', 1],
    ['I never liked this phone', -1],
    ['Nothing good to say about it', -1],
    ['Nobody was happy with it', -1],
    ['It works without problems', 1],
    ['It was hardly enjoyable', -1],
    ['I dont like it', -1],
    ['I DONT LIKE IT', -1],
    ['this cant be good', -1],
    ['it isnt good', -1],
    ['I wasn’t impressed', -1],
    ['Neither the food nor the service was good', -1],
    // modifiers and contrast
    ['This is so bad!!!!!', -1],
    ['It was awful but the staff were great', 1],
    ['It was awful BUT the staff were great', 1],
    ['The staff were great but the food was awful', -1],
    ['Although the staff were great, the food was awful', -1],
    ['The food was great. However, the staff were rude and awful.', -1],
    ['It is slightly disappointing', -1],
    // phrases
    ['What a waste of money', -1],
    ['I felt let down', -1],
    ['We are over the moon', 1],
    ['It fell apart after a week', -1],
    ['Poor quality.', -1],
    ["Don't waste your money", -1],
    ['Do not bother with this one', -1],
    ['I couldn’t be more happy with it', 1],
    ['It could have been great', -1],
    ['I expected better', -1],
    ['The movie was far from good', -1],
    ['The film lacks charm', -1],
    ['The service was lacking', -1],
    ['It was pretty bland', -1],
    ['She is pretty', 1],
    ['I can’t wait to go back', 1],
    ['The cheesecake is to die for', 1],
    ['Mediocre at best', -1],
    ['so sad =(((', -1],
    ['great phone :)))', 1],
    ['IM NOT THE LATTER LOL', 1],
    ['hahahahaha', 1],
    ['Would not go back.', -1],
    ['Mic doesn’t work.', -1],
    ['Don’t buy this product.', -1],
    ['We are sending it back.', -1],
    ['Gets the job done.', 1],
    ['The cake was too sweet', -1],
    ['We will definitely be back!', 1],
    ['I won’t be back', -1],
    ['Never going back.', -1],
    ['2 times - Very Bad Customer Service !', -1],
    ['I &lt;3 this', 1],
    ['Tom &amp; Jerry are awful', -1],
    // no sentiment
    ['It looks like a toy', 0],
    ['We watched Cold Mountain and Widespread Panic', 0],
    ['The ratio is 1:3', 0],
    ['check http://bad.com and @awful', 0],
    ['constructor toString hasOwnProperty valueOf __proto__', 0],
    ['The meeting is at 10 am in room 4.', 0],
    ['The package arrived on Tuesday.', 0],
    ['\u001b[31mterrible\u001b[0m service', -1],
    ['🇫🇷 🇩🇪 🏳️‍🌈', 0],
    ['', 0],
    ['   \n\t', 0],
  ])('%j → %i', (text, expected) => {
    expect(sign(analyze(text).polarity)).toBe(expected);
  });
});

describe('negators', () => {
  it.each([
    'not',
    'no',
    'never',
    'none',
    'nobody',
    'nothing',
    'neither',
    'nor',
    'without',
    'hardly',
    'NOT',
    'Never',
    "isn't",
    'isn’t',
    'isnt',
    "don't",
    'dont',
    "can't",
    'cant',
    "won't",
    'wont',
    'wasnt',
    'shouldnt',
    "wouldn't",
    "n't",
  ])('%s negates the good that follows', (negator) => {
    expect(analyze(`it is ${negator} very good`).polarity).toBeLessThan(0);
    expect(analyze(`${negator} good`).polarity).toBeLessThan(0);
  });

  it.each([
    ['It is not good, it is great', 1],
    ['It is not bad but the rest is good', 1],
    ['I did not like it. It was nice though.', 1],
  ])('the scope ends at clause punctuation and contrast words: %j', (text, expected) => {
    expect(Math.sign(analyze(text).polarity)).toBe(expected);
  });
});

describe('rules', () => {
  it('"This isn\'t a bad idea" is not negative', () => {
    expect(analyze("This isn't a bad idea").polarity).toBeGreaterThanOrEqual(0);
  });

  it('negation stops at the end of the sentence', () => {
    const r = analyze("This wasn't good. That was good.");
    expect(r.sentences.map((s) => sign(s.polarity))).toEqual([-1, 1]);
  });

  it.each([
    ['The book was kind of good', 'The book was good'],
    ['The food was slightly good', 'The food was good'],
    ['It was somewhat good', 'It was good'],
    ['It was a bit good', 'It was good'],
  ])('%j is positive but weaker than %j', (weak, plain) => {
    const a = analyze(weak).polarity;
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(analyze(plain).polarity);
  });

  it('"kind" in "kind of" does not score', () => {
    expect(analyze('The book was kind of good').words.map((w) => w.token)).toEqual(['good']);
  });

  it.each([
    ['The food was very good', 'The food was good'],
    ['The food was extremely good', 'The food was very good'],
    ['The food was really good', 'The food was good'],
    ['The food was GOOD', 'The food was good'],
    ['The food was good!!!', 'The food was good'],
    ['This is so bad!!!!!', 'This is bad'],
  ])('%j is stronger than %j', (strong, plain) => {
    expect(Math.abs(analyze(strong).polarity)).toBeGreaterThan(Math.abs(analyze(plain).polarity));
  });

  it('exclamation marks never flip or zero the polarity', () => {
    for (const text of ['bad!', 'bad!!!!!!!!', 'good!', 'good?!?!']) {
      expect(sign(analyze(text).polarity)).toBe(text.startsWith('bad') ? -1 : 1);
    }
  });

  it.each([
    ['I hope it works', 'It works great'],
    ['The food was ok', 'The food was amazing'],
  ])('%j is weaker than %j', (weak, strong) => {
    const a = analyze(weak).polarity;
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(analyze(strong).polarity);
  });

  it('ALL-CAPS counts as emphasis only in mixed-case text', () => {
    const caps = analyze('THE FOOD WAS GOOD').polarity;
    expect(caps).toBeCloseTo(analyze('the food was good').polarity, 6);
  });
});

describe('subjectivity', () => {
  it.each([
    [
      'I think this is the best phone I have ever owned!',
      'He moves to Paris and meets his father.',
    ],
    ['Honestly, the acting is really awful.', 'The film was shot in Toronto in 2004.'],
    ['What a wonderful, charming little film', 'They travel north to find the lost city.'],
  ])('%j is more subjective than %j', (opinion, report) => {
    expect(analyze(opinion).subjectivity).toBeGreaterThan(0.5);
    expect(analyze(report).subjectivity).toBeLessThan(0.5);
  });

  it('is 0 for empty text and within [0, 1] otherwise', () => {
    expect(analyze('').subjectivity).toBe(0);
    expect(analyze('!!!!!!!!!!!! WOW!!!').subjectivity).toBeLessThanOrEqual(1);
  });
});

describe('result shape', () => {
  it('scored words keep offsets into the original text, phrases as one span', () => {
    const text = 'Sadly, it’s a waste of money 😡 but the people were GREAT :)';
    const r = analyze(text);
    expect(r.words.map((w) => w.token)).toEqual(['Sadly', 'waste of money', '😡', 'GREAT', ':)']);
    for (const w of r.words) {
      expect(text.slice(w.offset, w.offset + w.length)).toBe(w.token);
      expect(w.valence).not.toBe(0);
    }
    for (const s of r.sentences) expect(text.slice(s.offset, s.offset + s.length)).toBe(s.text);
  });

  it('score, comparative and magnitude follow the contributions', () => {
    const r = analyze('Good food. Terrible service and awful staff.');
    const sum = r.words.reduce((s, w) => s + w.contribution, 0);
    const abs = r.words.reduce((s, w) => s + Math.abs(w.contribution), 0);
    expect(r.score).toBeCloseTo(sum, 9);
    expect(r.magnitude).toBeCloseTo(abs, 9);
    expect(r.comparative).toBeCloseTo(sum / 7, 9);
    expect(r.sentences).toHaveLength(2);
  });

  it('empty text gives zeros', () => {
    expect(analyze('')).toEqual({
      polarity: 0,
      subjectivity: 0,
      label: 'NEUTRAL',
      score: 0,
      comparative: 0,
      magnitude: 0,
      words: [],
      sentences: [],
    });
    expect(analyze(' \n\t ').sentences).toEqual([]);
  });

  it.each([
    '\u0000 good \ud800 bad \udfff',
    '\u202eevil\u202c مرحبا good',
    '👨‍👩‍👧‍👦 🏳️‍🌈 love 1️⃣ \u200d\ufe0f',
    '!!!???...:):(',
    'x'.repeat(5000),
  ])('never throws and keeps offsets valid on %j', (text) => {
    const r = analyze(text);
    expect(r.polarity).toBeGreaterThanOrEqual(-1);
    expect(r.polarity).toBeLessThanOrEqual(1);
    expect(r.subjectivity).toBeGreaterThanOrEqual(0);
    expect(r.subjectivity).toBeLessThanOrEqual(1);
    for (const w of r.words) expect(text.slice(w.offset, w.offset + w.length)).toBe(w.token);
    for (const s of r.sentences) expect(text.slice(s.offset, s.offset + s.length)).toBe(s.text);
  });
});

describe('polarity normalization', () => {
  it('tracks the balance rather than the length', () => {
    const many = `${'It was good. '.repeat(18)}It was bad.`;
    const p = analyze(many).polarity;
    expect(p).toBeGreaterThan(0.5);
    expect(p).toBeLessThan(1);
    const balanced = 'It was good. It was bad. '.repeat(20);
    expect(Math.abs(analyze(balanced).polarity)).toBeLessThan(0.1);
  });

  it('stays within [-1, 1] for long one-sided text', () => {
    const p = analyze('Awful, terrible, horrible, disgusting! '.repeat(200)).polarity;
    expect(p).toBeGreaterThanOrEqual(-1);
    expect(p).toBeLessThan(-0.9);
  });
});

describe('labels', () => {
  it('exports ordered thresholds', () => {
    expect(NEUTRAL_THRESHOLD).toBeGreaterThan(0);
    expect(NEUTRAL_THRESHOLD).toBeLessThan(MIXED_MAX_POLARITY);
    expect(MIXED_CLAUSE_THRESHOLD).toBeGreaterThan(NEUTRAL_THRESHOLD);
  });

  it.each([
    ['I love this phone', 'POSITIVE'],
    ['I hate this phone', 'NEGATIVE'],
    ['The phone is black', 'NEUTRAL'],
    ['The meeting is at 10 am in room 4.', 'NEUTRAL'],
    ['It was released in 2004 and runs 96 minutes.', 'NEUTRAL'],
    ['', 'NEUTRAL'],
    ['The screen is great. The battery is terrible.', 'MIXED'],
    ['The food was great but the service was terrible', 'MIXED'],
  ])('%j → %s', (text, label) => {
    expect(analyze(text).label).toBe(label);
  });

  it('labels each sentence', () => {
    expect(analyze('Great screen. Terrible battery.').sentences.map((s) => s.label)).toEqual([
      'POSITIVE',
      'NEGATIVE',
    ]);
  });
});
