/**
 * Turns exported nodes into RDF quads (PROV-O plus the `isnad:` vocabulary), through n3's data
 * factory: every term is built as a term, never as a string of RDF syntax. The quads of one node
 * (its own triples and the blank nodes that qualify its relationships) form one export item.
 */
import { DataFactory } from 'n3';
import type { Quad, Quad_Object, Term } from 'n3';
import type { ExportNode } from '../graph/export-reader';
import { NS, RDF_TYPE, nodeIri } from './iri';
import { GENERATED_AT_TIME, specByLabel } from './vocabulary';
import type { Datatype, LinkSpec, PropertySpec } from './vocabulary';

const { namedNode, literal, blankNode, quad } = DataFactory;

const xsd = (name: string) => namedNode(`${NS.xsd}${name}`);

/** A property value as an RDF term; throws when the graph holds a value of the wrong type. */
export function literalFor(value: unknown, datatype: Datatype, where: string): Quad_Object {
  const fail = (): never => {
    throw new TypeError(`${where}: ${JSON.stringify(value)} is not a valid ${datatype}`);
  };
  switch (datatype) {
    case 'string':
      return typeof value === 'string' ? literal(value) : fail();
    case 'integer':
      return Number.isSafeInteger(value) ? literal(String(value), xsd('integer')) : fail();
    case 'decimal':
      return typeof value === 'number' && Number.isFinite(value)
        ? literal(decimalLexical(value), xsd('decimal'))
        : fail();
    case 'boolean':
      return typeof value === 'boolean' ? literal(String(value), xsd('boolean')) : fail();
    case 'dateTime':
      return typeof value === 'string' ? literal(value, xsd('dateTime')) : fail();
    case 'term':
      return typeof value === 'string' && /^[A-Za-z][\w-]*$/.test(value)
        ? namedNode(`${NS.isnad}${value}`)
        : fail();
  }
}

/** xsd:decimal has no exponent: 1e-7 is written 0.0000001. */
function decimalLexical(value: number): string {
  const plain = String(value);
  return /e/i.test(plain) ? value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '') : plain;
}

/** Blank node labels allow letters, digits, '-' and '_' (not the ':' of our ids). */
const blankLabel = (id: string, n: number): string => `${id.replace(/[^A-Za-z0-9_-]/g, '_')}-q${n}`;

/** The quads of one node: types, properties, generation time, and its outgoing relationships. */
export function nodeQuads(node: ExportNode): Quad[] {
  const spec = specByLabel.get(node.label);
  if (spec === undefined) throw new TypeError(`no RDF mapping for label ${node.label}`);
  const subject = namedNode(nodeIri(node.id));
  const quads: Quad[] = [];
  // blank nodes' triples go after the node's own, so that Turtle writes each subject once
  const qualifying: Quad[] = [];
  const seen = new Set<string>();
  const add = (s: Quad['subject'], p: string, o: Quad_Object): void => {
    const key = `${termKey(s)} ${p} ${termKey(o)}`;
    if (seen.has(key)) return;
    seen.add(key);
    (s.termType === 'BlankNode' ? qualifying : quads).push(quad(s, namedNode(p), o));
  };
  const kindClass = spec.kindClasses?.[String(node.props.kind)];
  for (const cls of [spec.cls, ...spec.classes, ...(kindClass ? [kindClass] : [])])
    add(subject, RDF_TYPE, namedNode(cls));
  addProps(add, subject, spec.props, node.props, `${node.label} ${node.id}`);
  if (node.generatedAt !== null)
    add(subject, GENERATED_AT_TIME, literalFor(node.generatedAt, 'dateTime', node.id));

  const links = new Map<string, LinkSpec>(spec.links.map((l) => [l.type, l]));
  let blanks = 0;
  for (const edge of node.out) {
    const link = links.get(edge.type);
    if (link === undefined) continue; // relationships outside the export vocabulary stay in the graph
    const target = namedNode(nodeIri(edge.to));
    if (link.qualified !== undefined) {
      const q = link.qualified;
      const blank = blankNode(blankLabel(node.id, blanks++));
      add(subject, q.predicate, blank);
      add(blank, RDF_TYPE, namedNode(q.cls));
      add(blank, q.targetPredicate, target);
      addProps(add, blank, q.props, edge.props, `${node.id} -[${edge.type}]->`);
    } else if (link.predicate !== undefined) {
      add(subject, link.predicate, target);
    }
    for (const derived of link.derived ?? []) add(subject, derived, target);
  }
  return [...quads, ...qualifying];
}

function addProps(
  add: (s: Quad['subject'], p: string, o: Quad_Object) => void,
  subject: Quad['subject'],
  specs: readonly PropertySpec[],
  props: Record<string, unknown>,
  where: string,
): void {
  for (const { prop, predicate, datatype } of specs) {
    const value = props[prop];
    if (value === null || value === undefined) continue; // absent in the graph: absent in the export
    add(subject, predicate, literalFor(value, datatype, `${where}.${prop}`));
  }
}

function termKey(term: Term): string {
  if (term.termType !== 'Literal') return `${term.termType}:${term.value}`;
  return `L:${JSON.stringify(term.value)}^^${term.datatype.value}@${term.language}`;
}
