import { searchTermsOf } from '../../../src/text/search-terms';

describe('searchTermsOf', () => {
  it('drops English stop words, keeps them listed, and groups each other word with its spellings', () => {
    const terms = searchTermsOf('the withdrawal of US forces أمريكي');
    expect(terms.stopWords).toEqual(['the', 'of']);
    expect(terms.words).toEqual(['the', 'withdrawal', 'of', 'us', 'force', 'امريك']);
    expect(terms.groups[0]).toEqual(['withdrawal']);
    expect(terms.groups.at(-1)).toEqual(expect.arrayContaining(['امريك', 'اميرك', 'american']));
    expect(terms.matchKeys.has('withdraw')).toBe(true);
  });

  it('gives no group for a text of stop words only', () => {
    expect(searchTermsOf('The and OF it').groups).toEqual([]);
  });
});
