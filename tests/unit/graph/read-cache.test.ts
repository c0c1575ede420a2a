import { ReadCache } from '../../../src/graph/read-cache';

describe('ReadCache', () => {
  it('answers a key only at the version it was kept for, and a new version empties it', () => {
    const cache = new ReadCache({ maxEntries: 10, maxBytes: 1024 * 1024 });
    cache.set('v1', 'q', [{ a: 1 }]);
    expect(cache.get('v1', 'q')).toEqual([{ a: 1 }]);
    expect(cache.get('v2', 'q')).toBeUndefined();
    expect(cache.get('v1', 'q')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('freezes what it keeps, so no caller can change a cached answer', () => {
    const cache = new ReadCache();
    const rows = [{ statement: { text: 'x', topics: [{ label: 't' }] } }];
    cache.set('v', 'q', rows);
    const cached = cache.get('v', 'q') as typeof rows;
    expect(() => {
      cached[0]!.statement.topics[0]!.label = 'changed';
    }).toThrow(TypeError);
    expect(cached[0]!.statement.topics[0]!.label).toBe('t');
  });

  it('drops the least recently used entry past its entry bound', () => {
    const cache = new ReadCache({ maxEntries: 2, maxBytes: 1024 * 1024 });
    cache.set('v', 'a', [1]);
    cache.set('v', 'b', [2]);
    cache.get('v', 'a');
    cache.set('v', 'c', [3]);
    expect(cache.size).toBe(2);
    expect(cache.get('v', 'b')).toBeUndefined();
    expect(cache.get('v', 'a')).toEqual([1]);
    expect(cache.get('v', 'c')).toEqual([3]);
  });

  it('stays under its byte bound and keeps no answer larger than a quarter of it', () => {
    const cache = new ReadCache({ maxEntries: 1000, maxBytes: 4000 });
    cache.set('v', 'huge', ['x'.repeat(600)]);
    expect(cache.get('v', 'huge')).toBeUndefined();
    for (let i = 0; i < 100; i++) cache.set('v', `k${i}`, ['y'.repeat(100)]);
    expect(cache.size).toBeLessThan(20);
    expect(cache.get('v', 'k99')).toBeDefined();
  });

  it('with a bound of 0 keeps nothing', () => {
    const cache = new ReadCache({ maxEntries: 0, maxBytes: 1024 });
    expect(cache.enabled).toBe(false);
    cache.set('v', 'q', [1]);
    expect(cache.get('v', 'q')).toBeUndefined();
  });
});
