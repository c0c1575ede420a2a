import { PROVENANCE_SUBJECT, PROVENANCE_TRAIL } from '../../graph/queries/provenance';
import { requirePart } from '../../graph/views';
import type { ActivityView, AssessmentView, FullStatementView } from '../../graph/views';
import { isolate } from '../../text/bidi';
import type { RequestContext } from '../context';
import type { ProvenanceStepModel, ProvenanceTrailModel } from '../models';

interface Revision {
  id: string;
  of: string;
  reason: string | null;
  label: string;
  activity: ActivityView | null;
}

/** An intake of the article's page, as the trail shows it. */
interface RetrievalStep {
  id: string;
  source: string;
  requestedUrl: string | null;
  finalUrl: string | null;
  httpStatus: number | null;
  contentType: string | null;
  file: string | null;
  rawSha256: string;
  textSha256: string;
  extractor: string;
  extractorVersion: string;
  retrievedAt: string;
}

interface TrailRow {
  statement: FullStatementView;
  retrievals: RetrievalStep[];
  articleActivity: ActivityView | null;
  sourceActivity: ActivityView | null;
  outletActivity: ActivityView | null;
  glossActivities: { id: string; activity: ActivityView | null }[];
  assessments: AssessmentView[];
  supersedes: Revision[];
  supersededBy: Revision[];
}

/**
 * The whole trail of a statement or assessment, in two round trips: what the subject is, then
 * everything on its trail (history included), ordered outlet → article → span → statement →
 * source → intermediaries → glosses → assessments → revisions.
 */
export async function provenanceTrail(ctx: RequestContext, id: string): Promise<ProvenanceTrailModel | null> {
  const [subject] = await ctx.executor.read<{
    type: 'Statement' | 'Assessment' | null;
    statementIds: string[];
  }>({
    cypher: PROVENANCE_SUBJECT,
    params: { id },
  });
  if (!subject?.type) return null;
  const rows = await ctx.executor.read<TrailRow>({
    cypher: PROVENANCE_TRAIL,
    params: { statementIds: subject.statementIds },
  });
  const assessments = new Map<string, AssessmentView>();
  const steps: ProvenanceStepModel[] = [];
  const step = (s: Omit<ProvenanceStepModel, 'reason'> & { reason?: string | null }) =>
    steps.push({ reason: null, ...s });

  for (const row of rows) {
    const { statement: s } = row;
    const { article } = s;
    step({
      role: 'OUTLET',
      nodeId: article.outlet.id,
      label: `${article.outlet.name} (owner: ${article.outlet.owner.name})`,
      recordedBy: row.outletActivity,
    });
    for (const carrier of requirePart(article, 'carriedBy')) {
      step({
        role: 'CARRIER',
        nodeId: carrier.id,
        label: `${carrier.name} (owner: ${carrier.owner.name})`,
        recordedBy: row.outletActivity,
      });
    }
    step({
      role: 'ARTICLE',
      nodeId: article.id,
      label: `${article.slug} (sha256 ${article.contentHash})`,
      recordedBy: row.articleActivity,
    });
    // Newest first, as the article's retrievals are listed; a text file has none.
    const retrievals = [...row.retrievals].sort(
      (a, b) => b.retrievedAt.localeCompare(a.retrievedAt) || a.id.localeCompare(b.id),
    );
    for (const r of retrievals)
      step({ role: 'RETRIEVAL', nodeId: r.id, label: retrievalLabel(r), recordedBy: null });
    step({
      role: 'SPAN',
      nodeId: s.id,
      label: `code points ${s.start}–${s.end}: ${isolate(s.quote)}`,
      recordedBy: s.activity,
    });
    step({
      role: 'STATEMENT',
      nodeId: s.id,
      label: `${s.mode}${s.cue ? `, cue ${isolate(s.cue)}` : ''}: ${isolate(s.quote)}`,
      recordedBy: s.activity,
    });
    step({
      role: 'SOURCE',
      nodeId: s.source.id,
      label: `${s.source.kind}: ${isolate(s.source.label)}`,
      recordedBy: row.sourceActivity,
    });
    for (const link of s.chain) {
      step({
        role: 'INTERMEDIARY',
        nodeId: link.source.id,
        label: `via ${isolate(link.source.label)}`,
        recordedBy: row.sourceActivity,
      });
    }
    for (const gloss of s.glosses) {
      const activity = row.glossActivities.find((g) => g.id === gloss.id)?.activity ?? null;
      step({
        role: 'GLOSS',
        nodeId: gloss.id,
        label: `${gloss.language} gloss by ${gloss.translator.name}: ${gloss.text}`,
        recordedBy: activity,
      });
    }
    for (const a of row.assessments) {
      if (assessments.has(a.id)) continue;
      assessments.set(a.id, a);
      step({
        role: 'ASSESSMENT',
        nodeId: a.id,
        label: `${a.relation} (${a.method}, confidence ${a.confidence}) by ${a.assertedBy.name}: ${a.rationale}`,
        recordedBy: requirePart(a, 'activity'),
      });
    }
    for (const r of row.supersedes)
      step({
        role: 'SUPERSEDES',
        nodeId: r.id,
        label: `${r.of} supersedes ${r.id}: ${isolate(r.label)}`,
        reason: r.reason,
        recordedBy: r.activity,
      });
    for (const r of row.supersededBy)
      step({
        role: 'SUPERSEDED_BY',
        nodeId: r.id,
        label: `${r.of} is superseded by ${r.id}: ${isolate(r.label)}`,
        reason: r.reason,
        recordedBy: r.activity,
      });
  }
  return {
    subjectId: id,
    subjectType: subject.type,
    statements: rows.map((r) => r.statement),
    assessments: [...assessments.values()],
    steps,
  };
}

/** "GET <url> → <final url>, HTTP 200 text/html, at …; raw sha256 …, text sha256 …; <extractor> <version>". */
function retrievalLabel(r: RetrievalStep): string {
  const from =
    r.requestedUrl !== null
      ? `GET ${r.requestedUrl}${r.finalUrl && r.finalUrl !== r.requestedUrl ? ` → ${r.finalUrl}` : ''}`
      : `${r.source} ${r.file ?? ''}`.trim();
  const http = r.httpStatus !== null ? `, HTTP ${r.httpStatus} ${r.contentType ?? ''}`.trimEnd() : '';
  return (
    `${from}${http}, at ${r.retrievedAt}; raw sha256 ${r.rawSha256}, text sha256 ${r.textSha256}; ` +
    `${r.extractor} ${r.extractorVersion}`
  );
}
