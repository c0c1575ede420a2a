/**
 * The objects behind GraphQL types that are not plain graph views: connections whose counts are
 * computed only when asked for (graphql-js calls a function-valued field lazily), search hits,
 * sourcing strength, provenance trails, write results.
 */
import type { SourcingStrength } from '../assess/sourcing-strength';
import type { CodePointSpan } from '../text/spans';
import type {
  ActivityView,
  ArticleView,
  AssessmentView,
  RetrievalView,
  SourceView,
  StatementView,
} from '../graph/views';

export interface PageInfoModel {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface ConnectionModel<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfoModel;
  /** Runs the count query only if the client selected totalCount. */
  totalCount: () => Promise<number>;
}

export interface FacetCountModel {
  value: string;
  count: number;
}

export interface StatementConnectionModel extends ConnectionModel<StatementView> {
  facets: () => Promise<{
    sourceKind: FacetCountModel[];
    outlet: FacetCountModel[];
    topic: FacetCountModel[];
  }>;
}

export interface SourceConnectionModel extends ConnectionModel<SourceView> {
  facets: () => Promise<{ kind: FacetCountModel[] }>;
}

export interface SearchMatchModel {
  field: 'ORIGINAL' | 'GLOSS';
  text: string;
  language: string;
  highlights: CodePointSpan[];
  score: number;
}

export interface SearchHitModel {
  statement: StatementView;
  matched: 'ORIGINAL' | 'GLOSS';
  matchedText: string;
  matchedLanguage: string;
  highlights: CodePointSpan[];
  matches: SearchMatchModel[];
  score: number;
}

export type SourcingStrengthModel = SourcingStrength;

export interface ChainLinkModel {
  position: number;
  source: SourceView;
}

export type ProvenanceRole =
  | 'OUTLET'
  | 'CARRIER'
  | 'ARTICLE'
  | 'RETRIEVAL'
  | 'SPAN'
  | 'STATEMENT'
  | 'SOURCE'
  | 'INTERMEDIARY'
  | 'GLOSS'
  | 'ASSESSMENT'
  | 'SUPERSEDES'
  | 'SUPERSEDED_BY';

export interface ProvenanceStepModel {
  role: ProvenanceRole;
  nodeId: string;
  label: string;
  reason: string | null;
  recordedBy: ActivityView | null;
}

export interface ProvenanceTrailModel {
  subjectId: string;
  subjectType: 'Statement' | 'Assessment';
  statements: StatementView[];
  assessments: AssessmentView[];
  steps: ProvenanceStepModel[];
}

export interface IngestArticleResultModel {
  article: ArticleView;
  activity: ActivityView | null;
  statementsCreated: number;
  nodesCreated: number;
  relationshipsCreated: number;
}

export interface CorrectResultModel {
  newId: string;
  supersededId: string;
  activity: ActivityView | null;
}

/** A RETRIEVAL activity as the API answers it: as stored, its redirect hops parsed. */
export type RetrievalModel = Omit<RetrievalView, 'redirects'> & {
  redirects: { url: string; status: number; location: string }[];
};
