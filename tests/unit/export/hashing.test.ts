import { createHash } from 'node:crypto';
import { DataFactory } from 'n3';
import { groupItems, OrderedGrouper, OutOfOrder } from '../../../src/export/group-items';
import { itemHash } from '../../../src/export/item-hash';
import { RootHasher } from '../../../src/export/root-hash';

const { namedNode, blankNode, literal, quad } = DataFactory;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('root hash', () => {
  it('is sha256 over the sorted item hashes as raw bytes, whatever the order added', () => {
    const hashes = Array.from({ length: 2000 }, (_, i) => sha(`item ${i}`));
    const a = new RootHasher();
    const b = new RootHasher();
    hashes.forEach((h) => a.add(h));
    [...hashes].reverse().forEach((h) => b.add(h));
    const expected = createHash('sha256')
      .update(Buffer.from([...hashes].sort().join(''), 'hex'))
      .digest('hex');
    expect(a.digest()).toBe(expected);
    expect(b.digest()).toBe(expected);
    expect(a.size).toBe(2000);
  });

  it('rejects what is not a sha256 digest', () => {
    expect(() => new RootHasher().add('xyz')).toThrow(/not a SHA-256/);
  });
});

describe('items', () => {
  const s = namedNode('urn:isnad:st_1');
  const b = blankNode('b1');
  const quads = [
    quad(b, namedNode('urn:p'), literal('inside')),
    quad(s, namedNode('urn:q'), b),
    quad(namedNode('urn:isnad:st_2'), namedNode('urn:p'), literal('other')),
  ];

  it('groups a node with the blank nodes it owns, whatever the order', () => {
    const { items, stray } = groupItems(quads);
    expect(stray).toEqual([]);
    expect(items.map((i) => [i.id, i.quads.length])).toEqual([
      ['st_1', 2],
      ['st_2', 1],
    ]);
  });

  it('reports triples about IRIs that are not ours and blank nodes no item refers to', () => {
    const { stray } = groupItems([
      ...quads,
      quad(namedNode('https://example.org/x'), namedNode('urn:p'), literal('?')),
      quad(blankNode('lost'), namedNode('urn:p'), literal('?')),
    ]);
    expect(stray).toHaveLength(2);
  });

  it('counts a triple given twice once (an RDF dataset is a set)', async () => {
    const once = groupItems(quads).items.find((i) => i.id === 'st_1')!;
    const twice = groupItems([...quads, quads[0]!, quads[1]!]).items.find((i) => i.id === 'st_1')!;
    expect(twice.quads).toHaveLength(2);
    expect(await itemHash(twice.quads)).toBe(await itemHash(once.quads));
  });

  it('groups a stream written item by item, holding one item', () => {
    const grouper = new OrderedGrouper();
    const done = [quads[1]!, quads[0]!, quads[2]!].map((q) => grouper.push(q)).filter((i) => i !== null);
    expect(done.map((i) => i.id)).toEqual(['st_1']);
    expect(grouper.finish()?.id).toBe('st_2');
    expect(grouper.stray).toEqual([]);
  });

  it.each([
    ['a blank node before the triple that refers to it', [0, 1, 2]],
    ['an item whose triples are apart', [1, 2, 0, 3]],
  ])('refuses a stream in another order (%s) rather than guess', (_name, order) => {
    const all = [...quads, quad(s, namedNode('urn:r'), literal('later'))];
    const grouper = new OrderedGrouper();
    expect(() => (order as number[]).forEach((i) => grouper.push(all[i]!))).toThrow(OutOfOrder);
  });

  it('refuses a blank node that two items refer to', () => {
    const grouper = new OrderedGrouper();
    grouper.push(quads[1]!);
    expect(() => grouper.push(quad(namedNode('urn:isnad:st_2'), namedNode('urn:q'), b))).toThrow(OutOfOrder);
  });
});
