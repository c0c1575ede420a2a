/**
 * Turns exported nodes into RDF quads (PROV-O plus the `isnad:` vocabulary), through n3's data
 * factory: every term is built as a term, never as a string of RDF syntax. The quads of one node
 * (its own triples and the blank nodes that qualify its relationships) form one export item.
 */
import { DataFactory } from 'n3';
import type { Quad, Quad_Object, Term } from 'n3';
import type { ExportNode } from '../graph/export-reader';
import { NS, RDF_TYPE, nodeIri, roleIri } from './iri';
import { specByLabel } from './vocabulary';
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
      return typeof value === 'string' && XSD_DATE_TIME.test(value)
        ? literal(value, xsd('dateTime'))
        : fail();
    case 'temporal':
      if (typeof value === 'string' && XSD_DATE.test(value)) return literal(value, xsd('date'));
      return typeof value === 'string' && XSD_DATE_TIME.test(value)
        ? literal(value, xsd('dateTime'))
        : fail();
    case 'role':
      return typeof value === 'string' && ROLE_NAME.test(value) ? namedNode(roleIri(value)) : fail();
    case 'node':
      return typeof value === 'string' && value !== '' ? namedNode(nodeIri(value)) : fail();
  }
}

/** The lexical forms of xsd:date (without a time zone, as annotations write it) and xsd:dateTime. */
const XSD_DATE = /^-?\d{4,}-\d{2}-\d{2}$/;
const XSD_DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
export const ROLE_NAME = /^[A-Za-z][\w-]*$/;

/** The item of a role: its IRI typed `prov:Role` (every `prov:hadRole` names one). */
export function roleQuads(name: string): Quad[] {
  return [quad(namedNode(roleIri(name)), namedNode(RDF_TYPE), namedNode(`${NS.prov}Role`))];
}

/** xsd:decimal has no exponent: 1e-7 is written 0.0000001. */
function decimalLexical(value: number): string {
  const plain = String(value);
  return /e/i.test(plain) ? value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '') : plain;
}

/** Blank node labels allow letters, digits, '-' and '_' (not the ':' of our ids). */
const blankLabel = (id: string, n: number): string => `${id.replace(/[^A-Za-z0-9_-]/g, '_')}-q${n}`;

/** The quads of one node: types, properties, and its relationships (outgoing, or `incoming` ones). */
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

  const links = new Map<string, LinkSpec>(spec.links.filter((l) => !l.incoming).map((l) => [l.type, l]));
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
  for (const link of spec.links.filter((l) => l.incoming)) {
    for (const id of node.recorded) add(subject, link.predicate!, namedNode(nodeIri(id)));
  }
  return [...quads, ...qualifying];
}

/** The roles a node's qualified relationships name (`prov:hadRole`), whose items go with it. */
export function rolesOf(node: ExportNode): string[] {
  const spec = specByLabel.get(node.label);
  const roles = new Set<string>();
  for (const link of spec?.links ?? []) {
    for (const prop of link.qualified?.props ?? []) {
      if (prop.datatype !== 'role') continue;
      for (const edge of node.out) {
        const value = edge.props[prop.prop];
        if (edge.type === link.type && typeof value === 'string') roles.add(value);
      }
    }
  }
  return [...roles].sort();
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
