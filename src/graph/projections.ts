/**
 * Cypher map projections shared by the read queries: one query returns a statement with its
 * article, outlet, source, chain, glosses, topics, entities and activity, so a page of any size
 * costs one round trip. Fragments are constants; no input is ever interpolated.
 */

import { REVIEW_FIELDS } from './review-projections';

const CURRENT = (v: string) => `NOT EXISTS { (${v})<-[:SUPERSEDES]-() }`;

export const AGENT = (v: string) => `${v} { .id, .name, .kind, .version }`;

export const ACTIVITY = (v: string) => `${v} {
  .id, .type, .tool, .toolVersion, .inputHash, .file, .annotatedAt, startedAt: toString(${v}.startedAt),
  annotator: [(${v})-[:WAS_ASSOCIATED_WITH {role: 'annotator'}]->(who:Agent) | ${AGENT('who')}][0]
}`;

export const OUTLET = (v: string) => `${v} {
  .id, .name, .nameOriginal,
  owner: [(${v})-[:OWNED_BY]->(own:Owner) | own { .id, .name, .nameOriginal }][0]
}`;

export const TOPIC = (v: string) => `${v} { .id, .label, .labelAr }`;

export const ENTITY = (v: string) => `${v} { .id, .kind, .name, .nameEn }`;

/** An article's view; inside a statement's view, its carriers and topics only when asked. */
export const ARTICLE = (
  v: string,
  withText = false,
  parts: Pick<StatementParts, 'carriedBy' | 'topics'> = ALL_STATEMENT_PARTS,
) => `${v} {
  .id, .slug,${withText ? ' .text,' : ''} .contentHash, .language, .headline, .url, .retrievedFrom, .publishedAt,
  outlet: [(${v})-[:PUBLISHED_BY]->(pub:Outlet) | ${OUTLET('pub')}][0]${
    parts.carriedBy ? `,\n  carriedBy: [(${v})-[:CARRIED_BY]->(car:Outlet) | ${OUTLET('car')}]` : ''
  }${parts.topics ? `,\n  topics: [(${v})-[:ABOUT]->(top:Topic) | ${TOPIC('top')}]` : ''}
}`;

/** A source's view; inside a statement's view, the outlets it spoke to only when asked. */
export const SOURCE = (
  v: string,
  parts: Pick<StatementParts, 'basis' | 'review'> = ALL_STATEMENT_PARTS,
) => `${v} {
  .id, .localId, .articleId, .kind, .label, .labelEn, .role, .affiliation, .audience, .conditions${reviewFields(v, parts)}${
    parts.basis ? `,\n  spokeTo: [(${v})-[:SPOKE_TO]->(spk:Outlet) | ${OUTLET('spk')}]` : ''
  }
}`;

/**
 * The optional parts of a statement's view. A list query fetches only the parts its request reads
 * (see api/statement-parts.ts): on a page of contradictions the full views are most of the cost.
 */
export interface StatementParts {
  chain: boolean;
  glosses: boolean;
  topics: boolean;
  entities: boolean;
  activity: boolean;
  /** The owners behind the statement (STATEMENT_OWNERS), for sourcing strength. */
  owners: boolean;
  /** The outlets carrying the statement's article. */
  carriedBy: boolean;
  /** The outlets the statement's sources spoke to. */
  basis: boolean;
  /** Method, status, rules and review of statements, sources and assessments (review-projections.ts). */
  review: boolean;
}

/**
 * What lookups by id and provenance fetch: every part but the owners, which the API loads in one
 * batch when strength is asked for (a list that knows it will be asked fetches them at once).
 */
export const ALL_STATEMENT_PARTS: StatementParts = {
  chain: true,
  glosses: true,
  topics: true,
  entities: true,
  activity: true,
  owners: false,
  carriedBy: true,
  basis: true,
  review: true,
};

/** The review fields of `v` when the request reads them (an assessment always has its method). */
const reviewFields = (v: string, parts: Pick<StatementParts, 'review'>, withMethod = true): string =>
  parts.review ? REVIEW_FIELDS(v, withMethod) : '';

/** The optional parts that are fields of the statement's own view (the others are nested). */
type OwnPart = Exclude<keyof StatementParts, 'carriedBy' | 'basis' | 'review'>;

