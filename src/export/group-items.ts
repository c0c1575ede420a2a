/**
 * Splits RDF into export items. An item is one of our nodes (a subject IRI `urn:isnad:<id>`)
 * with its own triples and the blank nodes hanging from it (qualified relationships, selectors,
 * lists). Anything else — a triple about an IRI that is not ours, a blank node no item owns, or a
 * blank node two items share — is stray, which verify reports as an alteration.
 *
 * Items are a function of the RDF as a set: neither the order of the triples, nor their
 * serialisation, nor the labels of blank nodes change them. `groupItems` reads a set held in
 * memory; `OrderedGrouper` reads a stream in bounded memory as long as each item's triples come
 * together (as the exporter writes them), and throws `OutOfOrder` the moment they do not, so that
 * the caller can read the same data again as a set.
 */
import { distinctQuads } from './item-hash';
import type { RdfQuad, RdfTerm } from './item-hash';
import { idFromIri } from './iri';

export interface RdfItem {
  id: string;
  quads: RdfQuad[];
}

export interface GroupedItems {
  items: RdfItem[];
  /** Why some quads belong to no item, one line per problem. */
  stray: string[];
}

const termKey = (term: RdfTerm): string => `${term.termType}:${term.value}`;

/** Groups quads held in memory, whatever their order; a triple given twice counts once. */
export function groupItems(quads: readonly RdfQuad[]): GroupedItems {
  const bySubject = new Map<string, RdfQuad[]>();
  for (const q of distinctQuads(quads)) {
    const key = termKey(q.subject);
    const list = bySubject.get(key);
    if (list === undefined) bySubject.set(key, [q]);
    else list.push(q);
  }
  const owner = new Map<string, string>();
  const items: RdfItem[] = [];
  const stray: string[] = [];
  for (const subjectQuads of bySubject.values()) {
    const subject = subjectQuads[0]!.subject;
    if (subject.termType === 'BlankNode') continue;
    const id = subject.termType === 'NamedNode' ? idFromIri(subject.value) : null;
    if (id === null) {
      stray.push(`${subjectQuads.length} triple(s) about <${subject.value}>, which names no exported node`);
      continue;
    }
    const item: RdfItem = { id, quads: [...subjectQuads] };
    const queue = subjectQuads.map((q) => q.object).filter((o) => o.termType === 'BlankNode');
    while (queue.length > 0) {
      const blank = termKey(queue.shift()!);
      const previous = owner.get(blank);
      if (previous === id) continue;
      if (previous !== undefined) {
        stray.push(`blank node ${blank} is shared by ${previous} and ${id}`);
        continue;
      }
      owner.set(blank, id);
      for (const q of bySubject.get(blank) ?? []) {
        item.quads.push(q);
        if (q.object.termType === 'BlankNode') queue.push(q.object);
      }
    }
    items.push(item);
  }
  for (const [key, subjectQuads] of bySubject) {
    if (subjectQuads[0]!.subject.termType === 'BlankNode' && !owner.has(key)) {
      stray.push(`${subjectQuads.length} triple(s) about blank node ${key}, which no item refers to`);
    }
  }
  return { items, stray };
}

/** Thrown by OrderedGrouper when an item's triples do not come together; the message says where. */
export class OutOfOrder extends Error {}

/**
 * Groups a stream of quads whose items come one after another, each item's blank nodes after the
 * triple that refers to them. Memory holds one item, plus the ids of the items already read and
 * the labels of blank nodes seen (to notice an item or a blank node that comes back later).
 * Whenever the stream is not in that shape it throws OutOfOrder: it never guesses.
 */
export class OrderedGrouper {
  private current: (RdfItem & { owned: Set<string> }) | null = null;
  private readonly closed = new Set<string>();
  private readonly blanks = new Set<string>();
  readonly stray: string[] = [];

  /** Adds a quad; returns the previous item when this quad starts a new one. */
  push(q: RdfQuad): RdfItem | null {
    if (q.subject.termType === 'BlankNode') {
      const key = termKey(q.subject);
      if (this.current === null || !this.current.owned.has(key))
        throw new OutOfOrder(
          `a triple about blank node ${q.subject.value} is not inside the item that refers to it`,
        );
      this.add(q);
      return null;
    }
    const id = idFromIri(q.subject.value);
    if (id === null) {
      if (q.object.termType === 'BlankNode')
        throw new OutOfOrder(`<${q.subject.value}>, which is not ours, refers to a blank node`);
      this.stray.push(`triple about <${q.subject.value}>, which names no exported node`);
      return null;
    }
    if (this.current?.id === id) {
      this.add(q);
      return null;
    }
    if (this.closed.has(id)) throw new OutOfOrder(`the triples of ${id} are not together`);
    const done = this.finish();
    this.current = { id, quads: [], owned: new Set() };
    this.add(q);
    return done;
  }

  /** The last item, once the stream has ended. */
  finish(): RdfItem | null {
    const done = this.current;
    this.current = null;
    if (done === null) return null;
    this.closed.add(done.id);
    return { id: done.id, quads: distinctQuads(done.quads) };
  }

  private add(q: RdfQuad): void {
    const current = this.current!;
    current.quads.push(q);
    if (q.object.termType !== 'BlankNode') return;
    const key = termKey(q.object);
    if (this.blanks.has(key) && !current.owned.has(key))
      throw new OutOfOrder(`blank node ${q.object.value} is referred to from two places`);
    this.blanks.add(key);
    current.owned.add(key);
  }
}
