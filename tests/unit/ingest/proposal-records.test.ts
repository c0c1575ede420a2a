import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/config/project-root';
import { proposeAnnotations } from '../../../src/extract';
import { IssueList } from '../../../src/ingest/annotation-error';
import { buildAnnotationRecords } from '../../../src/ingest/build-records';
import { resolveAnnotation } from '../../../src/ingest/resolve-anchors';
import type { ResolvedAnnotation } from '../../../src/ingest/resolved-annotation';

const TEXT = fs.readFileSync(
  path.join(projectRoot(), 'tests', 'fixtures', 'review', 'port-closure.en.txt'),
  'utf8',
);

function records(withMarks: boolean) {
  const proposal = proposeAnnotations({ text: TEXT, language: 'en', slug: 'riverton-port-closure' });
  const resolved: ResolvedAnnotation = resolveAnnotation(
    proposal.annotation,
    Buffer.from(TEXT, 'utf8'),
    'text',
    'proposal',
  );
  if (withMarks) {
    const rules = (notes: Record<string, { rules: string[] }>) =>
      Object.fromEntries(Object.entries(notes).map(([id, n]) => [id, n.rules]));
    resolved.proposal = {
      statements: rules(proposal.notes.statements),
      sources: rules(proposal.notes.sources),
    };
  }
  const issues = new IssueList('proposal');
  const built = buildAnnotationRecords(resolved, {
    issues,
    refs: new Map(),
    tool: { name: 'isnad', version: '0.0.0-test' },
    inputHash: 'h'.repeat(64),
  });
  expect(() => issues.throwIfAny()).not.toThrow();
  return { built, proposal };
}

describe('proposal records: what the ingest writes for a proposer-made annotation', () => {
  it('marks every source, statement and assessment as machine-made, PROPOSED, with its rules', () => {
    const { built, proposal } = records(true);
    expect(built.activity.type).toBe('PROPOSAL');
    expect(built.statements.length).toBe(proposal.annotation.statements.length);
    for (const row of built.statements) {
      expect(row.props).toMatchObject({ method: 'RULE', status: 'PROPOSED' });
      expect((row.props as { rules?: string[] }).rules).toEqual(
        proposal.notes.statements[row.props.localId]!.rules,
      );
    }
    for (const row of built.sources) expect(row.props).toMatchObject({ method: 'RULE', status: 'PROPOSED' });
    expect(built.assessments.length).toBeGreaterThan(0);
    for (const row of built.assessments) {
      expect(row.props).toMatchObject({ method: 'RULE', status: 'PROPOSED' });
      expect(row.props.rule).toMatch(/^(contra|agree)-/);
    }
  });

  it('leaves a person-made annotation unmarked (no status: it reads as HUMAN)', () => {
    const { built } = records(false);
    expect(built.activity.type).toBe('ANNOTATION');
    for (const row of [...built.statements, ...built.sources, ...built.assessments]) {
      expect(row.props).not.toHaveProperty('status');
    }
    for (const row of [...built.statements, ...built.sources]) expect(row.props).not.toHaveProperty('method');
  });
});
