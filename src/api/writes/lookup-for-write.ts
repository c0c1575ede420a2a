import type { GraphExecutor } from '../../graph/executor';
import type { CypherQuery } from '../../graph/executor';
import { LOCK_NODES_FOR_WRITE, LOOKUP_NODES_FOR_WRITE } from '../../graph/ingest-cypher';
import { toPlain } from '../../graph/plain';
import type { QueryResult } from 'neo4j-driver';
import { apiError, ErrorCode } from '../errors';

export interface NodeForWrite {
  id: string;
  label: 'Statement' | 'Assessment';
  localId: string;
  articleSlug: string;
  articleId: string;
  contentHash: string;
  articleText: string;
  current: boolean;
}

/** The named statements or assessments; NOT_FOUND (with the field) for an unknown id. */
export async function lookupForWrite(
  executor: GraphExecutor,
  wanted: { id: string; field: string; labels: NodeForWrite['label'][] }[],
): Promise<Map<string, NodeForWrite>> {
  const rows = await executor.read<NodeForWrite>({
    cypher: LOOKUP_NODES_FOR_WRITE,
    params: { ids: wanted.map((w) => w.id) },
  });
  return foundOrNotFound(rows, wanted);
}

/**
 * The same lookup inside the caller's write transaction, after taking the nodes' write locks:
 * what it says (found, current) holds until that transaction commits.
 */
export async function lockForWrite(
  run: (query: CypherQuery) => Promise<QueryResult>,
  wanted: { id: string; field: string; labels: NodeForWrite['label'][] }[],
): Promise<Map<string, NodeForWrite>> {
  const params = { ids: wanted.map((w) => w.id) };
  await run({ cypher: LOCK_NODES_FOR_WRITE, params });
  const result = await run({ cypher: LOOKUP_NODES_FOR_WRITE, params });
  const rows = result.records.map((record) => toPlain(record.toObject()) as NodeForWrite);
  return foundOrNotFound(rows, wanted);
}

function foundOrNotFound(
  rows: NodeForWrite[],
  wanted: { id: string; field: string; labels: NodeForWrite['label'][] }[],
): Map<string, NodeForWrite> {
  const found = new Map(rows.map((r) => [r.id, r]));
  for (const w of wanted) {
    const node = found.get(w.id);
    if (node === undefined || !w.labels.includes(node.label)) {
      throw apiError(
        ErrorCode.NotFound,
        `no ${w.labels.join(' or ').toLowerCase()} with id ${w.id}`,
        w.field,
      );
    }
  }
  return found;
}
