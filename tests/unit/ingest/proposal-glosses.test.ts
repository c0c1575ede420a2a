import { proposeAnnotations } from '../../../src/extract';
import { AnnotationError } from '../../../src/ingest/annotation-error';
import { resolveAnnotation } from '../../../src/ingest/resolve-anchors';

const TEXT = [
  'وزارة النقل تنفي فرض رسوم على جسر الجمهورية',
  'ونفى مصدر في وزارة النقل أن تكون هناك نية لفرض رسوم على عبور الجسر.',
  'وقالت نقابة سائقي سيارات الأجرة في بيان إن الوزارة تعتزم فرض رسوم على عبور الجسر.',
].join('\n');

const proposal = proposeAnnotations({ text: TEXT, language: 'ar', slug: 'bridge-fees' });
const marks = {
  statements: Object.fromEntries(Object.entries(proposal.notes.statements).map(([id, n]) => [id, n.rules])),
  sources: Object.fromEntries(Object.entries(proposal.notes.sources).map(([id, n]) => [id, n.rules])),
};
const bytes = () => Buffer.from(TEXT, 'utf8');

describe('glosses: a person’s annotation needs them, the proposer’s may lack them', () => {
  it('resolves the proposer’s Arabic draft without glosses, marked as a proposal', () => {
    expect(proposal.annotation.statements.length).toBeGreaterThan(1);
    expect(proposal.annotation.statements.every((s) => s.gloss === null)).toBe(true);
    const resolved = resolveAnnotation(proposal.annotation, bytes(), 'text', 'proposal', marks);
    expect(resolved.proposal).toEqual(marks);
    expect(resolved.statements.every((s) => s.language === 'ar' && s.gloss === null)).toBe(true);
  });

  it('refuses the same draft as a person’s file, naming every statement without a gloss', () => {
    let error: unknown;
    try {
      resolveAnnotation(proposal.annotation, bytes(), 'text', 'draft.annotation.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AnnotationError);
    const issues = (error as AnnotationError).issues;
    expect(issues.map((i) => i.path)).toEqual(
      proposal.annotation.statements.map((_, i) => `statements[${i}].gloss`),
    );
    expect(issues[0]!.reason).toBe('a statement in "ar" needs an English gloss');
  });

  it('keeps every other check for a proposal: a cue that is not in the text is refused', () => {
    const broken = {
      ...proposal.annotation,
      statements: proposal.annotation.statements.map((s, i) => (i === 0 ? { ...s, cue: 'صرح' } : s)),
    };
    expect(() => resolveAnnotation(broken, bytes(), 'text', 'proposal', marks)).toThrow(
      /statements\[0\]\.cue: "صرح" does not occur in the article/,
    );
  });
});
