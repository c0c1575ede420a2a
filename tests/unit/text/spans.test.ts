import {
  codePointLength,
  createOffsetIndex,
  findQuote,
  findQuoteOccurrences,
  sliceCodePoints,
  spanContains,
  spansOverlap,
} from '../../../src/text/spans';
import { splitSentences } from '../../../src/text/sentences';

// 🇮🇶 is two regional-indicator code points, each a UTF-16 surrogate pair.
const FLAG = '🇮🇶';
const TEXT = `أهلًا بالأصدقاء في أربيل ${FLAG} في إشارة إلى الوحدات`;

describe('codePointLength and sliceCodePoints', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(FLAG.length).toBe(4);
    expect(codePointLength(FLAG)).toBe(2);
    expect(codePointLength(TEXT)).toBe([...TEXT].length);
    expect(codePointLength(TEXT)).toBe(TEXT.length - 2);
  });

  it('counts a lone surrogate as one code point, like the string iterator', () => {
    expect(codePointLength('a\ud83cb')).toBe([...'a\ud83cb'].length);
  });

  it('slices by code points, keeping an astral character whole', () => {
    const at = [...TEXT].indexOf('🇮');
    expect(sliceCodePoints(TEXT, at, at + 2)).toBe(FLAG);
    expect(TEXT.slice(at, at + 2)).not.toBe(FLAG); // the UTF-16 slice would cut the flag in half
  });
});

describe('createOffsetIndex', () => {
  it('converts between UTF-16 and code-point offsets around an emoji', () => {
    const index = createOffsetIndex(TEXT);
    const utf16After = TEXT.indexOf(' في إشارة');
    const cpAfter = index.toCodePoint(utf16After);
    expect(cpAfter).toBe(utf16After - 2);
    expect(index.toUtf16(cpAfter)).toBe(utf16After);
    expect(index.length).toBe(codePointLength(TEXT));
  });
});

describe('findQuote', () => {
  const text = 'the base will close in May; the base will close later.';

  it('returns the code-point span of a unique quote', () => {
    const found = findQuote(TEXT, 'الوحدات');
    expect(found.kind).toBe('found');
    if (found.kind !== 'found') return;
    expect(sliceCodePoints(TEXT, found.span.start, found.span.end)).toBe('الوحدات');
    expect(found.span.start).toBe(TEXT.indexOf('الوحدات') - 2);
  });

  it('reports a missing quote', () => {
    expect(findQuote(text, 'the base will open')).toEqual({ kind: 'missing' });
  });

  it('reports every occurrence of an ambiguous quote', () => {
    expect(findQuote(text, 'the base will close')).toEqual({
      kind: 'ambiguous',
      spans: [
        { start: 0, end: 19 },
        { start: 28, end: 47 },
      ],
    });
  });

  it('disambiguates with a prefix or a suffix that must touch the quote', () => {
    expect(findQuote(text, 'the base will close', { prefix: '; ' })).toEqual({
      kind: 'found',
      span: { start: 28, end: 47 },
    });
    expect(findQuote(text, 'the base will close', { suffix: ' in May' })).toEqual({
      kind: 'found',
      span: { start: 0, end: 19 },
    });
    expect(findQuote(text, 'the base will close', { prefix: 'xx' })).toEqual({ kind: 'missing' });
  });

  it('finds overlapping occurrences and never matches an empty quote', () => {
    expect(findQuoteOccurrences('aaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 1, end: 3 },
    ]);
    expect(findQuoteOccurrences('abc', '')).toEqual([]);
  });
});

describe('span relations', () => {
  it('treats spans as half-open', () => {
    expect(spansOverlap({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(spansOverlap({ start: 0, end: 6 }, { start: 5, end: 9 })).toBe(true);
    expect(spanContains({ start: 0, end: 9 }, { start: 2, end: 9 })).toBe(true);
    expect(spanContains({ start: 0, end: 8 }, { start: 2, end: 9 })).toBe(false);
  });
});

describe('splitSentences', () => {
  const texts = (input: string): string[] => splitSentences(input).map((s) => s.text);

  it('splits at . ! ? ؟ followed by a space and at every line end', () => {
    expect(texts('Headline without stop\nOne. Two! Three? أربعة؟ خمسة.')).toEqual([
      'Headline without stop',
      'One.',
      'Two!',
      'Three?',
      'أربعة؟',
      'خمسة.',
    ]);
  });

  it('does not split inside numbers, names or quotation marks', () => {
    expect(texts('Growth was 2.5 percent at Al Arabiya.net today. Next.')).toEqual([
      'Growth was 2.5 percent at Al Arabiya.net today.',
      'Next.',
    ]);
    expect(texts('قال: "لا تغييرات. لا شيء". فيما أفادت مصادر.')).toEqual([
      'قال: "لا تغييرات. لا شيء".',
      'فيما أفادت مصادر.',
    ]);
    expect(texts('He said «one. two» and “three. four” then stopped.')).toHaveLength(1);
  });

  it('does not split after initials and common abbreviations', () => {
    expect(texts('U.S. officials met Gen. Caine. Then left.')).toEqual([
      'U.S. officials met Gen. Caine.',
      'Then left.',
    ]);
  });

  it('returns code-point spans that slice back to the sentence, also after an emoji', () => {
    const text = `سطر ${FLAG} أول. ثانٍ.\nثالث`;
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    for (const s of sentences) expect(sliceCodePoints(text, s.start, s.end)).toBe(s.text);
    expect(sentences[1]?.start).toBe([...text].indexOf('ث'));
  });

  it('trims surrounding whitespace and skips empty lines', () => {
    expect(splitSentences('  One.  \n\n Two. ').map((s) => [s.start, s.end])).toEqual([
      [2, 6],
      [11, 15],
    ]);
  });
});
