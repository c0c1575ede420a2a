/**
 * Rows for corrections: a replacement statement or assessment, or a withdrawal, each pointing at
 * what it supersedes. The old node is never touched; queries hide superseded nodes by default.
 */
import type { BuildContext } from './build-records';
import { agentRow, assessmentRow, glossRow, lookupRef, statementRow } from './build-records';
import { ids } from './ids';
import type { AgentRow, AssessmentRow, GlossRow, StatementRow, WithdrawalRow } from './records';
import type { QualifiedRef, ResolvedCorrection } from './resolved-annotation';

export interface CorrectionRows {
  statements: StatementRow[];
  glosses: GlossRow[];
  assessments: AssessmentRow[];
  withdrawals: WithdrawalRow[];
  agents: AgentRow[];
}

/** Where the corrections apply, and the statements of the same file that they may name. */
export interface CorrectionTarget {
  articleId: string;
  slug: string;
  inFileStatements: ReadonlyMap<string, string>;
}

export function buildCorrectionRows(
  corrections: readonly ResolvedCorrection[],
  target: CorrectionTarget,
  ctx: BuildContext,
): CorrectionRows {
  const rows: CorrectionRows = { statements: [], glosses: [], assessments: [], withdrawals: [], agents: [] };
  const newStatements = new Map(target.inFileStatements);
  const statementRef = (ref: QualifiedRef, path: string): string | undefined =>
    (ref.local ? newStatements.get(ref.id) : undefined) ?? lookupRef(ctx, ref, ['Statement'], path);
  const sourceRef = (localId: string, path: string): string | undefined =>
    lookupRef(ctx, { article: target.slug, id: localId, local: true }, ['Source'], path);

  corrections.forEach((c, i) => {
    const path = `corrections[${i}]`;
    const oldId =
      newStatements.get(c.supersedes.id) ??
      lookupRef(ctx, c.supersedes, ['Statement', 'Assessment'], `${path}.supersedes`);
    if (oldId === undefined) return;
    const supersedes = { id: oldId, reason: c.reason, correctionId: c.id };

    if (c.statement !== null) {
      const s = c.statement;
      const sourceIds = new Map<string, string>();
      for (const [j, local] of [s.source, ...s.via].entries()) {
        const found = sourceRef(
          local,
          j === 0 ? `${path}.statement.source` : `${path}.statement.via[${j - 1}]`,
        );
        if (found !== undefined) sourceIds.set(local, found);
      }
      const id = ids.correctedStatement(target.articleId, s.anchor.start, s.anchor.end, s.source, oldId);
      const row = statementRow(s, target.articleId, target.slug, sourceIds, supersedes);
      row.id = row.props.id = id;
      rows.statements.push(row);
      newStatements.set(s.id, id);
      if (s.gloss !== null) {
        const translator = agentRow(s.gloss.translator);
        rows.agents.push(translator);
        rows.glosses.push(glossRow(id, s.gloss.text, s.gloss.language, translator.id));
      }
    } else if (c.assessment !== null) {
      const a = c.assessment;
      const fromId = statementRef(a.from, `${path}.assessment.from`);
      const toId = statementRef(a.to, `${path}.assessment.to`);
      const asserter = agentRow(a.assertedBy);
      rows.agents.push(asserter);
      if (fromId !== undefined && toId !== undefined) {
        rows.assessments.push(assessmentRow(a, fromId, toId, asserter.id, target.slug, supersedes));
      }
    } else {
      const id = ids.withdrawal(oldId, c.reason);
      rows.withdrawals.push({
        id,
        props: { id, localId: c.id, articleSlug: target.slug, reason: c.reason },
        supersedes,
      });
    }
  });
  return rows;
}

/** The references a correction list needs looked up in the graph. */
export function correctionRefs(corrections: readonly ResolvedCorrection[], slug: string): QualifiedRef[] {
  return corrections.flatMap((c) => [
    c.supersedes,
    ...(c.statement
      ? [c.statement.source, ...c.statement.via].map((id) => ({ article: slug, id, local: true }))
      : []),
    ...(c.assessment ? [c.assessment.from, c.assessment.to] : []),
  ]);
}
