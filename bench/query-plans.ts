/**
 * Where the reads spend their work: each benchmarked Cypher run once under PROFILE, reduced to its
 * total database hits and the operators that make most of them.
 */
import type { GraphExecutor } from '../src/graph/executor';
import type { CypherQuery } from '../src/graph/executor';

export interface PlanFigure {
  name: string;
  dbHits: number;
  rows: number;
  /** The operators with the most database hits, as `Operator (details): hits`. */
  top: string[];
}

interface ProfileNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: ProfileNode[];
}

function flatten(plan: ProfileNode): ProfileNode[] {
  return [plan, ...plan.children.flatMap(flatten)];
}

const short = (text: unknown, max = 70): string => {
  const flat = String(text ?? '').replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** Profiles `query` once (after the benchmark has warmed it) and summarises the plan. */
export async function profileQuery(
  executor: GraphExecutor,
  name: string,
  query: CypherQuery,
): Promise<PlanFigure> {
  const session = executor.driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.run(`PROFILE ${query.cypher}`, query.params ?? {});
    const plan = result.summary.profile as unknown as ProfileNode | false;
    if (!plan) return { name, dbHits: 0, rows: 0, top: [] };
    const operators = flatten(plan);
    const top = [...operators]
      .sort((a, b) => Number(b.dbHits) - Number(a.dbHits))
      .slice(0, 3)
      .filter((op) => Number(op.dbHits) > 0)
      .map(
        (op) =>
          `${op.operatorType.replace(/@neo4j$/, '')} (${short(op.arguments.Details)}): ${Number(op.dbHits).toLocaleString('en-US')}`,
      );
    return {
      name,
      dbHits: operators.reduce((sum, op) => sum + Number(op.dbHits), 0),
      rows: result.records.length,
      top,
    };
  } finally {
    await session.close();
  }
}
