/**
 * Reads PROV-O RDF written by the exporter back into our labels, properties and relationships,
 * through the same vocabulary table, so that exporting the imported graph yields the same item
 * hashes. Strict: a triple the vocabulary does not explain is refused, never dropped, because an
 * import that silently lost data would make the round trip prove nothing. Derived triples
 * (`prov:wasRevisionOf`, `prov:wasAttributedTo` of an article, …) are recomputed on export and
 * skipped here; so is `searchText`, which is folded again from the original words. Role items
 * (`urn:isnad:role:annotator a prov:Role`) are vocabulary, not nodes: the role's name is read where
 * an association names it.
 */
import fs from 'node:fs';
import { Parser } from 'n3';
import type { GraphExecutor } from '../graph/executor';
import type { ExportedLabel } from '../graph/export-cypher';
import { writeImportedGraph } from '../graph/import-nquads';
import type { ImportedNode, ImportedRelationship } from '../graph/import-nquads';
import { searchKey } from '../text/arabic-stem';
import { groupItems } from './group-items';
import type { RdfItem } from './group-items';
import type { RdfQuad, RdfTerm } from './item-hash';
import { idFromIri, kindOfId, RDF_TYPE, roleFromIri } from './iri';
import { specByClass } from './vocabulary';
import type { Datatype, PropertySpec } from './vocabulary';

interface PendingLink {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** Turns RDF items into nodes and relationships; throws naming the first item it cannot read. */
export function graphFromItems(items: readonly RdfItem[]): {
  nodes: ImportedNode[];
  relationships: ImportedRelationship[];
} {
  const nodes: ImportedNode[] = [];
  const links: PendingLink[] = [];
  for (const item of items) if (kindOfId(item.id) !== 'role') nodes.push(readItem(item, links));
  const labels = new Map(nodes.map((n) => [n.props.id, n.label]));
  const relationships = links.map((link): ImportedRelationship => {
    const fromLabel = labels.get(link.from);
    const toLabel = labels.get(link.to);
    if (toLabel === undefined || fromLabel === undefined)
      throw new Error(`${link.from} -[${link.type}]-> ${link.to}: an end is not in the import`);
    return { ...link, fromLabel, toLabel };
  });
  const articleOf = new Map(relationships.filter((r) => r.type === 'IN_ARTICLE').map((r) => [r.from, r.to]));
  for (const node of nodes) derive(node, articleOf.get(node.props.id));
  return { nodes, relationships };
}

function readItem(item: RdfItem, links: PendingLink[]): ImportedNode {
  const own = item.quads.filter(
    (q) => idFromIri(q.subject.value) === item.id && q.subject.termType === 'NamedNode',
  );
  const spec = own
    .filter((q) => q.predicate.value === RDF_TYPE)
    .map((q) => specByClass.get(q.object.value))
    .find((s) => s !== undefined);
  if (spec === undefined) throw new Error(`${item.id}: no isnad: class names its label`);
  const props: ImportedNode['props'] = { id: item.id, ...readProps(own, spec.props, item.id) };
  const skip = new Set([
    RDF_TYPE,
    ...spec.props.map((p) => p.predicate),
    ...spec.links.flatMap((l) => l.derived ?? []),
  ]);
  for (const link of spec.links) {
    const predicate = link.qualified?.predicate ?? link.predicate!;
    skip.add(predicate);
    for (const q of own.filter((x) => x.predicate.value === predicate)) {
      if (link.incoming) {
        links.push({ type: link.type, from: targetId(q.object, item.id), to: item.id, props: {} });
        continue;
      }
      if (link.qualified === undefined) {
        links.push({ type: link.type, from: item.id, to: targetId(q.object, item.id), props: {} });
        continue;
      }
      const blank = item.quads.filter(
        (x) => x.subject.termType === 'BlankNode' && x.subject.value === q.object.value,
      );
      const target = blank.find((x) => x.predicate.value === link.qualified!.targetPredicate);
      if (target === undefined) throw new Error(`${item.id}: a ${link.type} qualification names no target`);
      links.push({
        type: link.type,
        from: item.id,
        to: targetId(target.object, item.id),
        props: readProps(blank, link.qualified.props, item.id),
      });
    }
  }
  const unknown = own.find((q) => !skip.has(q.predicate.value));
  if (unknown !== undefined)
    throw new Error(`${item.id}: <${unknown.predicate.value}> is not in the ${spec.label} vocabulary`);
  return { label: spec.label as ExportedLabel, props };
}

function readProps(
  quads: readonly RdfQuad[],
  specs: readonly PropertySpec[],
  where: string,
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const spec of specs) {
    const found = quads.filter((q) => q.predicate.value === spec.predicate);
    if (found.length > 1) throw new Error(`${where}: ${spec.prop} has ${found.length} values`);
    if (found[0] !== undefined)
      props[spec.prop] = parseValue(found[0].object, spec.datatype, `${where}.${spec.prop}`);
  }
  return props;
}

function parseValue(term: RdfTerm, datatype: Datatype, where: string): unknown {
  if (datatype === 'role') {
    const role = term.termType === 'NamedNode' ? roleFromIri(term.value) : null;
    if (role === null) throw new Error(`${where}: expected a role (urn:isnad:role:<name>)`);
    return role;
  }
  if (datatype === 'node') return targetId(term, where);
  if (term.termType !== 'Literal') throw new Error(`${where}: expected a literal`);
  if (datatype === 'integer' || datatype === 'decimal') return Number(term.value);
  if (datatype === 'boolean') return term.value === 'true';
  return term.value;
}

function targetId(term: RdfTerm, where: string): string {
  const id = term.termType === 'NamedNode' ? idFromIri(term.value) : null;
  if (id === null) throw new Error(`${where}: a link points at ${term.value}, which is not one of our nodes`);
  return id;
}

/** Properties the ingest derives and exports leave out: rebuilt so the imported graph is usable. */
function derive(node: ImportedNode, article: string | undefined): void {
  const p = node.props;
  if ((node.label === 'Statement' || node.label === 'Source') && article !== undefined) p.articleId = article;
  if (node.label === 'Statement') p.searchText = searchKey(String(p.quote));
  if (node.label === 'Gloss') p.searchText = searchKey(String(p.text));
  if (node.label === 'Entity')
    p.searchText = searchKey(`${String(p.name)} ${typeof p.nameEn === 'string' ? p.nameEn : ''}`);
}

/** Imports an N-Quads export into the graph (meant for an empty one: nodes are created, not merged). */
export async function importNQuadsFile(
  executor: GraphExecutor,
  file: string,
): Promise<{ nodes: number; relationships: number }> {
  const quads = new Parser({ format: 'N-Quads' }).parse(fs.readFileSync(file, 'utf8')) as RdfQuad[];
  const { items, stray } = groupItems(quads);
  if (stray.length > 0) throw new Error(`${file}: ${stray[0]!}`);
  const { nodes, relationships } = graphFromItems(items);
  return writeImportedGraph(executor, nodes, relationships);
}
