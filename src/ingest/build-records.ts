/**
 * Turns a resolved annotation into the rows to write. Pure: references to other articles are
 * looked up beforehand and passed in as `refs`; a reference that is not there is reported with
 * the field path that holds it.
 */
import type { Agent } from './annotation-schema';
import type { IssueList } from './annotation-error';
import { ids } from './ids';
import type {
  AgentRow,
  AssessmentRow,
  GlossRow,
  IngestRecords,
  StatementRow,
  SupersedesRow,
} from './records';
import type {
  QualifiedRef,
  ResolvedAnnotation,
  ResolvedAssessment,
  ResolvedStatement,
} from './resolved-annotation';
import { searchKey } from '../text/arabic-stem';

/** The graph node an `article#localId` reference names, as found by the writer's lookup. */
export interface FoundRef {
  id: string;
  label: 'Statement' | 'Source' | 'Assessment' | 'Withdrawal';
  supersededBy: string | null;
}

/** Lookup results, keyed by `slug#localId`. */
export type RefTable = ReadonlyMap<string, FoundRef>;

export const refKey = (ref: QualifiedRef): string => `${ref.article}#${ref.id}`;

export interface ToolInfo {
  name: string;
  version: string;
}

/** Shared context of one file's build: where to report problems and how to name things. */
export interface BuildContext {
  issues: IssueList;
  refs: RefTable;
  tool: ToolInfo;
  inputHash: string;
}

export function agentRow(agent: Agent): AgentRow {
  return { id: ids.agent(agent.id), name: agent.name, kind: agent.kind, version: agent.version ?? null };
}

export function toolAgent(tool: ToolInfo): AgentRow {
  return {
    id: ids.agent(`${tool.name}-${tool.version}`),
    name: tool.name,
    kind: 'TOOL',
    version: tool.version,
  };
}

/** Finds a referenced node of one of `labels`, or records why it cannot be used. */
export function lookupRef(
  ctx: BuildContext,
  ref: QualifiedRef,
  labels: readonly FoundRef['label'][],
  path: string,
): string | undefined {
  const found = ctx.refs.get(refKey(ref));
  if (found === undefined || !labels.includes(found.label)) {
    ctx.issues.add(
      path,
      `${labels.join(' or ')} '${refKey(ref)}' is not in the graph; ingest that article first`,
    );
    return undefined;
  }
  if (found.supersededBy !== null) {
    ctx.issues.add(
      path,
      `'${refKey(ref)}' was superseded by ${found.supersededBy}; refer to the current one`,
    );
    return undefined;
  }
  return found.id;
}

