import type { GraphExecutor } from '../../graph/executor';
import { LOOKUP_NODES_FOR_WRITE } from '../../graph/ingest-cypher';
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
