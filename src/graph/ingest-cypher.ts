/**
 * The Cypher an ingest runs, one batched (UNWIND) query per kind of node. Nodes are created only
 * when absent (MERGE on the constrained id; ids derive from content, so an existing node already
 * holds these values) and
 * never updated: a re-ingest changes nothing, and corrections arrive as new nodes.
 */

/**
 * Creates each absent node with `row.props` and links it to the activity that generated it.
 * MERGE under the label's unique constraint on `id` locks the key, so two writers creating the
 * same node at once (two ingests sharing an outlet) get one node: the second waits for the first
 * and finds its node. `_isnadNew` marks, within this query only, the nodes this query created.
 */
function createAbsent(label: string, links = ''): string {
  return /* cypher */ `
    UNWIND $rows AS row
    MATCH (act:Activity {id: $activityId})
    MERGE (n:${label} {id: row.id})
    ON CREATE SET n = row.props, n._isnadNew = true
    WITH act, row, n WHERE n._isnadNew = true
    REMOVE n._isnadNew
    CREATE (n)-[:WAS_GENERATED_BY]->(act)
    ${links}`;
}

export const LOOKUP_ARTICLE = /* cypher */ `
  OPTIONAL MATCH (bySlug:Article {slug: $slug})
  OPTIONAL MATCH (byHash:Article {contentHash: $contentHash})
  OPTIONAL MATCH (act:Activity {type: 'ANNOTATION'})-[:USED]->(bySlug)
  RETURN bySlug.id AS slugArticleId, bySlug.contentHash AS slugContentHash,
         byHash.slug AS hashSlug, collect(act.inputHash) AS annotationInputHashes,
         EXISTS { MATCH (done:Activity {inputHash: $inputHash}) } AS alreadyIngested`;

/** Finds the nodes that `slug#localId` references name (current or not). */
export const LOOKUP_REFS = /* cypher */ `
  UNWIND $refs AS ref
  CALL (ref) {
    MATCH (n:Statement {articleSlug: ref.article, localId: ref.id}) RETURN n, 'Statement' AS label
    UNION
    MATCH (n:Source {articleSlug: ref.article, localId: ref.id}) RETURN n, 'Source' AS label
    UNION
    MATCH (n:Assessment {articleSlug: ref.article, localId: ref.id}) RETURN n, 'Assessment' AS label
  }
  OPTIONAL MATCH (n)<-[:SUPERSEDES]-(newer)
  RETURN ref.article + '#' + ref.id AS key, n.id AS id, label, head(collect(newer.id)) AS supersededBy`;

