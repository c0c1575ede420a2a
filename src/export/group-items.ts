/**
 * Splits RDF into export items. An item is one of our nodes (a subject IRI `urn:isnad:<id>`)
 * with its own triples and the blank nodes hanging from it (qualified relationships, selectors).
 * Anything else — a triple about an IRI that is not ours, a blank node no item owns, or a blank
 * node two items share — is stray, which verify reports as an alteration.
 */
import { idFromIri } from './iri';
import type { RdfQuad, RdfTerm } from './item-hash';

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

/** Groups quads held in memory (a JSON-LD document, a small export), whatever their order. */
export function groupItems(quads: readonly RdfQuad[]): GroupedItems {
  const bySubject = new Map<string, RdfQuad[]>();
  for (const q of quads) {
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
    const id = subject.termType === 'NamedNode' ? idFromIri(subject.value) : null;
    if (subject.termType === 'BlankNode') continue;
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

/**
 * Groups a stream of quads written item by item (our N-Quads and Turtle files): an item's quads
 * are contiguous and its blank nodes follow the triple that refers to them. Memory holds one item.
 */
export class StreamingGrouper {
  private current: RdfItem | null = null;
  private owned = new Set<string>();
  readonly stray: string[] = [];

  /** Adds a quad; returns the previous item when this quad starts a new one. */
  push(q: RdfQuad): RdfItem | null {
    if (q.subject.termType === 'BlankNode') {
      if (this.current === null || !this.owned.has(termKey(q.subject))) {
        this.stray.push(`triple about blank node ${q.subject.value} outside the item that refers to it`);
        return null;
      }
      this.add(q);
      return null;
    }
    const id = idFromIri(q.subject.value);
    if (id === null) {
      this.stray.push(`triple about <${q.subject.value}>, which names no exported node`);
      return null;
    }
    if (this.current?.id === id) {
      this.add(q);
      return null;
    }
    const done = this.current;
    this.current = { id, quads: [] };
    this.owned = new Set();
    this.add(q);
    return done;
  }

  /** The last item, once the stream has ended. */
  finish(): RdfItem | null {
    const done = this.current;
    this.current = null;
    return done;
  }

  private add(q: RdfQuad): void {
    this.current!.quads.push(q);
    if (q.object.termType === 'BlankNode') this.owned.add(termKey(q.object));
  }
}
