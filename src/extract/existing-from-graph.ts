import type { GraphExecutor } from '../graph/executor';
import { EXISTING_STATEMENTS } from '../graph/queries/existing-statements';
import type { ExistingStatement } from './pipeline/assessments/assess';

/** How many of the graph's newest statements a proposal is compared against. */
export const EXISTING_STATEMENT_LIMIT = 5_000;

/** The graph's current statements, for contradiction candidates across articles. One round trip. */
export async function loadExistingStatements(
  executor: GraphExecutor,
  limit = EXISTING_STATEMENT_LIMIT,
): Promise<ExistingStatement[]> {
  return executor.read<ExistingStatement>({ cypher: EXISTING_STATEMENTS, params: { limit } });
}
