/**
 * The properties each node label gets in an offline import, with their stored types. Each table
 * must name every property of its row type and no other (`satisfies` checks both), so a property
 * added to the records cannot be forgotten here.
 */
import type {
  ActivityRow,
  AgentRow,
  ArticleRow,
  AssessmentRow,
  EntityRow,
  ExclusionRow,
  GlossRow,
  OwnerRow,
  SourceRow,
  StatementRow,
  TopicRow,
  WithdrawalRow,
} from '../ingest/records';
import type { ColumnType } from './csv-table';

type Columns<T> = Record<keyof T, ColumnType>;

/** An Activity node: the row without the ids it links to, plus the time the import ran. */
type ActivityProps = Omit<ActivityRow, 'annotatorId' | 'toolAgentId' | 'articleId'> & {
  startedAt: string;
};

export const NODE_COLUMNS = {
  Activity: {
    id: 'string',
    type: 'string',
    tool: 'string',
    toolVersion: 'string',
    inputHash: 'string',
    file: 'string',
    annotatedAt: 'string',
    startedAt: 'datetime',
  } satisfies Columns<ActivityProps>,
  Agent: { id: 'string', name: 'string', kind: 'string', version: 'string' } satisfies Columns<AgentRow>,
  Owner: { id: 'string', name: 'string', nameOriginal: 'string' } satisfies Columns<OwnerRow>,
  Outlet: { id: 'string', name: 'string', nameOriginal: 'string' } satisfies Columns<OwnerRow>,
  Topic: { id: 'string', label: 'string', labelAr: 'string' } satisfies Columns<TopicRow>,
  Entity: {
    id: 'string',
    kind: 'string',
    name: 'string',
    nameEn: 'string',
    searchText: 'string',
  } satisfies Columns<EntityRow>,
  Article: {
    id: 'string',
    slug: 'string',
    contentHash: 'string',
    text: 'string',
    language: 'string',
    headline: 'string',
    url: 'string',
    retrievedFrom: 'string',
    publishedAt: 'string',
    codePointLength: 'double',
    schemaVersion: 'double',
  } satisfies Columns<ArticleRow['props']>,
  Source: {
    id: 'string',
    localId: 'string',
    articleId: 'string',
    articleSlug: 'string',
    kind: 'string',
    label: 'string',
    labelEn: 'string',
    role: 'string',
    affiliation: 'string',
    audience: 'string',
    conditions: 'string',
  } satisfies Columns<SourceRow['props']>,
  Statement: {
    id: 'string',
    localId: 'string',
    articleId: 'string',
    articleSlug: 'string',
    quote: 'string',
    prefix: 'string',
    suffix: 'string',
    start: 'double',
    end: 'double',
    paragraph: 'double',
    mode: 'string',
    cue: 'string',
    hedging: 'string',
    language: 'string',
    searchText: 'string',
  } satisfies Columns<StatementRow['props']>,
  Gloss: {
    id: 'string',
    text: 'string',
    language: 'string',
    searchText: 'string',
    isTranslation: 'boolean',
  } satisfies Columns<GlossRow['props']>,
  Assessment: {
    id: 'string',
    localId: 'string',
    articleSlug: 'string',
    relation: 'string',
    rationale: 'string',
    confidence: 'double',
    method: 'string',
    rule: 'string',
  } satisfies Columns<AssessmentRow['props']>,
  Exclusion: {
    id: 'string',
    start: 'double',
    end: 'double',
    quote: 'string',
    reason: 'string',
  } satisfies Columns<ExclusionRow['props']>,
  Withdrawal: {
    id: 'string',
    localId: 'string',
    articleSlug: 'string',
    reason: 'string',
  } satisfies Columns<WithdrawalRow['props']>,
} as const;

export type NodeLabel = keyof typeof NODE_COLUMNS;

/** Relationship types with properties, and those properties; every other type has none. */
export const RELATIONSHIP_COLUMNS = {
  WAS_ASSOCIATED_WITH: { role: 'string' },
  MENTIONS: { start: 'double', end: 'double', quote: 'string' },
  MENTIONED_AT: { start: 'double', end: 'double', quote: 'string' },
  VIA: { position: 'double' },
  SUPERSEDES: { reason: 'string', correctionId: 'string' },
} as const satisfies Record<string, Record<string, ColumnType>>;

export type RelationshipType =
  | keyof typeof RELATIONSHIP_COLUMNS
  | 'WAS_GENERATED_BY'
  | 'USED'
  | 'OWNED_BY'
  | 'PUBLISHED_BY'
  | 'CARRIED_BY'
  | 'ABOUT'
  | 'IN_ARTICLE'
  | 'SPOKE_TO'
  | 'ATTRIBUTED_TO'
  | 'GLOSS_OF'
  | 'TRANSLATED_BY'
  | 'FROM'
  | 'TO'
  | 'ASSERTED_BY';
