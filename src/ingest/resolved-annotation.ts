/**
 * What a validated annotation becomes once every quote is anchored in the article: plain objects
 * that carry everything a database writer needs, with no optional fields left to guess and every
 * reference qualified by its article slug.
 */
import type {
  Agent,
  Assessment,
  Entity,
  Gloss,
  Outlet,
  Source,
  SourceKind,
  StatementMode,
  Topic,
} from './annotation-schema';
import type { IntakeRecordRetrieval } from '../intake/intake-record';

/** A W3C TextQuoteSelector and TextPositionSelector in one: the code points `[start, end)`. */
export interface ResolvedAnchor {
  quote: string;
  prefix: string | null;
  suffix: string | null;
  start: number;
  end: number;
}

/** A statement or source reference, qualified: `local` when it names something in this file. */
export interface QualifiedRef {
  /** The slug of the article the referenced item belongs to. */
  article: string;
  id: string;
  local: boolean;
}

export interface ResolvedArticle {
  slug: string;
  textFile: string;
  /** Absolute path the text was read from (not part of the article's identity). */
  textPath: string;
  contentHash: string;
  /** The decoded article, exactly as its bytes say. */
  text: string;
  codePointLength: number;
  language: string;
  headline: ResolvedAnchor | null;
  url: string | null;
  retrievedFrom: string | null;
  /** The intake record this text was taken by, as the file names it (see `ResolvedAnnotation.retrieval`). */
  retrievalRecord?: string;
  publishedAt: string | null;
  outlet: string;
  carriedBy: string[];
  topics: string[];
}

export interface ResolvedSource {
  id: string;
  kind: SourceKind;
  label: string;
  labelEn: string | null;
  basis: Source['basis'];
  mentions: ResolvedAnchor[];
  sameAs: { ref: QualifiedRef; rationale: string; confidence: number }[];
}

export interface ResolvedStatement {
  id: string;
  anchor: ResolvedAnchor;
  /** Zero-based paragraph (line) the statement starts on. */
  paragraph: number;
  source: string;
  /** Intermediary source ids, ordered from the source toward the outlet. */
  via: string[];
  mode: StatementMode;
  cue: string | null;
  hedging: string | null;
  language: string;
  topics: string[];
  entities: string[];
  gloss: Gloss | null;
}

export interface ResolvedEntity {
  id: string;
  kind: Entity['kind'];
  name: string;
  nameEn: string | null;
  mentions: ResolvedAnchor[];
}

export interface ResolvedAssessment {
  id: string;
  relation: Assessment['relation'];
  from: QualifiedRef;
  to: QualifiedRef;
  rationale: string;
  confidence: number;
  method: Assessment['method'];
  rule: string | null;
  /** Who asserted it: as given, else the file's annotator. */
  assertedBy: Agent;
}

export interface ResolvedExcluded {
  anchor: ResolvedAnchor;
  reason: string;
}

export interface ResolvedCorrection {
  id: string;
  supersedes: QualifiedRef;
  reason: string;
  statement: ResolvedStatement | null;
  assessment: ResolvedAssessment | null;
  withdraw: boolean;
}

/** Fields both file kinds share once resolved. */
interface ResolvedFileBase {
  /** The annotation file, as named in errors. */
  file: string;
  schemaVersion: 1;
  annotator: Agent;
  annotatedAt: string;
  corrections: ResolvedCorrection[];
}

/** The rules behind each proposed source and statement, by local id. */
export interface ProposalMarks {
  statements: Record<string, string[]>;
  sources: Record<string, string[]>;
}

/** A complete annotation, anchored. */
export interface ResolvedAnnotation extends ResolvedFileBase {
  kind: 'annotation';
  /**
   * Set when the proposer, not a person, made this annotation: its sources, statements and
   * assessments are then written as machine-made (`method: RULE`, `status: PROPOSED`) with the
   * rules behind each, for review in the graph. Absent for every file an annotator wrote.
   */
  proposal?: ProposalMarks;
  /**
   * The RETRIEVAL activity that took the article's text from its page (an intake record named by
   * `article.retrievalRecord`), written with the article. Absent for a text entered as a file.
   */
  retrieval?: IntakeRecordRetrieval;
  article: ResolvedArticle;
  outlets: Outlet[];
  topics: Topic[];
  sources: ResolvedSource[];
  statements: ResolvedStatement[];
  entities: ResolvedEntity[];
  assessments: ResolvedAssessment[];
  excluded: ResolvedExcluded[];
}

/**
 * A correction-only file, anchored. Its references to sources, entities and topics point into the
 * earlier annotation of the same article and are checked by the writer against the graph.
 */
export interface ResolvedCorrectionFile extends ResolvedFileBase {
  kind: 'correction';
  article: Pick<
    ResolvedArticle,
    'slug' | 'textFile' | 'textPath' | 'contentHash' | 'text' | 'codePointLength'
  >;
}
