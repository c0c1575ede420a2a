/**
 * The rows an ingest writes: plain objects, one list per kind of node, each row carrying the ids
 * of what it links to. Built by pure functions (build-records), written by src/graph/ingest-writer.
 */

export interface ActivityRow {
  id: string;
  type: 'ANNOTATION' | 'CORRECTION' | 'API_ASSESSMENT' | 'PROPOSAL' | 'REVIEW';
  tool: string;
  toolVersion: string;
  inputHash: string;
  /** The annotation file's name; null for API writes. */
  file: string | null;
  annotatedAt: string;
  annotatorId: string;
  toolAgentId: string;
  articleId: string;
}

export interface AgentRow {
  id: string;
  name: string;
  kind: 'TEAM' | 'PERSON' | 'TOOL' | 'API_KEY';
  version: string | null;
}

export interface OwnerRow {
  id: string;
  name: string;
  nameOriginal: string | null;
}

export interface OutletRow extends OwnerRow {
  ownerId: string;
}

export interface TopicRow {
  id: string;
  label: string;
  labelAr: string | null;
}

export interface EntityRow {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
  searchText: string;
}

export interface SpanRow {
  start: number;
  end: number;
  quote: string;
}

export interface EntityMentionRow extends SpanRow {
  entityId: string;
}

export interface ArticleRow {
  id: string;
  props: {
    id: string;
    slug: string;
    contentHash: string;
    text: string;
    language: string;
    headline: string | null;
    url: string | null;
    retrievedFrom: string | null;
    publishedAt: string | null;
    codePointLength: number;
    schemaVersion: number;
  };
  outletId: string;
  carriedBy: string[];
  topics: string[];
  mentions: EntityMentionRow[];
}

export interface SourceRow {
  id: string;
  props: {
    id: string;
    localId: string;
    articleId: string;
    articleSlug: string;
    kind: string;
    label: string;
    labelEn: string | null;
    role: string | null;
    affiliation: string | null;
    audience: string | null;
    conditions: string | null;
  };
  spokeTo: string[];
  mentions: SpanRow[];
}

/** The node a correction replaces, with the correction's reason. */
export interface SupersedesRow {
  id: string;
  reason: string;
  correctionId: string;
}

export interface StatementRow {
  id: string;
  props: {
    id: string;
    localId: string;
    articleId: string;
    articleSlug: string;
    quote: string;
    prefix: string | null;
    suffix: string | null;
    start: number;
    end: number;
    paragraph: number;
    mode: string;
    cue: string | null;
    hedging: string | null;
    language: string;
    searchText: string;
  };
  sourceId: string;
  via: { sourceId: string; position: number }[];
  topics: string[];
  /** Entities mentioned inside the statement; the writer links the article's mentions within its span. */
  entityIds: string[];
  supersedes: SupersedesRow | null;
}

export interface GlossRow {
  id: string;
  props: { id: string; text: string; language: string; searchText: string; isTranslation: true };
  statementId: string;
  translatorId: string;
}

export interface AssessmentRow {
  id: string;
  props: {
    id: string;
    localId: string;
    articleSlug: string;
    relation: string;
    rationale: string;
    confidence: number;
    method: string;
    rule: string | null;
  };
  fromId: string;
  toId: string;
  assertedById: string;
  supersedes: SupersedesRow | null;
}

export interface ExclusionRow {
  id: string;
  props: { id: string; start: number; end: number; quote: string; reason: string };
  articleId: string;
}

export interface WithdrawalRow {
  id: string;
  props: { id: string; localId: string; articleSlug: string; reason: string };
  supersedes: SupersedesRow;
}

/** Everything one annotation or correction file writes, in one transaction. */
export interface IngestRecords {
  activity: ActivityRow;
  agents: AgentRow[];
  owners: OwnerRow[];
  outlets: OutletRow[];
  topics: TopicRow[];
  entities: EntityRow[];
  article: ArticleRow | null;
  sources: SourceRow[];
  statements: StatementRow[];
  glosses: GlossRow[];
  assessments: AssessmentRow[];
  exclusions: ExclusionRow[];
  withdrawals: WithdrawalRow[];
}

/** Rows for a write that records only an activity and what the caller adds (API writes, corrections). */
export function recordsFor(activity: ActivityRow, agents: AgentRow[]): IngestRecords {
  return {
    activity,
    agents,
    owners: [],
    outlets: [],
    topics: [],
    entities: [],
    article: null,
    sources: [],
    statements: [],
    glosses: [],
    assessments: [],
    exclusions: [],
    withdrawals: [],
  };
}
