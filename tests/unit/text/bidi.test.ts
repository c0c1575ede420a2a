import { FSI, PDI, hasRtl, isolate, isolateAlways } from '../../../src/text/bidi';

describe('hasRtl', () => {
  it.each([
    ['Arabic letters', 'قال مسؤول'],
    ['Hebrew letters', 'שלום'],
    ['Persian letters', 'پنتاگون'],
    ['an Arabic word inside English', 'the cue قال in context'],
    ['Arabic presentation forms', '\uFEFB'],
    ['a right-to-left mark', 'a\u200Fb'],
  ])('is true for %s', (_case, text) => {
    expect(hasRtl(text)).toBe(true);
  });

  it.each([
    ['English', 'US defense official'],
    ['Arabic-Indic digits alone (weak, not strong)', '٢٠٢٥'],
    ['tashkeel alone (non-spacing marks)', '\u064E\u0651'],
    ['an emoji flag', '🇮🇶'],
    ['the empty string', ''],
  ])('is false for %s', (_case, text) => {
    expect(hasRtl(text)).toBe(false);
  });
});

describe('isolate', () => {
  it('wraps text containing Arabic in FSI … PDI', () => {
    expect(isolate('العربية.نت')).toBe('\u2068العربية.نت\u2069');
  });

  it('leaves left-to-right text without invisible characters', () => {
    expect(isolate('Al Arabiya.net')).toBe('Al Arabiya.net');
  });

  it('isolates a quote inside an English line so its punctuation stays with it', () => {
    const line = `said: ${isolate('"لا تغييرات"')} (direct quote)`;
    expect(line).toBe(`said: ${FSI}"لا تغييرات"${PDI} (direct quote)`);
  });
});

describe('isolateAlways', () => {
  it('wraps any text, including left-to-right and empty text', () => {
    expect(isolateAlways('abc')).toBe('\u2068abc\u2069');
    expect(isolateAlways('')).toBe('\u2068\u2069');
  });
});
