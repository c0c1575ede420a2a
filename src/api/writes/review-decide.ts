import type { Principal } from '../../auth/roles';
import { writeRecords } from '../../graph/ingest-writer';
import { CREATE_REVIEW, LOOKUP_REVIEW_TARGET } from '../../graph/review-cypher';
import type { ReviewLabel } from '../../graph/review-cypher';
import type { AssessmentView, ReviewView, SourceView, StatementView } from '../../graph/views';
import { agentRow, assessmentRow, toolAgent } from '../../ingest/build-records';
import { ids } from '../../ingest/ids';
import { recordsFor } from '../../ingest/records';
import type { AssessmentRow, IngestRecords } from '../../ingest/records';
import type { ResolvedAssessment } from '../../ingest/resolved-annotation';
import { isnadTool } from '../../ingest/tool-info';
import { canonicalJson, contentId, sha256Hex } from '../../text/hash';
import type { RequestContext } from '../context';
import { apiError, ErrorCode } from '../errors';
import type { ReviewInput } from '../generated/resolvers-types';
import { agentForPrincipal } from './api-agent';

export interface ReviewResultModel {
  review: ReviewView;
  statement: StatementView | null;
  source: SourceView | null;
  assessment: AssessmentView | null;
  confirmation: AssessmentView | null;
}

interface ReviewTarget {
  label: ReviewLabel;
  status: string | null;
  articleSlug: string;
  localId: string;
  articleId: string | null;
  relation: string | null;
  rationale: string | null;
  confidence: number | null;
  fromId: string | null;
  toId: string | null;
  reviewId: string | null;
  superseded: boolean;
}

/** One review per proposal: its id derives from the proposal's alone, so a second cannot be written. */
export const reviewId = (targetId: string): string => contentId('rev', targetId);

function refuse(target: ReviewTarget | undefined, id: string): asserts target is ReviewTarget {
  if (target === undefined) {
    throw apiError(ErrorCode.NotFound, `no statement, source or assessment with id ${id}`, 'input.id');
  }
  const what = target.label.toLowerCase();
  if (target.status === null) {
    throw apiError(
      ErrorCode.BadUserInput,
      `${what} ${id} is not a proposal: it was made by a person (method HUMAN) and has nothing to review`,
      'input.id',
    );
  }
  if (target.reviewId !== null) {
    throw apiError(
      ErrorCode.Conflict,
      `${what} ${id} was already reviewed (review ${target.reviewId})`,
      'input.id',
    );
  }
  if (target.superseded) {
    throw apiError(
      ErrorCode.Conflict,
      `${what} ${id} was superseded by a correction; review the current one`,
      'input.id',
    );
  }
}

/** The HUMAN assessment a confirmation writes: the proposal's relation and sides, asserted by the key holder. */
function confirmationRow(
  target: ReviewTarget,
  proposalId: string,
  principal: Principal,
  agentId: string,
): AssessmentRow {
  const assessment: ResolvedAssessment = {
    id: `${target.localId}-confirmed`,
    relation: target.relation as ResolvedAssessment['relation'],
    from: { article: target.articleSlug, id: target.fromId!, local: false },
    to: { article: target.articleSlug, id: target.toId!, local: false },
    rationale: target.rationale ?? '',
    confidence: target.confidence ?? 1,
    method: 'HUMAN',
    rule: null,
    assertedBy: agentForPrincipal(principal),
  };
  const row = assessmentRow(assessment, target.fromId!, target.toId!, agentId, target.articleSlug, null);
  Object.assign(row.props, { confirms: proposalId });
  return row;
}

/**
 * Confirms or rejects one proposal, in one transaction: checks it is an unreviewed, current
 * proposal, then writes a REVIEW activity, the review (who, when, which key) and, to confirm an
 * assessment, a HUMAN assessment that CONFIRMS it. Nothing already in the graph changes.
 */
export async function reviewFromApi(
  ctx: RequestContext,
  principal: Principal,
  input: ReviewInput,
): Promise<ReviewResultModel> {
  if (input.note !== null && input.note !== undefined && input.note.trim() === '') {
    throw apiError(ErrorCode.BadUserInput, 'note must not be empty when given', 'input.note');
  }
  const tool = isnadTool();
  const agent = agentRow(agentForPrincipal(principal));
  const software = toolAgent(tool);
  const inputHash = sha256Hex(
    canonicalJson({
      operation: 'review',
      id: input.id,
      decision: input.decision,
      note: input.note ?? null,
      keyId: principal.keyId,
    }),
  );
  const label = await ctx.executor.writeTransaction(async (run) => {
    const [record] = (await run({ cypher: LOOKUP_REVIEW_TARGET, params: { id: input.id } })).records;
    const target = record?.toObject() as ReviewTarget | undefined;
    refuse(target, input.id);
    const confirmation =
      input.decision === 'CONFIRM' && target.label === 'Assessment'
        ? confirmationRow(target, input.id, principal, agent.id)
        : null;
    const records: IngestRecords = {
      ...recordsFor(
        {
          id: ids.activity(inputHash, tool.version, agent.id),
          type: 'REVIEW',
          tool: tool.name,
          toolVersion: tool.version,
          inputHash,
          file: null,
          annotatedAt: new Date().toISOString(),
          annotatorId: agent.id,
          toolAgentId: software.id,
          articleId: target.articleId ?? '',
        },
        [agent, software],
      ),
      assessments: confirmation ? [confirmation] : [],
    };
    await writeRecords(run, records);
    await run({
      cypher: CREATE_REVIEW[target.label],
      params: {
        activityId: records.activity.id,
        review: {
          id: reviewId(input.id),
          decision: input.decision,
          note: input.note ?? null,
          targetId: input.id,
          targetLabel: target.label,
          confirmationId: confirmation?.id ?? null,
          reviewerId: agent.id,
        },
      },
    });
    return target.label;
  });
  const reviewed = await loadReviewed(ctx, label, input.id);
  const review = reviewed?.review;
  if (!reviewed || !review) throw new Error(`review of ${input.id} was written but cannot be read back`);
  const confirmation = review.confirmationId
    ? await ctx.loaders.assessment.load(review.confirmationId)
    : null;
  return {
    review,
    statement: label === 'Statement' ? (reviewed as StatementView) : null,
    source: label === 'Source' ? (reviewed as SourceView) : null,
    assessment: label === 'Assessment' ? (reviewed as AssessmentView) : null,
    confirmation,
  };
}

async function loadReviewed(
  ctx: RequestContext,
  label: ReviewLabel,
  id: string,
): Promise<StatementView | SourceView | AssessmentView | null> {
  if (label === 'Statement') return ctx.loaders.statement.load(id);
  if (label === 'Assessment') return ctx.loaders.assessment.load(id);
  return (await ctx.loaders.node('Source').load(id)) as SourceView | null;
}
