import { analyzedTerm } from '../../../src/text/analyzed-term';
import { searchQueryTokens } from '../../../src/text/arabic-stem';
import {
  indexSpellingVariants,
  loadSpellingVariantTable,
  MAX_SPELLINGS,
  spellingsOf,
} from '../../../src/text/spelling-variants';

const table = loadSpellingVariantTable();
const pairs = table.groups.flatMap((group) =>
  group.spellings.flatMap((a) => group.spellings.filter((b) => b !== a).map((b) => [a, b] as const)),
);

describe('the spelling-variant table', () => {
  it('loads, and every group says why it is there', () => {
    expect(table.groups.length).toBeGreaterThan(10);
    for (const group of table.groups) expect(group.why.trim().length).toBeGreaterThan(10);
  });

  it('has the spellings of the issue: أمريكي / أميركي, أمريكا / أميركا, إسرائيل forms, بومبيو / بومبيوه', () => {
    const together = (a: string, b: string): boolean =>
      table.groups.some((group) => group.spellings.includes(a) && group.spellings.includes(b));
    expect(together('أمريكي', 'أميركي')).toBe(true);
    expect(together('أمريكا', 'أميركا')).toBe(true);
    expect(together('إسرائيل', 'إسراءيل')).toBe(true);
    expect(together('بومبيو', 'بومبيوه')).toBe(true);
  });

  it.each(pairs)('expands %s to a spelling of %s', (a, b) => {
    const [stemA] = searchQueryTokens(a);
    const [stemB] = searchQueryTokens(b);
    const keys = spellingsOf(stemA!).map(analyzedTerm);
    expect(keys).toContain(analyzedTerm(stemB!));
  });

  it('expands a word with no group to itself only', () => {
    expect(spellingsOf('انسحاب')).toEqual(['انسحاب']);
  });

  it('keeps every expansion within the clause bound', () => {
    const index = indexSpellingVariants(table);
    for (const spellings of index.values()) expect(spellings.length).toBeLessThanOrEqual(MAX_SPELLINGS);
  });

  it('refuses a spelling of two words, a stop word, and a group past the bound', () => {
    const group = (spellings: string[]) => ({ groups: [{ spellings, why: 'a test group' }] });
    expect(() => indexSpellingVariants(group(['عين الأسد', 'عين الاسد']))).toThrow(/not one searchable word/);
    expect(() => indexSpellingVariants(group(['the', 'thee']))).toThrow(/not one searchable word/);
    const many = Array.from({ length: MAX_SPELLINGS + 1 }, (_, i) => `name${'x'.repeat(i)}`);
    expect(() => indexSpellingVariants(group(many))).toThrow(/at most 8/);
  });
});
