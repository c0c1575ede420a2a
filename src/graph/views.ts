/**
 * Plain objects the read repositories return: what the API and exports see of the graph.
 * Field names follow the domain; Neo4j types are already converted (see plain.ts).
 */

export interface AgentView {
  id: string;
  name: string;
  kind: 'TEAM' | 'PERSON' | 'TOOL' | 'API_KEY';
  version: string | null;
}

export interface ActivityView {
  id: string;
  type: string;
  tool: string;
  toolVersion: string;
  inputHash: string;
  file: string | null;
  annotatedAt: string | null;
  startedAt: string;
  annotator: AgentView | null;
}

export interface OwnerView {
  id: string;
  name: string;
  nameOriginal: string | null;
}

export interface OutletView {
  id: string;
  name: string;
  nameOriginal: string | null;
  owner: OwnerView;
}

export interface TopicView {
  id: string;
  label: string;
  labelAr: string | null;
}

export interface EntityView {
  id: string;
  kind: 'PERSON' | 'PLACE' | 'ORGANIZATION' | 'DATE' | 'EVENT';
  name: string;
  nameEn: string | null;
}

export interface ArticleView {
  id: string;
  slug: string;
  contentHash: string;
  language: string;
  headline: string | null;
  url: string | null;
  retrievedFrom: string | null;
  publishedAt: string | null;
  outlet: OutletView;
  // Left out of a statement's article unless asked for (StatementParts).
  carriedBy?: OutletView[];
  topics?: TopicView[];
  /** Present only when the query fetched it (it can be long); the API loads it on demand. */
  text?: string;
}

/** A RETRIEVAL activity as stored: flat, its redirect hops as JSON (see src/intake/provenance.ts). */
export interface RetrievalView {
  id: string;
  source: string;
  requestedUrl: string | null;
  finalUrl: string | null;
  redirects: string;
  retrievedAt: string;
  /** Null for retrievals recorded before the activity's start and end were kept. */
  requestedAt: string | null;
  extractedAt: string | null;
  httpStatus: number | null;
  contentType: string | null;
  file: string | null;
  rawSha256: string;
  rawBytes: number;
  artifact: string;
  charset: string;
  charsetOrigin: string;
  textSha256: string;
  extractor: string;
  extractorVersion: string;
  dom: string;
  domVersion: string;
  normalisation: string;
}

export type SourceKind =
  | 'NAMED_PERSON'
  | 'ANONYMOUS_INDIVIDUAL'
  | 'ANONYMOUS_GROUP'
  | 'INSTITUTION'
  | 'UNATTRIBUTED'
  | 'OUTLET_VOICE';

/** A review of a proposed statement, source or assessment (see review-projections.ts). */
export interface ReviewView {
  id: string;
  decision: 'CONFIRM' | 'REJECT';
  note: string | null;
  targetId: string;
  targetLabel: 'Statement' | 'Source' | 'Assessment';
  /** For a confirmed assessment: the HUMAN assessment the review wrote. */
  confirmationId: string | null;
  reviewedAt: string;
  reviewer: AgentView;
}

export type ReviewStatus = 'HUMAN' | 'PROPOSED' | 'CONFIRMED' | 'REJECTED';

/** Who made a node and where its review stands. */
export interface ReviewFields {
  method: 'HUMAN' | 'RULE' | 'MODEL';
  /** The proposer's rules behind it; empty for a person's. */
  rules: string[];
  /** On a HUMAN assessment that confirms a proposal: the proposal's id. */
  confirms: string | null;
  status: ReviewStatus;
  review: ReviewView | null;
}

export interface SourceView extends ReviewFields {
  id: string;
  localId: string;
  articleId: string;
  kind: SourceKind;
  label: string;
  labelEn: string | null;
  role: string | null;
  affiliation: string | null;
  audience: string | null;
  conditions: string | null;
  // Left out of a statement's source unless asked for (StatementParts).
  spokeTo?: OutletView[];
}

export interface GlossView {
  id: string;
  text: string;
  language: string;
  isTranslation: boolean;
  translator: AgentView;
}

export type StatementMode = 'DIRECT_QUOTE' | 'REPORTED_SPEECH' | 'EDITORIAL_INFERENCE' | 'UNATTRIBUTED';

export interface StatementView extends ReviewFields {
  id: string;
  localId: string;
  quote: string;
  prefix: string | null;
  suffix: string | null;
  start: number;
  end: number;
  mode: StatementMode;
  cue: string | null;
  hedging: string | null;
  language: string;
  superseded: boolean;
  article: ArticleView;
  source: SourceView;
  // The optional parts (StatementParts): present when the query asked for them.
  chain?: { position: number; source: SourceView }[];
  glosses?: GlossView[];
  topics?: TopicView[];
  entities?: EntityView[];
  activity?: ActivityView;
  owners?: StatementOwnersView;
}

/** The optional parts of a statement's view (see StatementParts in projections.ts). */
export type StatementPart = 'chain' | 'glosses' | 'topics' | 'entities' | 'activity' | 'owners';

/** A statement's view with every part, as lookups by id and provenance fetch it. */
export type FullStatementView = StatementView &
  Required<Pick<StatementView, Exclude<StatementPart, 'owners'>>>;

/**
 * An optional part of a view that the reader needs. Its absence is a bug (the query that built
 * the view was not asked for the part), so it fails loudly instead of reading as empty.
 */
export function requirePart<V extends { id: string }, P extends keyof V>(
  view: V,
  part: P,
): NonNullable<V[P]> {
  const value = view[part];
  if (value === undefined) throw new Error(`${view.id}: the view lacks its ${String(part)}`);
  return value as NonNullable<V[P]>;
}

/** The owners behind a statement, for sourcing strength (STATEMENT_OWNERS). */
export interface StatementOwnersView {
  /** Owners of the outlets that publish or carry this statement's article. */
  carrying: OwnerView[];
  /** Owners of outlets carrying statements recorded as agreeing with this one (current view). */
  corroborating: OwnerView[];
}

/** A statement's chain of transmission, cut to a bound in the query (TRANSMISSION_BY_STATEMENT). */
export interface TransmissionRowView {
  source: TransmissionSourceView;
  intermediaryCount: number;
  /** The intermediaries nearest the source, in order. */
  head: TransmissionSourceView[];
  /** The intermediaries nearest the outlet, the last link first. */
  tail: TransmissionSourceView[];
  outlet: Omit<OutletView, 'owner'>;
  carrierCount: number;
  /** In name order. */
  carriers: Omit<OutletView, 'owner'>[];
}

export type TransmissionSourceView = Pick<SourceView, 'id' | 'label' | 'labelEn' | 'kind'>;

export type Relation = 'CONTRADICTS' | 'AGREES' | 'REFINES' | 'SAME_CLAIM';

export interface AssessmentView extends ReviewFields {
  id: string;
  localId: string;
  relation: Relation;
  rationale: string;
  confidence: number;
  rule: string | null;
  superseded: boolean;
  assertedBy: AgentView;
  // Left out of a list's assessments unless asked for (StatementParts).
  activity?: ActivityView;
  from: StatementView;
  to: StatementView;
  /** True when both sides come from one source, or from sources recorded as the same. */
  sameSource: boolean;
}
