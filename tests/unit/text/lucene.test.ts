import { buildFulltextQuery, escapeLucene } from '../../../src/text/lucene';
import { searchQueryTokens } from '../../../src/text/arabic-stem';

const SPECIALS = '+-!():^[]"{}~*?\\/&|';

/** Removes every escape pair (backslash + any character) and returns what QueryParser would lex. */
const unescapedRest = (query: string): string => query.replace(/\\[\s\S]/g, '');

/**
 * A required-term query as QueryParser lexes it: '+', then a term of escaped or non-special
 * characters, then an optional prefix '*'; clauses separated by single spaces.
 */
const REQUIRED_CLAUSE = /^\+(?:\\[\s\S]|[^\s+\-!():^[\]"{}~*?\\/&|])+\*?$/u;

describe('escapeLucene', () => {
  it('escapes every special character of a hostile string', () => {
    const hostile = 'a:b "c" (d) -e \\ f/ g~ h^ i* j? k! l{ } [ ] && ||';
    expect(escapeLucene(hostile)).toBe(
      'a\\:b \\"c\\" \\(d\\) \\-e \\\\ f\\/ g\\~ h\\^ i\\* j\\? k\\! l\\{ \\} \\[ \\] \\&\\& \\|\\|',
    );
  });

  it.each([...SPECIALS])('leaves no unescaped %s', (ch) => {
    const escaped = escapeLucene(`x${ch}y ${ch}${ch} ${ch}`);
    for (const special of SPECIALS) expect(unescapedRest(escaped)).not.toContain(special);
  });

  it('keeps an odd run of backslashes from escaping the next character', () => {
    expect(escapeLucene('a\\')).toBe('a\\\\');
    expect(unescapedRest(escapeLucene('\\\\\\:'))).toBe('');
  });

  it('stops standalone AND, OR and NOT from acting as operators, keeping their case', () => {
    expect(escapeLucene('war AND peace OR NOT x')).toBe('war \\AND peace \\OR \\NOT x');
    expect(escapeLucene('ANDROID and or not')).toBe('ANDROID and or not');
  });

  it('leaves Arabic text and whitespace as they are', () => {
    expect(escapeLucene('انسحاب القوات')).toBe('انسحاب القوات');
  });
});

describe('buildFulltextQuery', () => {
  it('requires every token', () => {
    expect(buildFulltextQuery(['انسحاب', 'عراق'])).toBe('+انسحاب +عراق');
  });

  it('escapes each token', () => {
    expect(buildFulltextQuery(['a:b', '"', '(', '-', 'AND'])).toBe('+a\\:b +\\" +\\( +\\- +\\AND');
  });

  it('matches the last token as a prefix only when asked', () => {
    expect(buildFulltextQuery(['قوات', 'انسح'], { prefixLast: true })).toBe('+قوات +انسح*');
    expect(buildFulltextQuery(['قوات', 'انسح'])).toBe('+قوات +انسح');
  });

  it('requires one of the alternatives of a group (a word and its spelling variants), each escaped', () => {
    expect(buildFulltextQuery([['امريك', 'اميرك', 'american'], 'us'])).toBe('+(امريك اميرك american) +us');
    expect(buildFulltextQuery([['a:b', 'OR']])).toBe('+(a\\:b \\OR)');
    expect(buildFulltextQuery([['قوات'], ['انسح', 'نسح']], { prefixLast: true })).toBe('+قوات +(انسح* نسح*)');
  });

  it('splits a token containing whitespace instead of letting a term become optional', () => {
    expect(buildFulltextQuery(['a b'])).toBe('+a +b');
  });

  it('returns null when there is nothing to search for', () => {
    expect(buildFulltextQuery([])).toBeNull();
    expect(buildFulltextQuery(['', ' '])).toBeNull();
    expect(buildFulltextQuery(searchQueryTokens('":( -'))).toBeNull();
  });

  it.each([
    'a:b "c" (d) -e \\ f/ g~ h^ i* j? k! l{ } [ ] && ||',
    'الانسحاب: "القوات" (الأمريكية) -العراق',
    'title:foo AND (bar OR "baz',
  ])('produces only well-formed required clauses for a user query: %s', (query) => {
    const built = buildFulltextQuery(searchQueryTokens(query), { prefixLast: true });
    expect(built).not.toBeNull();
    for (const clause of (built ?? '').split(' ')) expect(clause).toMatch(REQUIRED_CLAUSE);
  });

  it('produces well-formed clauses even from raw hostile tokens', () => {
    const tokens = [
      'a:b',
      '"c"',
      '(d)',
      '-e',
      '\\',
      'f/',
      'g~',
      'h^',
      'i*',
      'j?',
      'k!',
      'l{',
      '}',
      '[',
      ']',
      '&&',
      '||',
    ];
    const built = buildFulltextQuery(tokens) ?? '';
    for (const clause of built.split(' ')) expect(clause).toMatch(REQUIRED_CLAUSE);
  });
});
