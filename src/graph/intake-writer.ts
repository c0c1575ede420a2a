import type { QueryResult } from 'neo4j-driver';
import type { IntakeRecordRetrieval } from '../intake/intake-record';
import { retrievalNode, retrievalUrls } from '../intake/provenance';
import type { CypherQuery } from './executor';
import { RECORD_RETRIEVAL } from './intake-cypher';

/** What recording a retrieval found: its activity, and the article the new one revises (if any). */
export interface RecordedRetrieval {
  activityId: string;
  revisionOfId: string | null;
}

/**
 * Records that `articleId` was taken by this retrieval, inside the caller's transaction: the
 * RETRIEVAL activity (created once), the article's `RETRIEVED_BY` link, its raw page's Artifact
 * node, and `WAS_REVISION_OF` the article last retrieved from the same URL (or the earlier slug an
 * intake record names). Both `intakePage` and the ingest of an annotation that names its intake
 * record go through here.
 */
export async function recordRetrieval(
  run: (query: CypherQuery) => Promise<QueryResult>,
  articleId: string,
  { activity, metadata, revisionOfSlug }: IntakeRecordRetrieval,
): Promise<RecordedRetrieval> {
  const result = await run({
    cypher: RECORD_RETRIEVAL,
    params: {
      articleId,
      urls: retrievalUrls(activity),
      revisionOfSlug: revisionOfSlug ?? null,
      activity: retrievalNode(activity, metadata),
    },
  });
  const record = result.records[0];
  if (record === undefined)
    throw new Error(`article ${articleId} is not in the graph: no retrieval recorded`);
  return {
    activityId: record.get('activityId') as string,
    revisionOfId: record.get('revisionOfId') as string | null,
  };
}
