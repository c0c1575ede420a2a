import { canonicalJson } from '../../../src/text/hash';

describe('canonicalJson', () => {
  it('sorts object keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('gives the same text whatever order keys were inserted in', () => {
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('sorts keys by UTF-16 code units, as RFC 8785 requires', () => {
    // U+FB33 has a smaller code point than U+1F600 😀 but sorts after it: 😀 is the surrogate
    // pair D83D DE00, and 0xFB33 > 0xD83D. Code-point order would put it first.
    expect(canonicalJson({ '\uFB33': 1, '😀': 2, '€': 3, '\r': 4, '1': 5 })).toBe(
      '{"\\r":4,"1":5,"€":3,"😀":2,"\uFB33":1}',
    );
  });

  it('writes numbers in ECMAScript form (RFC 8785 section 3.2.2.3)', () => {
    expect(canonicalJson([-0, 1e21, 1e-7, 0.1, 100, 333333333.3333333])).toBe(
      '[0,1e+21,1e-7,0.1,100,333333333.3333333]',
    );
  });

  it('keeps Arabic and emoji as characters and escapes controls', () => {
    expect(canonicalJson({ q: 'لا تغييرات 🇮🇶\n"' })).toBe('{"q":"لا تغييرات 🇮🇶\\n\\""}');
  });

  it.each([
    ['undefined at the top', undefined, /undefined at \$/],
    ['an undefined property', { a: { b: undefined } }, /\$\.a\.b/],
    ['NaN', { n: Number.NaN }, /NaN at \$\.n/],
    ['Infinity', [Number.POSITIVE_INFINITY], /\$\[0\]/],
    ['a function', { f: () => 1 }, /function at \$\.f/],
    ['a symbol', [Symbol('s')], /symbol/],
    ['a bigint', { n: 1n }, /bigint/],
    ['a Date', { d: new Date(0) }, /non-plain object at \$\.d/],
    ['a Map', new Map(), /non-plain object/],
    ['an array hole', [1, , 3], /hole at \$\[1\]/], // eslint-disable-line no-sparse-arrays
    ['an unpaired surrogate', { s: '\uD800' }, /surrogate/],
    ['a key that is not an identifier, named in the path', { 'a b': undefined }, /\$\["a b"\]/],
  ])('rejects %s', (_case, value, message) => {
    expect(() => canonicalJson(value)).toThrow(message);
  });

  it('rejects a cycle but accepts the same object twice side by side', () => {
    const shared = { x: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"x":1},{"x":1}]');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cycle at \$\.self/);
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 2, a: 1 });
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}');
  });
});