/** The names of the outlets (by node id) already in the graph, to refuse a silent rename. */
export const LOOKUP_OUTLET_NAMES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (o:Outlet {id: id})
  RETURN o.id AS id, o.name AS name`;

export const MERGE_ACTIVITY = /* cypher */ `
  MERGE (act:Activity {id: $activity.id})
  ON CREATE SET act.type = $activity.type, act.tool = $activity.tool, act.toolVersion = $activity.toolVersion,
                act.inputHash = $activity.inputHash, act.file = $activity.file,
                act.annotatedAt = $activity.annotatedAt, act.startedAt = datetime()
  RETURN act.startedAt AS startedAt`;

export const CREATE_AGENTS = createAbsent('Agent');

export const LINK_ACTIVITY = /* cypher */ `
  MATCH (act:Activity {id: $activity.id})
  MATCH (annotator:Agent {id: $activity.annotatorId})
  MATCH (tool:Agent {id: $activity.toolAgentId})
  MERGE (act)-[:WAS_ASSOCIATED_WITH {role: 'annotator'}]->(annotator)
  MERGE (act)-[:WAS_ASSOCIATED_WITH {role: 'software'}]->(tool)
  WITH act
  MATCH (article:Article {id: $activity.articleId})
  MERGE (act)-[:USED]->(article)`;

export const CREATE_OWNERS = createAbsent('Owner');

export const CREATE_OUTLETS = createAbsent(
  'Outlet',
  /* cypher */ `
  WITH n, row
  MATCH (owner:Owner {id: row.ownerId})
  CREATE (n)-[:OWNED_BY]->(owner)`,
);

export const CREATE_TOPICS = createAbsent('Topic');

export const CREATE_ENTITIES = createAbsent('Entity');

export const CREATE_ARTICLE = createAbsent(
  'Article',
  /* cypher */ `
  WITH n, row
  MATCH (outlet:Outlet {id: row.outletId})
  CREATE (n)-[:PUBLISHED_BY]->(outlet)
  WITH n, row
  CALL (n, row) { UNWIND row.carriedBy AS id MATCH (o:Outlet {id: id}) CREATE (n)-[:CARRIED_BY]->(o) }
  CALL (n, row) { UNWIND row.topics AS id MATCH (t:Topic {id: id}) CREATE (n)-[:ABOUT]->(t) }
  CALL (n, row) {
    UNWIND row.mentions AS m MATCH (e:Entity {id: m.entityId})
    CREATE (n)-[:MENTIONS {start: m.start, end: m.end, quote: m.quote}]->(e)
  }`,
);

export const CREATE_SOURCES = createAbsent(
  'Source',
  /* cypher */ `
  WITH n, row
  MATCH (article:Article {id: row.props.articleId})
  CREATE (n)-[:IN_ARTICLE]->(article)
  WITH n, row, article
  CALL (n, row) { UNWIND row.spokeTo AS id MATCH (o:Outlet {id: id}) CREATE (n)-[:SPOKE_TO]->(o) }
  CALL (n, row, article) {
    UNWIND row.mentions AS m
    CREATE (n)-[:MENTIONED_AT {start: m.start, end: m.end, quote: m.quote}]->(article)
  }`,
);

/**
 * Links a correction to the node it supersedes. Creating a relationship does not take the write
 * lock of its end node, so the SET/REMOVE takes it: a writer that checked the node is current
 * under the same lock (LOCK_NODES_FOR_WRITE) is ordered before or after this correction.
 */
const SUPERSEDES_LINK = /* cypher */ `
  CALL (n, row) {
    WITH row WHERE row.supersedes IS NOT NULL
    OPTIONAL MATCH (oldStatement:Statement {id: row.supersedes.id})
    OPTIONAL MATCH (oldAssessment:Assessment {id: row.supersedes.id})
    WITH coalesce(oldStatement, oldAssessment) AS old, row WHERE old IS NOT NULL
    SET old._isnadLock = true
    REMOVE old._isnadLock
    CREATE (n)-[:SUPERSEDES {reason: row.supersedes.reason, correctionId: row.supersedes.correctionId}]->(old)
  }`;

export const CREATE_STATEMENTS = createAbsent(
  'Statement',
  /* cypher */ `
  WITH n, row
  MATCH (article:Article {id: row.props.articleId})
  MATCH (source:Source {id: row.sourceId})
  CREATE (n)-[:IN_ARTICLE]->(article)
  CREATE (n)-[:ATTRIBUTED_TO]->(source)
  WITH n, row, article
  CALL (n, row) {
    UNWIND row.via AS v MATCH (s:Source {id: v.sourceId}) CREATE (n)-[:VIA {position: v.position}]->(s)
  }
  CALL (n, row) { UNWIND row.topics AS id MATCH (t:Topic {id: id}) CREATE (n)-[:ABOUT]->(t) }
  CALL (n, row, article) {
    UNWIND row.entityIds AS id
    MATCH (article)-[m:MENTIONS]->(e:Entity {id: id})
    WHERE m.start >= row.props.start AND m.end <= row.props.end
    CREATE (n)-[:MENTIONS {start: m.start, end: m.end, quote: m.quote}]->(e)
  }
  ${SUPERSEDES_LINK}`,
);

export const CREATE_GLOSSES = createAbsent(
  'Gloss',
  /* cypher */ `
  WITH n, row
  MATCH (statement:Statement {id: row.statementId})
  MATCH (translator:Agent {id: row.translatorId})
  CREATE (n)-[:GLOSS_OF]->(statement)
  CREATE (n)-[:TRANSLATED_BY]->(translator)`,
);

export const CREATE_ASSESSMENTS = createAbsent(
  'Assessment',
  /* cypher */ `
  WITH n, row
  OPTIONAL MATCH (fromStatement:Statement {id: row.fromId})
  OPTIONAL MATCH (fromSource:Source {id: row.fromId})
  OPTIONAL MATCH (toStatement:Statement {id: row.toId})
  OPTIONAL MATCH (toSource:Source {id: row.toId})
  MATCH (asserter:Agent {id: row.assertedById})
  WITH n, row, coalesce(fromStatement, fromSource) AS from, coalesce(toStatement, toSource) AS to, asserter
  CREATE (n)-[:FROM]->(from)
  CREATE (n)-[:TO]->(to)
  CREATE (n)-[:ASSERTED_BY]->(asserter)
  WITH n, row
  ${SUPERSEDES_LINK}`,
);

export const CREATE_EXCLUSIONS = createAbsent(
  'Exclusion',
  /* cypher */ `
  WITH n, row
  MATCH (article:Article {id: row.articleId})
  CREATE (n)-[:IN_ARTICLE]->(article)`,
);

export const CREATE_WITHDRAWALS = createAbsent('Withdrawal', `WITH n, row ${SUPERSEDES_LINK}`);

/** What API writes need to know of the statements and assessments they name. */
export const LOOKUP_NODES_FOR_WRITE = /* cypher */ `
  UNWIND $ids AS wanted
  CALL (wanted) {
    MATCH (n:Statement {id: wanted}) RETURN n, 'Statement' AS label
    UNION
    MATCH (n:Assessment {id: wanted}) RETURN n, 'Assessment' AS label
  }
  OPTIONAL MATCH (n)-[:IN_ARTICLE]->(statementArticle:Article)
  OPTIONAL MATCH (articleOfAssessment:Article {slug: n.articleSlug})
  WITH wanted, n, label, coalesce(statementArticle, articleOfAssessment) AS article
  RETURN wanted AS id, label, n.localId AS localId, n.articleSlug AS articleSlug,
         article.id AS articleId, article.contentHash AS contentHash, article.text AS articleText,
         NOT EXISTS { (n)<-[:SUPERSEDES]-() } AS current`;

/**
 * Takes the write lock of each named statement or assessment for the rest of the transaction.
 * A correction takes the same lock on the node it supersedes (SUPERSEDES_LINK), so after this
 * query, until commit, no other transaction can supersede these nodes, and a read in the same
 * transaction (LOOKUP_NODES_FOR_WRITE) sees what was committed before the lock was granted.
 */
export const LOCK_NODES_FOR_WRITE = /* cypher */ `
  UNWIND $ids AS wanted
  MATCH (n {id: wanted}) WHERE n:Statement OR n:Assessment
  SET n._isnadLock = true
  REMOVE n._isnadLock`;

/** The node a correction created (a replacement or a withdrawal), found by the correction's id. */
export const FIND_CORRECTION = /* cypher */ `
  OPTIONAL MATCH (old:Statement {id: $old})
  OPTIONAL MATCH (oldAssessment:Assessment {id: $old})
  WITH coalesce(old, oldAssessment) AS target
  MATCH (n)-[r:SUPERSEDES]->(target) WHERE r.correctionId = $correction
  RETURN n.id AS id`;
