/**
 * The hash of one export item: SHA-256 of its quads in RDF Dataset Canonicalization (RDFC-1.0)
 * N-Quads. Canonical form makes the hash independent of serialisation (Turtle, N-Quads and
 * JSON-LD of the same triples hash alike), of quad order, and of blank node labels.
 */
import { canonize } from 'rdf-canonize';
import { sha256Hex } from '../text/hash';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** An RDF term as n3 and jsonld both give it (RDF/JS shape, structurally). */
export interface RdfTerm {
  termType: string;
  value: string;
  datatype?: { value: string };
  language?: string;
}

export interface RdfQuad {
  subject: RdfTerm;
  predicate: RdfTerm;
  object: RdfTerm;
  graph: RdfTerm;
}

function plainTerm(term: RdfTerm): RdfTerm & { datatype?: { termType: string; value: string } } {
  if (term.termType === 'Literal') {
    return {
      termType: 'Literal',
      value: term.value,
      datatype: { termType: 'NamedNode', value: term.datatype?.value ?? XSD_STRING },
      language: term.language ?? '',
    };
  }
  return { termType: term.termType, value: term.termType === 'DefaultGraph' ? '' : term.value };
}

/** Quads as plain objects (the dataset shape that rdf-canonize and jsonld read). */
export function toPlainQuads(quads: readonly RdfQuad[]): RdfQuad[] {
  return quads.map((q) => ({
    subject: plainTerm(q.subject),
    predicate: plainTerm(q.predicate),
    object: plainTerm(q.object),
    graph: plainTerm(q.graph),
  }));
}

/** A key that is equal for equal quads (RDF terms compared as RDF compares them). */
export function quadKey(q: RdfQuad): string {
  return [q.subject, q.predicate, q.object, q.graph].map(termKey).join(' ');
}

function termKey(term: RdfTerm): string {
  if (term.termType !== 'Literal')
    return `${term.termType}:${term.termType === 'DefaultGraph' ? '' : term.value}`;
  return `L:${JSON.stringify(term.value)}^^${term.datatype?.value ?? XSD_STRING}@${term.language ?? ''}`;
}

/** The quads as a set: a triple written twice is one triple (RDF datasets are sets). */
export function distinctQuads(quads: readonly RdfQuad[]): RdfQuad[] {
  const seen = new Set<string>();
  return quads.filter((q) => {
    const key = quadKey(q);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The item's canonical N-Quads (RDFC-1.0). */
export function canonicalNQuads(quads: readonly RdfQuad[]): Promise<string> {
  return canonize(toPlainQuads(distinctQuads(quads)) as never, {
    algorithm: 'RDFC-1.0',
    format: 'application/n-quads',
  });
}

/** SHA-256 (hex) of the item's canonical N-Quads, UTF-8 encoded. */
export async function itemHash(quads: readonly RdfQuad[]): Promise<string> {
  return sha256Hex(await canonicalNQuads(quads));
}
