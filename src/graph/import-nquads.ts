/**
 * Writes nodes and relationships read back from an export (see src/export/rdf-to-graph.ts) into
 * an empty graph, in one transaction: batched by label and by relationship type, never one query
 * per node. Labels and types are checked against the export vocabulary before they are used.
 */
import type { GraphExecutor } from './executor';
import { EXPORTED_LABELS } from './export-cypher';
import type { ExportedLabel } from './export-cypher';

export interface ImportedNode {
  label: ExportedLabel;
  props: Record<string, unknown> & { id: string };
}

export interface ImportedRelationship {
  type: string;
  from: string;
  fromLabel: ExportedLabel;
  to: string;
  toLabel: ExportedLabel;
  props: Record<string, unknown>;
}

const RELATIONSHIP_TYPE = /^[A-Z][A-Z_]*$/;

function assertLabel(label: string): asserts label is ExportedLabel {
  if (!(EXPORTED_LABELS as readonly string[]).includes(label))
    throw new TypeError(`not an exported label: ${label}`);
}

/** Creates nodes of one label; an activity's start time is stored as a datetime again. */
export function importNodesCypher(label: ExportedLabel): string {
  assertLabel(label);
  const startedAt = label === 'Activity' ? 'SET n.startedAt = datetime(n.startedAt)' : '';
  return /* cypher */ `
    UNWIND $rows AS row
    CREATE (n:${label})
    SET n = row
    ${startedAt}`;
}

/** Creates relationships of one type between nodes of known labels. */
export function importRelationshipsCypher(
  fromLabel: ExportedLabel,
  type: string,
  toLabel: ExportedLabel,
): string {
  assertLabel(fromLabel);
  assertLabel(toLabel);
  if (!RELATIONSHIP_TYPE.test(type)) throw new TypeError(`not a relationship type: ${type}`);
  return /* cypher */ `
    UNWIND $rows AS row
    MATCH (a:${fromLabel} {id: row.from})
    MATCH (b:${toLabel} {id: row.to})
    CREATE (a)-[r:${type}]->(b)
    SET r = row.props`;
}

/** Writes everything in one transaction; returns how many nodes and relationships were created. */
export async function writeImportedGraph(
  executor: GraphExecutor,
  nodes: readonly ImportedNode[],
  relationships: readonly ImportedRelationship[],
): Promise<{ nodes: number; relationships: number }> {
  const nodeGroups = groupBy(nodes, (n) => n.label);
  const relationshipGroups = groupBy(relationships, (r) => `${r.fromLabel} ${r.type} ${r.toLabel}`);
  let created = { nodes: 0, relationships: 0 };
  await executor.writeTransaction(async (run) => {
    created = { nodes: 0, relationships: 0 };
    for (const [label, group] of nodeGroups) {
      const result = await run({
        cypher: importNodesCypher(label),
        params: { rows: group.map((n) => n.props) },
      });
      created.nodes += result.summary.counters.updates().nodesCreated;
    }
    for (const group of relationshipGroups.values()) {
      const { fromLabel, type, toLabel } = group[0]!;
      const rows = group.map(({ from, to, props }) => ({ from, to, props }));
      const result = await run({
        cypher: importRelationshipsCypher(fromLabel, type, toLabel),
        params: { rows },
      });
      created.relationships += result.summary.counters.updates().relationshipsCreated;
    }
  });
  return created;
}

function groupBy<T, K>(values: readonly T[], key: (value: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const value of values) {
    const k = key(value);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [value]);
    else list.push(value);
  }
  return groups;
}
