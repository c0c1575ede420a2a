import { highlightRanges } from '../../../src/text/highlights';
import { searchTermsOf } from '../../../src/text/search-terms';
import { sliceCodePoints } from '../../../src/text/spans';

function highlighted(text: string, query: string): string[] {
  return highlightRanges(text, searchTermsOf(query).matchKeys).map(({ start, end }) =>
    sliceCodePoints(text, start, end),
  );
}

describe('highlightRanges', () => {
  it('marks whole written words, clitics and marks included', () => {
    expect(highlighted('وبالانسحاب من العِراق قريبًا', 'الانسحاب العراق')).toEqual(['وبالانسحاب', 'العِراق']);
  });

  it('counts code points, not UTF-16 units, after an emoji', () => {
    const text = 'أهلًا 🇮🇶 في أربيل';
    const [range] = highlightRanges(text, searchTermsOf('اربيل').matchKeys);
    // أهلًا is five code points, the flag two (regional indicators), four UTF-16 units.
    expect(range).toEqual({ start: 12, end: 17 });
    expect(sliceCodePoints(text, range!.start, range!.end)).toBe('أربيل');
  });

  it('marks inflected English words the stemmer merges, and no stop word', () => {
    expect(highlighted('The withdrawal of the troops, withdrawing slowly', 'the withdraw')).toEqual([
      'withdrawal',
      'withdrawing',
    ]);
  });

  it('marks the other spellings of a word', () => {
    expect(highlighted('قال الرئيس الأمريكي إن القوات الأميركية', 'أميركي')).toEqual([
      'الأمريكي',
      'الأميركية',
    ]);
    expect(highlighted('Troops left Irbil', 'Erbil')).toEqual(['Irbil']);
  });

  it('keeps a word whole across a zero-width non-joiner and tatweel', () => {
    expect(highlighted('الـعـراق و می‌خواهم', 'العراق میخواهم')).toEqual(['الـعـراق', 'می‌خواهم']);
  });

  it('marks nothing when nothing matches', () => {
    expect(highlightRanges('no match here', searchTermsOf('Baghdad').matchKeys)).toEqual([]);
  });
});
