import {
  generateLargeArticle,
  largeAnnotation,
  resolveOutcome,
} from '../../fixtures/large-annotation.fixtures';
import type { LargeVariant, ResolveOutcome } from '../../fixtures/large-annotation.fixtures';
import { resolveAnnotation } from '../../../src/ingest/resolve-anchors';
import { createOffsetIndex } from '../../../src/text/spans';

/**
 * What the quadratic resolver (commit 4b0e103) made of the generated 1,500-statement article and of
 * its two broken variants; it took 146, 201 and 150 s for them. If the corpus generator changes,
 * these must be taken again from that commit's resolver, not from the current one.
 */
const BEFORE: Record<LargeVariant, ResolveOutcome> = {
  valid: {
    kind: 'records',
    digest: '95fe5e3552dd741778900ce35a67c904ac190c7288365ec63ef5c7232bb51595',
    count: 1500,
    firstLine: 'headline 0',
  },
  'broken-anchors': {
    kind: 'refused',
    digest: '0f2949afc6e29a2efdf7e1c95fbf83e3723c0e4d74dd9584a34c54abd37feee3',
    count: 507,
    firstLine:
      'a0000000-al-mashriq-post.annotation.yaml: statements[0].quote: quote not found in the article with the given prefix/suffix',
  },
  'broken-references': {
    kind: 'refused',
    digest: '12f6cc44f0e254ea763afd449060a02f5723d0bd5ea83c4ed5020eaa4a559923',
    count: 136,
    firstLine:
      'a0000000-al-mashriq-post.annotation.yaml: statements[1500].id: duplicate id "s4-border-crossing" (first at statements[4])',
  },
};

describe('a 1,500-statement annotation resolves as before (anchoring it took 122 s: quadratic)', () => {
  const article = generateLargeArticle(1500);

  it.each(Object.keys(BEFORE) as LargeVariant[])(
    'gives the same records or the same refusal as the quadratic resolver: %s',
    (variant) => {
      expect(resolveOutcome(article, largeAnnotation(article, variant))).toEqual(BEFORE[variant]);
    },
    120_000,
  );

  it('anchors every statement on its quote and its line', () => {
    const resolved = resolveAnnotation(
      article.annotation,
      new TextEncoder().encode(article.text),
      `${article.slug}.txt`,
      `${article.slug}.annotation.yaml`,
    );
    const { text } = resolved.article;
    const index = createOffsetIndex(text);
    // linesBefore[i]: line breaks among the first i UTF-16 units.
    const linesBefore = [0];
    for (let i = 0; i < text.length; i++) linesBefore.push(linesBefore[i]! + (text[i] === '\n' ? 1 : 0));
    const wrong = resolved.statements.filter(({ anchor, paragraph }) => {
      const from = index.toUtf16(anchor.start);
      const quoted = text.slice(from, index.toUtf16(anchor.end)) === anchor.quote;
      return !quoted || linesBefore[from] !== paragraph;
    });
    expect(resolved.statements).toHaveLength(1500);
    expect(wrong).toEqual([]);
  }, 120_000);
});
