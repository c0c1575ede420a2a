import { createHash } from 'node:crypto';
import { DataFactory } from 'n3';
import { groupItems, StreamingGrouper } from '../../../src/export/group-items';
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

  it('groups a stream written item by item, holding one item', () => {
    const grouper = new StreamingGrouper();
    const done = [quads[1]!, quads[0]!, quads[2]!].map((q) => grouper.push(q)).filter((i) => i !== null);
    expect(done.map((i) => i.id)).toEqual(['st_1']);
    expect(grouper.finish()?.id).toBe('st_2');
    expect(grouper.stray).toEqual([]);
  });
});
