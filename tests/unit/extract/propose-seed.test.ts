import { resolve } from 'path';
import { parse } from 'yaml';
import { formatDraftYaml } from '../../../src/extract/draft/draft-yaml';
import { toExisting } from '../../../src/extract/evaluation/run';
import { proposeAnnotations } from '../../../src/extract/propose';
import type { Proposal } from '../../../src/extract/propose';
import { AnnotationError } from '../../../src/ingest/annotation-error';
import { annotationFileSchema } from '../../../src/ingest/annotation-schema';
import { loadResolvedAnnotation, resolveAnnotation } from '../../../src/ingest/resolve-anchors';
import type { ResolvedAnnotation } from '../../../src/ingest/resolved-annotation';

const SEED = resolve(__dirname, '../../../seed');
const SLUGS = ['alarabiya-us-forces-iraq', 'harbor-wire-iraq-drawdown', 'al-rafid-baghdad-schedule'] as const;

function hand(slug: string): ResolvedAnnotation {
  const resolved = loadResolvedAnnotation(resolve(SEED, `${slug}.annotation.yaml`));
  if (resolved.kind !== 'annotation') throw new Error('not a complete annotation');
  return resolved;
}

const hands = new Map(SLUGS.map((slug) => [slug, hand(slug)]));

function propose(slug: (typeof SLUGS)[number]): Proposal {
  const h = hands.get(slug) as ResolvedAnnotation;
  const earlier = SLUGS.slice(0, SLUGS.indexOf(slug)).flatMap((s) =>
    toExisting(hands.get(s) as ResolvedAnnotation),
  );
  return proposeAnnotations({
    text: h.article.text,
    language: h.article.language as 'ar' | 'en',
    slug,
    textFile: h.article.textFile,
    outlet: h.outlets.find((o) => o.id === h.article.outlet),
    existing: earlier,
    annotatedAt: '2026-12-01',
  });
}

describe.each(SLUGS)('proposed draft for %s', (slug) => {
  const proposal = propose(slug);
  const { annotation } = proposal;
  const text = (hands.get(slug) as ResolvedAnnotation).article.text;

  it('validates against the annotation-file schema, also after a YAML round trip', () => {
    expect(annotationFileSchema.safeParse(annotation).success).toBe(true);
    const reread = annotationFileSchema.parse(parse(formatDraftYaml(proposal)));
    expect(reread.statements.map((s) => s.quote)).toEqual(annotation.statements.map((s) => s.quote));
  });

  it('resolves against its article: every span exact; only the glosses are left to the reviewer', () => {
    let issues: readonly { path: string; reason: string }[] = [];
    try {
      resolveAnnotation(annotation, new TextEncoder().encode(text), `${slug}.txt`, `${slug}.draft.yaml`);
    } catch (error) {
      if (!(error instanceof AnnotationError)) throw error;
      issues = error.issues;
    }
    expect(issues.filter((i) => !/^statements\[\d+\]\.gloss$/.test(i.path))).toEqual([]);
    expect(issues.length).toBe(
      annotation.statements.filter((s) => s.gloss === null).length * (slug.startsWith('harbor') ? 0 : 1),
    );
  });

  it('proposes statements, sources and entities with the proposer as a TOOL with a version', () => {
    expect(annotation.statements.length).toBeGreaterThan(5);
    expect(annotation.sources.length).toBeGreaterThan(2);
    expect(annotation.annotator).toMatchObject({ id: 'isnad-proposer', kind: 'TOOL' });
    expect(annotation.annotator.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(annotation.article.contentHash).toBe((hands.get(slug) as ResolvedAnnotation).article.contentHash);
  });

  it('marks every assessment as a rule proposal with the rule id, never as a human judgement', () => {
    expect(annotation.assessments.length).toBeGreaterThan(0);
    for (const assessment of annotation.assessments) {
      expect(assessment.method).toBe('RULE');
      expect(assessment.rule).toMatch(/^[a-z0-9-]+$/);
      expect(assessment.assertedBy?.id).toBe('isnad-proposer');
      expect(assessment.confidence).toBeLessThan(0.9);
    }
  });

  it('notes the rules behind every statement and source', () => {
    for (const s of annotation.statements)
      expect(proposal.notes.statements[s.id]?.rules.length).toBeGreaterThan(0);
    for (const s of annotation.sources.filter((x) => x.kind !== 'OUTLET_VOICE')) {
      expect(proposal.notes.sources[s.id]?.rules.length).toBeGreaterThan(0);
    }
  });
});

describe('contradiction candidates on the seed', () => {
  const { annotation } = propose('alarabiya-us-forces-iraq');
  const idOf = (quote: string): string | undefined =>
    annotation.statements.find((s) => s.quote === quote)?.id;

  it('proposes "no changes to deployment plans in Iraq" versus the withdrawal within weeks', () => {
    const noChanges = idOf('لا تغييرات لدينا على خطط الانتشار المستقبلية في العراق');
    const withinWeeks = idOf('ترامب يريد تنفيذ المرحلة الأولى من الانسحاب خلال الأسابيع القليلة المقبلة');
    expect(noChanges).toBeDefined();
    expect(withinWeeks).toBeDefined();
    const found = annotation.assessments.find(
      (a) =>
        a.relation === 'CONTRADICTS' &&
        [a.from, a.to].sort().join() === [noChanges, withinWeeks].sort().join(),
    );
    expect(found).toMatchObject({ method: 'RULE', rule: 'contra-stance' });
    expect(found?.rationale).toMatch(/contra-stance/);
  });

  it('proposes candidates against statements already in the graph (other articles)', () => {
    const { annotation: harbor } = propose('harbor-wire-iraq-drawdown');
    const across = harbor.assessments.filter((a) => a.to.startsWith('alarabiya-us-forces-iraq#'));
    expect(across.map((a) => a.to)).toContain('alarabiya-us-forces-iraq#no-deployment-changes');
  });

  it('never sets a source against itself', () => {
    const sourceOf = new Map(annotation.statements.map((s) => [s.id, s.source]));
    for (const a of annotation.assessments) expect(sourceOf.get(a.from)).not.toBe(sourceOf.get(a.to));
  });
});
