/**
 * Reads the provenance subgraph an export writes, as plain nodes. A statement or an article is
 * read as a closure: its seeds, then everything they point at, one round trip per level (about
 * six, however many statements). `--all` reads label by label in keyset pages, so memory holds
 * one page at a time.
 */
import neo4j from 'neo4j-driver';
import type { GraphExecutor } from './executor';
import {
  ARTICLE_SEEDS,
  COUNT_ARTICLES,
  COUNT_EXPORTED,
  EXPORTED_LABELS,
  FETCH_NODES,
  PAGE_OF_ARTICLE_IDS,
  PAGE_OF_LABEL,
  RESOLVE_STATEMENT,
  STATEMENT_SEEDS,
} from './export-cypher';
import type { ExportedLabel } from './export-cypher';

/** An outgoing relationship of an exported node. */
export interface ExportEdge {
  type: string;
  props: Record<string, unknown>;
  to: string;
  toLabel: string;
}

/** A node as exports see it. */
export interface ExportNode {
  label: ExportedLabel;
  id: string;
  props: Record<string, unknown>;
  out: ExportEdge[];
  /** For an activity: the ids of the agents, articles, outlets… it first recorded (sorted). */
  recorded: string[];
}

export interface NodeRef {
  id: string;
  label: string;
}

/** A closure: the seeds the scope names, and every node reachable from them. */
export interface ExportClosure {
  seeds: Set<string>;
  nodes: ExportNode[];
}

/** Levels are bounded by the schema (statement → source → article → outlet → owner …). */
const MAX_LEVELS = 16;

const isExported = (label: string): label is ExportedLabel =>
  (EXPORTED_LABELS as readonly string[]).includes(label);

interface NodeRow {
  label: string;
  props: Record<string, unknown>;
  out: ExportEdge[];
  recorded: string[];
}

function toNode(row: NodeRow): ExportNode {
  const out = row.out
    .filter((edge) => isExported(edge.toLabel))
    .sort((a, b) => edgeKey(a).localeCompare(edgeKey(b)));
  return {
    label: row.label as ExportedLabel,
    id: String(row.props.id),
    props: row.props,
    out,
    recorded: [...row.recorded].sort(compareIds),
  };
}

const edgeKey = (edge: ExportEdge): string => `${edge.type} ${edge.to} ${JSON.stringify(edge.props)}`;
const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Reads `seeds` and everything they point at. */
export async function readClosure(
  executor: GraphExecutor,
  seeds: readonly NodeRef[],
): Promise<ExportClosure> {
  const seen = new Map<string, ExportNode>();
  const queued = new Set<string>();
  let frontier = seeds.filter((ref) => isExported(ref.label));
  frontier.forEach((ref) => queued.add(ref.id));
  for (let level = 0; frontier.length > 0; level++) {
    if (level >= MAX_LEVELS) throw new Error(`export closure deeper than ${MAX_LEVELS} levels`);
    const params: Record<string, string[]> = Object.fromEntries(EXPORTED_LABELS.map((l) => [l, []]));
    for (const ref of frontier) params[ref.label]!.push(ref.id);
    const rows = await executor.read<NodeRow>({ cypher: FETCH_NODES, params });
    const next: NodeRef[] = [];
    for (const node of rows.map(toNode)) {
      seen.set(node.id, node);
      for (const edge of node.out) {
        if (queued.has(edge.to)) continue;
        queued.add(edge.to);
        next.push({ id: edge.to, label: edge.toLabel });
      }
    }
    frontier = next;
  }
  return { seeds: new Set(seeds.map((ref) => ref.id)), nodes: [...seen.values()] };
}

/** The current statement named `slug#localId`, or null. */
export async function resolveStatementRef(
  executor: GraphExecutor,
  slug: string,
  localId: string,
): Promise<string | null> {
  const [row] = await executor.read<{ id: string }>({ cypher: RESOLVE_STATEMENT, params: { slug, localId } });
  return row?.id ?? null;
}

/** Seeds of one statement's export; empty when there is no such statement. */
export function statementSeeds(executor: GraphExecutor, id: string): Promise<NodeRef[]> {
  return executor.read<NodeRef>({ cypher: STATEMENT_SEEDS, params: { id } });
}

/** Seeds of one article's export (by id or slug); empty when there is no such article. */
export function articleSeeds(executor: GraphExecutor, idOrSlug: string): Promise<NodeRef[]> {
  return executor.read<NodeRef>({ cypher: ARTICLE_SEEDS, params: { id: idOrSlug } });
}

/** How many nodes an `--all` export writes. */
export async function countExported(executor: GraphExecutor): Promise<number> {
  const [row] = await executor.read<{ total: number }>({ cypher: COUNT_EXPORTED });
  return row?.total ?? 0;
}

/** How many articles the graph holds. */
export async function countArticles(executor: GraphExecutor): Promise<number> {
  const [row] = await executor.read<{ total: number }>({ cypher: COUNT_ARTICLES });
  return row?.total ?? 0;
}

/** Every exported node, a page at a time: label by label, each in id order. */
export async function* pagesOfAllNodes(
  executor: GraphExecutor,
  pageSize: number,
): AsyncGenerator<ExportNode[]> {
  for (const label of EXPORTED_LABELS) {
    let after = '';
    for (;;) {
      const rows = await executor.read<NodeRow>({
        cypher: PAGE_OF_LABEL[label],
        params: { after, limit: neo4j.int(pageSize) },
      });
      if (rows.length === 0) break;
      const nodes = rows.map(toNode);
      yield nodes;
      after = nodes[nodes.length - 1]!.id;
      if (rows.length < pageSize) break;
    }
  }
}

/** Every article id, a page at a time, in id order. */
export async function* pagesOfArticleIds(
  executor: GraphExecutor,
  pageSize: number,
): AsyncGenerator<string[]> {
  let after = '';
  for (;;) {
    const rows = await executor.read<{ id: string }>({
      cypher: PAGE_OF_ARTICLE_IDS,
      params: { after, limit: neo4j.int(pageSize) },
    });
    if (rows.length === 0) return;
    yield rows.map((row) => row.id);
    after = rows[rows.length - 1]!.id;
    if (rows.length < pageSize) return;
  }
}
