import { searchKey, searchQueryTokens, toSearchTokens } from '../../../src/text/arabic-stem';

const SEED = 'لا تغييرات لدينا على خطط الانتشار المستقبلية في العراق';

describe('searchKey', () => {
  it('folds, tokenises and stems the seed sentence', () => {
    expect(searchKey(SEED)).toBe('لا تغيير لدي علي خطط انتشار مستقبل في عراق');
  });

  it.each([
    ['with full tashkeel', 'لَا تَغْيِيرَاتٍ لَدَيْنَا عَلَى خُطَطِ الاِنْتِشَارِ المُسْتَقْبَلِيَّةِ فِي العِرَاقِ'],
    [
      'with hamza on the alef, ي for ى, ه for ة, ى for ي and tatweel',
      'لا تغييرات لدينا علي خطط الإنتشار المستقبليه فى العـــراق',
    ],
    [
      'with punctuation, quotes and extra spaces',
      '«لا تغييرات لدينا»   على خطط الانتشار، المستقبلية في العراق.',
    ],
    ['with clitics added', 'لا تغييرات لدينا على وخطط بالانتشار المستقبلية في والعراق'],
  ])('gives the same key for the seed sentence %s', (_variant, text) => {
    expect(searchKey(text)).toBe(searchKey(SEED));
  });

  it('gives the same key for أكّدت and اكدت', () => {
    expect(searchKey('أكّدت')).toBe(searchKey('اكدت'));
  });

  it('writes Arabic-Indic digits as ASCII tokens', () => {
    expect(searchKey('في عام ٢٠٢٥')).toBe('في عام 2025');
  });

  it('splits on punctuation, keeps mixed-script text in order, and drops emoji', () => {
    expect(searchKey('قال لـ"العربية.نت": US forces 🇮🇶 stay')).toBe('قال ل عرب نت us force stay');
  });

  it('keeps Indic vowel signs inside a token', () => {
    expect(toSearchTokens('हिंदी')).toEqual(['हिंदी']);
  });

  it('returns an empty key for text with nothing searchable', () => {
    expect(searchKey(' 🇮🇶 ... ')).toBe('');
  });
});

describe('searchQueryTokens', () => {
  it('returns the stems of a query in order without duplicates', () => {
    expect(searchQueryTokens('الانسحاب بالانسحاب Withdrawal withdrawals')).toEqual(['انسحاب', 'withdrawal']);
  });

  it('matches every stem stored for a text that contains the query words', () => {
    const stored = new Set(searchKey(SEED).split(' '));
    for (const token of searchQueryTokens('وبالانتشار في العراق')) expect(stored).toContain(token);
  });
});
