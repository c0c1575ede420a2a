import { assessmentsCount, assessmentsPage } from '../../graph/queries/assessments';
import { ALL_STATEMENT_PARTS } from '../../graph/projections';
import type { StatementParts } from '../../graph/projections';
import type { AssessmentView } from '../../graph/views';
import type { RequestContext } from '../context';
import type { AssessmentFilter, InputMaybe } from '../generated/resolvers-types';
import type { ConnectionModel } from '../models';
import { decodeIdCursor, pageSize, toConnection } from '../pagination';
import { apiError, ErrorCode } from '../errors';
import { statementIdsMatching } from './text-matches';

export interface AssessmentListArgs {
  filter?: InputMaybe<AssessmentFilter>;
  includeHistory?: InputMaybe<boolean>;
  first?: InputMaybe<number>;
  after?: InputMaybe<string>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** A page of assessment pairs of the given relations (both statements in full). */
export async function listAssessments(
  { executor, loaders, limits }: RequestContext,
  relations: string[],
  args: AssessmentListArgs,
  parts: StatementParts = ALL_STATEMENT_PARTS,
): Promise<ConnectionModel<AssessmentView>> {
  const size = pageSize(args.first);
  const after = decodeIdCursor(args.after);
  const { text, minConfidence, publishedFrom, publishedTo, ...rest } = args.filter ?? {};
  if (minConfidence !== null && minConfidence !== undefined && (minConfidence < 0 || minConfidence > 1)) {
    throw apiError(ErrorCode.BadUserInput, 'minConfidence must be between 0 and 1', 'filter.minConfidence');
  }
  for (const [field, value] of [
    ['publishedFrom', publishedFrom],
    ['publishedTo', publishedTo],
  ] as const) {
    if (value !== null && value !== undefined && !ISO_DATE.test(value)) {
      throw apiError(ErrorCode.BadUserInput, `${field} must be an ISO date (YYYY-MM-DD)`, `filter.${field}`);
    }
  }
  const filter = {
    ...rest,
    relations,
    minConfidence,
    publishedFrom,
    publishedTo,
    textMatches: await statementIdsMatching(executor, text, 'filter.text', limits),
  };
  const includeHistory = args.includeHistory ?? false;
  const rows = await executor.read<{ assessment: AssessmentView }>(
    assessmentsPage(filter, includeHistory, { after, limit: size + 1 }, parts),
  );
  // Owners fetched with the page spare strength its own query.
  for (const { assessment } of rows) {
    for (const side of [assessment.from, assessment.to]) {
      if (side.owners) loaders.statementOwners.prime(side.id, side.owners);
    }
  }
  return toConnection(
    rows.map((r) => r.assessment),
    size,
    (a) => a.id,
    after !== null,
    async () =>
      (await executor.read<{ count: number }>(assessmentsCount(filter, includeHistory)))[0]?.count ?? 0,
  );
}
