import { searchKey, stemArabic, stemEnglish, stemToken } from '../../../src/text/arabic-stem';
import { foldArabic } from '../../../src/text/arabic-fold';

/** Stems a word as search does: folded first. */
const stem = (word: string): string => stemArabic(foldArabic(word));

describe('stemArabic', () => {
  it.each(['الانسحاب', 'بالانسحاب', 'وبالانسحاب', 'والانسحاب', 'للانسحاب', 'فالانسحاب', 'كالانسحاب'])(
    'reduces %s to the stem of انسحاب',
    (word) => {
      expect(stem(word)).toBe('انسحاب');
      expect(stem(word)).toBe(stem('انسحاب'));
    },
  );

  it.each([
    ['conjunction و', 'وانسحاب'],
    ['conjunction ف', 'فانسحاب'],
    ['preposition ب', 'بانسحاب'],
    ['preposition ل', 'لانسحاب'],
    ['preposition ك', 'كانسحاب'],
    ['conjunction and preposition وب', 'وبانسحاب'],
    ['conjunction, preposition and article فبال', 'فبالانسحاب'],
    ['conjunction, ل and article ولل', 'وللانسحاب'],
  ])('strips the %s proclitic (%s)', (_clitic, word) => {
    expect(stem(word)).toBe('انسحاب');
  });

  it.each([
    ['ها', 'قرارها', 'قرار'],
    ['هم', 'قرارهم', 'قرار'],
    ['هن', 'قرارهن', 'قرار'],
    ['كم', 'قراركم', 'قرار'],
    ['نا', 'قرارنا', 'قرار'],
    ['ه', 'قراره', 'قرار'],
    ['ي', 'قراري', 'قرار'],
    ['ات', 'تغييرات', 'تغيير'],
    ['ون', 'مسؤولون', 'مسوول'],
    ['ين', 'مسؤولين', 'مسوول'],
    ['ة (folded to ه)', 'سياسة', 'سياس'],
  ])('strips the suffix %s (%s → %s)', (_suffix, word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('merges a plural with its singular: تغييرات ~ تغيير', () => {
    expect(stem('تغييرات')).toBe(stem('تغيير'));
    expect(stem('التغييرات')).toBe(stem('تغيير'));
  });

  it('strips stacked suffixes: المستقبلية → مستقبل, العراقيين → عراق', () => {
    expect(stem('المستقبلية')).toBe('مستقبل');
    expect(stem('العراقيين')).toBe('عراق');
    expect(stem('العراقي')).toBe(stem('العراق'));
  });

  describe('keeps short stems whole', () => {
    it.each([
      ['a word where the article would leave one letter', 'الم'],
      ['a preposition before a three-letter word', 'كتاب'],
      ['a preposition before a two-letter word', 'بلد'],
      ['a conjunction before a two-letter word', 'وقت'],
      ['a suffix that would leave two letters', 'يده'],
      ['a teh marbuta that would leave two letters', 'خطة'],
      ['a conjunction before a two-letter particle, as in light10', 'ولا'],
      ['a three-letter word ending in ي', 'علي'],
    ])('%s (%s)', (_case, word) => {
      expect(stem(word)).toBe(foldArabic(word));
    });
  });

  it('does not let a suffix lengthen a word past the preposition bound: كتابه → كتاب', () => {
    expect(stem('كتابه')).toBe('كتاب');
    expect(stem('بكتابه')).toBe('كتاب');
  });

  it('stems a clitic-initial word the same with or without the article (greedy proclitics)', () => {
    expect(stem('الوزير')).toBe(stem('وزير'));
    expect(stem('لبنان')).toBe(stem('اللبناني'));
    expect(stem('بلبنان')).toBe(stem('لبنان'));
    expect(stem('بالوزير')).toBe('زير');
    expect(stem('للبنان')).toBe('بنان');
  });
});

describe('stemEnglish', () => {
  it.each([
    ['forces', 'force'],
    ['officials', 'official'],
    ['policies', 'policy'],
    ['classes', 'class'],
    ['plans', 'plan'],
  ])('folds the plural %s → %s', (word, expected) => {
    expect(stemEnglish(word)).toBe(expected);
  });

  it.each(['status', 'crisis', 'press', 'us', 'has', 'news', 'series', 'iraq'])('leaves %s alone', (word) => {
    expect(stemEnglish(word)).toBe(word);
  });
});

describe('stemToken', () => {
  it('picks the stemmer by script and leaves numbers and other scripts alone', () => {
    expect(stemToken('والانسحاب')).toBe('انسحاب');
    expect(stemToken('troops')).toBe('troop');
    expect(stemToken('2025')).toBe('2025');
    expect(stemToken('한국들')).toBe('한국들');
  });
});

describe('searchKey', () => {
  it('removes the English possessive', () => {
    expect(searchKey("Iraq's troops")).toBe('iraq troop');
    expect(searchKey('Iraq’s troops')).toBe('iraq troop');
  });
});