const STATEMENT_PART_FRAGMENTS: Record<OwnPart, (v: string, parts: StatementParts) => string> = {
  chain: (v, parts) =>
    `chain: [(${v})-[via:VIA]->(mid:Source) | { position: via.position, source: ${SOURCE('mid', parts)} }]`,
  glosses: (v) => `glosses: [(gl:Gloss)-[:GLOSS_OF]->(${v}) WHERE ${CURRENT('gl')} |
            gl { .id, .text, .language, .isTranslation,
                 translator: [(gl)-[:TRANSLATED_BY]->(tr:Agent) | ${AGENT('tr')}][0] }]`,
  topics: (v) => `topics: [(${v})-[:ABOUT]->(stop:Topic) | ${TOPIC('stop')}]`,
  entities: (v) => `entities: [(${v})-[:MENTIONS]->(ent:Entity) | ${ENTITY('ent')}]`,
  activity: (v) => `activity: [(${v})-[:WAS_GENERATED_BY]->(act:Activity) | ${ACTIVITY('act')}][0]`,
  owners: (v) => `owners: ${STATEMENT_OWNERS(v)}`,
};

/** The requested optional parts of `v`'s view, each as `, key: value`. */
const optionalParts = (v: string, parts: StatementParts): string =>
  (Object.keys(STATEMENT_PART_FRAGMENTS) as OwnPart[])
    .filter((part) => parts[part])
    .map((part) => `,\n  ${STATEMENT_PART_FRAGMENTS[part](v, parts)}`)
    .join('');

/** A statement's view: its words and span, article and source always; other parts as asked. */
export const STATEMENT = (v: string, parts: StatementParts = ALL_STATEMENT_PARTS) => `${v} {
  .id, .localId, .quote, .prefix, .suffix, .start, .end, .mode, .cue, .hedging, .language${reviewFields(v, parts)},
  superseded: NOT ${CURRENT(v)},
  article: [(${v})-[:IN_ARTICLE]->(art:Article) | ${ARTICLE('art', false, parts)}][0],
  source: [(${v})-[:ATTRIBUTED_TO]->(src:Source) | ${SOURCE('src', parts)}][0]${optionalParts(v, parts)}
}`;

/**
 * The owners behind a statement (`s`), for sourcing strength: who publishes or carries its article,
 * and who carries statements recorded as agreeing with it (current view). Kept out of STATEMENT
 * because only strength needs them and they are its costliest part; the API loads them in one
 * batch per request, only when strength is asked for.
 */
export const STATEMENT_OWNERS = (v: string) => `{
  carrying: COLLECT {
    MATCH (${v})-[:IN_ARTICLE]->(:Article)-[:PUBLISHED_BY|CARRIED_BY]->(:Outlet)-[:OWNED_BY]->(co:Owner)
    RETURN DISTINCT co { .id, .name, .nameOriginal }
  },
  corroborating: COLLECT {
    MATCH (${v})<-[:FROM|TO]-(agree:Assessment)-[:FROM|TO]->(other:Statement)
    WHERE agree.relation IN ['AGREES', 'SAME_CLAIM'] AND other <> ${v} AND ${CURRENT('agree')}
    MATCH (other)-[:IN_ARTICLE]->(:Article)-[:PUBLISHED_BY|CARRIED_BY]->(:Outlet)-[:OWNED_BY]->(ao:Owner)
    RETURN DISTINCT ao { .id, .name, .nameOriginal }
  }
}`;

export const ASSESSMENT = (v: string, parts: StatementParts = ALL_STATEMENT_PARTS) => `${v} {
  .id, .localId, .relation, .rationale, .confidence, .method, .rule${reviewFields(v, parts, false)},
  superseded: NOT ${CURRENT(v)},
  assertedBy: [(${v})-[:ASSERTED_BY]->(asr:Agent) | ${AGENT('asr')}][0],${
    parts.activity
      ? `\n  activity: [(${v})-[:WAS_GENERATED_BY]->(aact:Activity) | ${ACTIVITY('aact')}][0],`
      : ''
  }
  from: [(${v})-[:FROM]->(fs:Statement) | ${STATEMENT('fs', parts)}][0],
  to: [(${v})-[:TO]->(ts:Statement) | ${STATEMENT('ts', parts)}][0],
  sameSource: EXISTS {
    MATCH (${v})-[:FROM]->(:Statement)-[:ATTRIBUTED_TO]->(s1:Source), (${v})-[:TO]->(:Statement)-[:ATTRIBUTED_TO]->(s2:Source)
    WHERE s1 = s2 OR EXISTS { (s1)<-[:FROM|TO]-(same:Assessment {relation: 'SAME_SOURCE'})-[:FROM|TO]->(s2) WHERE ${CURRENT('same')} }
  }
}`;

export { CURRENT };
