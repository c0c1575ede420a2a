import type { ResolvedAnnotation, ResolvedCorrectionFile } from './resolved-annotation';

type AnyResolved = ResolvedAnnotation | ResolvedCorrectionFile;

/** Slugs of other articles a file refers to (assessments, source identities, corrections). */
export function referencedSlugs(file: AnyResolved): Set<string> {
  const refs =
    file.kind === 'annotation'
      ? [
          ...file.assessments.flatMap((a) => [a.from, a.to]),
          ...file.sources.flatMap((s) => s.sameAs.map((x) => x.ref)),
          ...file.corrections.map((c) => c.supersedes),
        ]
      : file.corrections.flatMap((c) => [
          c.supersedes,
          ...(c.assessment ? [c.assessment.from, c.assessment.to] : []),
        ]);
  const slugs = new Set(refs.filter((r) => r.article !== file.article.slug).map((r) => r.article));
  // A correction file needs the annotation of its own article first.
  if (file.kind === 'correction') slugs.add(file.article.slug);
  return slugs;
}

/**
 * Orders files so that each comes after the files of the articles it refers to; otherwise the
 * given order is kept. Annotations come before corrections of the same article. A cycle keeps
 * the remaining files in their given order (the writer then reports the missing references).
 */
export function orderByDependencies<T extends AnyResolved>(files: readonly T[]): T[] {
  const pending = [...files];
  const done = new Set<string>();
  const ordered: T[] = [];
  while (pending.length > 0) {
    const index = pending.findIndex((file) =>
      [...referencedSlugs(file)].every(
        (slug) =>
          done.has(slug) ||
          !pending.some((p) => p.kind === 'annotation' && p.article.slug === slug && p !== file),
      ),
    );
    const [next] = pending.splice(index === -1 ? 0 : index, 1);
    if (next === undefined) break;
    ordered.push(next);
    if (next.kind === 'annotation') done.add(next.article.slug);
  }
  return ordered;
}
