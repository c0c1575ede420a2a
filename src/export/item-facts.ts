/**
 * Reading values out of one item's quads: what verify needs to re-derive an item's content from
 * the bundle alone. Values are read by predicate, as RDF gives them, whatever the serialisation.
 */
import type { RdfItem } from './group-items';
import type { RdfQuad, RdfTerm } from './item-hash';
import { idFromIri, nodeIri, NS, RDF_TYPE } from './iri';

/** The quads of an item about one subject (the node itself, or one of its blank nodes). */
export class ItemFacts {
  private readonly bySubject = new Map<string, RdfQuad[]>();
  readonly subject: RdfTerm;

  constructor(readonly item: RdfItem) {
    for (const q of item.quads) {
      const key = `${q.subject.termType}:${q.subject.value}`;
      const list = this.bySubject.get(key) ?? [];
      list.push(q);
      this.bySubject.set(key, list);
    }
    this.subject = { termType: 'NamedNode', value: nodeIri(item.id) };
  }

  /** Every object of `predicate` on `subject` (default: the item's node). */
  objects(predicate: string, subject: RdfTerm = this.subject): RdfTerm[] {
    return (this.bySubject.get(`${subject.termType}:${subject.value}`) ?? [])
      .filter((q) => q.predicate.value === predicate)
      .map((q) => q.object);
  }

  types(subject: RdfTerm = this.subject): string[] {
    return this.objects(RDF_TYPE, subject).map((t) => t.value);
  }

  /** The one literal value of `predicate`, undefined when absent; a second value is a problem. */
  literal(predicate: string, subject: RdfTerm = this.subject): string | undefined {
    const values = this.objects(predicate, subject).filter((o) => o.termType === 'Literal');
    return values.length === 1 ? values[0]!.value : undefined;
  }

  /** How many values `predicate` has (verify names a field given twice). */
  count(predicate: string, subject: RdfTerm = this.subject): number {
    return this.objects(predicate, subject).length;
  }

  /** An integer literal, or undefined when absent or not an integer. */
  integer(predicate: string, subject: RdfTerm = this.subject): number | undefined {
    const value = this.literal(predicate, subject);
    return value !== undefined && /^-?\d+$/.test(value) ? Number(value) : undefined;
  }

  /** The node id of the one IRI object of `predicate` that is ours, or undefined. */
  link(predicate: string, subject: RdfTerm = this.subject): string | undefined {
    const ids = this.objects(predicate, subject)
      .filter((o) => o.termType === 'NamedNode')
      .map((o) => idFromIri(o.value))
      .filter((id): id is string => id !== null);
    return ids.length === 1 ? ids[0] : undefined;
  }

  /** The blank nodes `predicate` points at, each with the item's quads about it. */
  blanks(predicate: string, subject: RdfTerm = this.subject): RdfTerm[] {
    return this.objects(predicate, subject)
      .filter((o) => o.termType === 'BlankNode')
      .sort((a, b) => this.blankOrder(a) - this.blankOrder(b));
  }

  /** Blank nodes in a stable order: by their `start` when they have one (mentions, selectors). */
  private blankOrder(blank: RdfTerm): number {
    return this.integer(`${NS.isnad}start`, blank) ?? this.integer(`${NS.oa}start`, blank) ?? 0;
  }
}

export const isnad = (name: string): string => `${NS.isnad}${name}`;
export const prov = (name: string): string => `${NS.prov}${name}`;
export const oa = (name: string): string => `${NS.oa}${name}`;
export const schema = (name: string): string => `${NS.schema}${name}`;
