import { contentId, sha256Hex } from '../../../src/text/hash';

describe('sha256Hex', () => {
  it('hashes strings as UTF-8 (known vectors)', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives the same hash for a string and its UTF-8 bytes, emoji and Arabic included', () => {
    const text = 'العراق 🇮🇶';
    expect(sha256Hex(text)).toBe(sha256Hex(new TextEncoder().encode(text)));
  });

  it('does not normalise: composed and decomposed forms hash differently', () => {
    expect(sha256Hex('\u0623')).not.toBe(sha256Hex('\u0627\u0654'));
  });

  it('rejects an unpaired surrogate instead of hashing it as U+FFFD', () => {
    expect(() => sha256Hex('a\uD800b')).toThrow(/surrogate/);
    expect(() => sha256Hex('\uDC00')).toThrow(/surrogate/);
  });
});

describe('contentId', () => {
  it('is the prefix and the first 24 hex digits of sha256 over parts joined by U+001F', () => {
    const id = contentId('stmt', 'article', 12, 40);
    expect(id).toBe(`stmt_${sha256Hex('article\u001f12\u001f40').slice(0, 24)}`);
    expect(id).toMatch(/^stmt_[0-9a-f]{24}$/);
  });

  it('is deterministic', () => {
    expect(contentId('span', 'x', 'y')).toBe(contentId('span', 'x', 'y'));
  });

  it('keeps part boundaries: ("ab", "c") differs from ("a", "bc") and from ("abc")', () => {
    expect(contentId('x', 'ab', 'c')).not.toBe(contentId('x', 'a', 'bc'));
    expect(contentId('x', 'ab', 'c')).not.toBe(contentId('x', 'abc'));
  });

  it('depends on the prefix only in the prefix', () => {
    expect(contentId('a', 'p').slice(2)).toBe(contentId('b', 'p').slice(2));
  });

  it('rejects a part containing the separator, which would make boundaries ambiguous', () => {
    expect(() => contentId('x', 'a\u001fb')).toThrow(/U\+001F/);
  });

  it.each([
    ['an empty prefix', () => contentId('', 'a')],
    ['a prefix with an underscore', () => contentId('a_b', 'a')],
    ['no parts', () => contentId('x')],
    ['a non-finite number', () => contentId('x', Number.NaN)],
  ])('rejects %s', (_case, call) => {
    expect(call).toThrow(TypeError);
  });
});