/** Builds every row of a complete annotation. Problems go to `ctx.issues`. */
export function buildAnnotationRecords(resolved: ResolvedAnnotation, ctx: BuildContext): IngestRecords {
  const { article } = resolved;
  const articleId = ids.article(article.contentHash);
  const annotator = agentRow(resolved.annotator);
  const tool = toolAgent(ctx.tool);
  const agents = new Map<string, AgentRow>([
    [annotator.id, annotator],
    [tool.id, tool],
  ]);
  const sourceIds = new Map(resolved.sources.map((s) => [s.id, ids.source(articleId, s.id)]));
  const statementIds = new Map(
    resolved.statements.map((s) => [s.id, ids.statement(articleId, s.anchor.start, s.anchor.end, s.source)]),
  );
  const statementRef = (ref: QualifiedRef, path: string): string | undefined =>
    ref.local ? statementIds.get(ref.id) : lookupRef(ctx, ref, ['Statement'], path);

  const statements: StatementRow[] = resolved.statements.map((s) => ({
    ...statementRow(s, articleId, article.slug, sourceIds),
    id: statementIds.get(s.id)!,
  }));
  for (const row of statements) row.props.id = row.id;
  // A proposer's annotation: every source and statement is machine-made, with its rules.
  const marks = resolved.proposal;
  const proposed = (rules: string[] | undefined) => ({
    method: 'RULE',
    status: 'PROPOSED',
    rules: rules ?? [],
  });
  if (marks) {
    for (const row of statements) Object.assign(row.props, proposed(marks.statements[row.props.localId]));
  }

  const glosses = resolved.statements.flatMap((s) => {
    if (s.gloss === null) return [];
    const translator = agentRow(s.gloss.translator);
    agents.set(translator.id, translator);
    return [glossRow(statementIds.get(s.id)!, s.gloss.text, s.gloss.language, translator.id)];
  });

  const assessments: AssessmentRow[] = [];
  resolved.assessments.forEach((a, i) => {
    const fromId = statementRef(a.from, `assessments[${i}].from`);
    const toId = statementRef(a.to, `assessments[${i}].to`);
    const asserter = agentRow(a.assertedBy);
    agents.set(asserter.id, asserter);
    if (fromId !== undefined && toId !== undefined) {
      const row = assessmentRow(a, fromId, toId, asserter.id, article.slug, null);
      // A proposer's candidate: status PROPOSED, as written (a review never changes it).
      if (marks) Object.assign(row.props, { status: 'PROPOSED' });
      assessments.push(row);
    }
  });
  resolved.sources.forEach((s, i) =>
    s.sameAs.forEach((same, j) => {
      const toId = same.ref.local
        ? sourceIds.get(same.ref.id)
        : lookupRef(ctx, same.ref, ['Source'], `sources[${i}].sameAs[${j}].ref`);
      if (toId === undefined) return;
      const sameSource: ResolvedAssessment = {
        id: `${s.id}-same-as-${same.ref.article}-${same.ref.id}`,
        relation: 'SAME_SOURCE' as ResolvedAssessment['relation'],
        from: { article: article.slug, id: s.id, local: true },
        to: same.ref,
        rationale: same.rationale,
        confidence: same.confidence,
        method: 'HUMAN',
        rule: null,
        assertedBy: resolved.annotator,
      };
      assessments.push(
        assessmentRow(sameSource, sourceIds.get(s.id)!, toId, annotator.id, article.slug, null),
      );
    }),
  );

  return {
    activity: {
      id: ids.activity(ctx.inputHash, ctx.tool.version, resolved.annotator.id),
      type: marks ? 'PROPOSAL' : 'ANNOTATION',
      tool: ctx.tool.name,
      toolVersion: ctx.tool.version,
      inputHash: ctx.inputHash,
      file: resolved.file,
      annotatedAt: resolved.annotatedAt,
      annotatorId: annotator.id,
      toolAgentId: tool.id,
      articleId,
    },
    agents: [...agents.values()],
    owners: uniqueById(
      resolved.outlets.map((o) => ({
        id: ids.owner(o.owner.id),
        name: o.owner.name,
        nameOriginal: o.owner.nameOriginal ?? null,
      })),
    ),
    outlets: resolved.outlets.map((o) => ({
      id: ids.outlet(o.id),
      name: o.name,
      nameOriginal: o.nameOriginal ?? null,
      ownerId: ids.owner(o.owner.id),
    })),
    topics: resolved.topics.map((t) => ({ id: ids.topic(t.id), label: t.label, labelAr: t.labelAr ?? null })),
    entities: resolved.entities.map((e) => ({
      id: ids.entity(e.id),
      kind: e.kind,
      name: e.name,
      nameEn: e.nameEn,
      searchText: searchKey(`${e.name} ${e.nameEn ?? ''}`),
    })),
    article: {
      id: articleId,
      props: {
        id: articleId,
        slug: article.slug,
        contentHash: article.contentHash,
        text: article.text,
        language: article.language,
        headline: article.headline?.quote ?? null,
        url: article.url,
        retrievedFrom: article.retrievedFrom,
        publishedAt: article.publishedAt,
        codePointLength: article.codePointLength,
        schemaVersion: resolved.schemaVersion,
      },
      outletId: ids.outlet(article.outlet),
      carriedBy: article.carriedBy.map(ids.outlet),
      topics: article.topics.map(ids.topic),
      mentions: resolved.entities.flatMap((e) =>
        e.mentions.map((m) => ({ entityId: ids.entity(e.id), start: m.start, end: m.end, quote: m.quote })),
      ),
    },
    sources: resolved.sources.map((s) => ({
      id: sourceIds.get(s.id)!,
      props: {
        id: sourceIds.get(s.id)!,
        localId: s.id,
        articleId,
        articleSlug: article.slug,
        kind: s.kind,
        label: s.label,
        labelEn: s.labelEn,
        role: s.basis.role,
        affiliation: s.basis.affiliation,
        audience: s.basis.audience,
        conditions: s.basis.conditions,
        ...(marks && proposed(marks.sources[s.id])),
      },
      spokeTo: s.basis.spokeTo.map(ids.outlet),
      mentions: s.mentions.map(({ start, end, quote }) => ({ start, end, quote })),
    })),
    statements,
    glosses,
    assessments,
    exclusions: resolved.excluded.map(({ anchor, reason }) => {
      const id = ids.exclusion(articleId, anchor.start, anchor.end);
      return {
        id,
        articleId,
        props: { id, start: anchor.start, end: anchor.end, quote: anchor.quote, reason },
      };
    }),
    withdrawals: [],
  };
}

/** A statement's row; its id is filled in by the caller (plain and corrected ids differ). */
export function statementRow(
  s: ResolvedStatement,
  articleId: string,
  articleSlug: string,
  sourceIds: ReadonlyMap<string, string>,
  supersedes: SupersedesRow | null = null,
): StatementRow {
  return {
    id: '',
    props: {
      id: '',
      localId: s.id,
      articleId,
      articleSlug,
      quote: s.anchor.quote,
      prefix: s.anchor.prefix,
      suffix: s.anchor.suffix,
      start: s.anchor.start,
      end: s.anchor.end,
      paragraph: s.paragraph,
      mode: s.mode,
      cue: s.cue,
      hedging: s.hedging,
      language: s.language,
      searchText: searchKey(s.anchor.quote),
    },
    sourceId: sourceIds.get(s.source) ?? '',
    via: s.via.map((v, position) => ({ sourceId: sourceIds.get(v) ?? '', position })),
    topics: s.topics.map(ids.topic),
    entityIds: s.entities.map(ids.entity),
    supersedes,
  };
}

export function glossRow(
  statementId: string,
  text: string,
  language: string,
  translatorId: string,
): GlossRow {
  const id = ids.gloss(statementId, language, translatorId, text);
  return {
    id,
    props: { id, text, language, searchText: searchKey(text), isTranslation: true },
    statementId,
    translatorId,
  };
}

export function assessmentRow(
  a: ResolvedAssessment,
  fromId: string,
  toId: string,
  assertedById: string,
  articleSlug: string,
  supersedes: SupersedesRow | null,
): AssessmentRow {
  // A replacement may keep relation and sides and change only rationale or confidence: the id
  // then includes what it supersedes, so it is a new node rather than the old one found again.
  const id = supersedes
    ? ids.correctedAssessment(a.relation, fromId, toId, assertedById, a.method, a.rule ?? '', supersedes.id)
    : ids.assessment(a.relation, fromId, toId, assertedById, a.method, a.rule ?? '');
  return {
    id,
    props: {
      id,
      localId: a.id,
      articleSlug,
      relation: a.relation,
      rationale: a.rationale,
      confidence: a.confidence,
      method: a.method,
      rule: a.rule,
    },
    fromId,
    toId,
    assertedById,
    supersedes,
  };
}

function uniqueById<T extends { id: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}
