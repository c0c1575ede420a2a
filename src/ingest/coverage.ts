/**
 * Coverage: an annotation accounts for every sentence of its article, either as (part of) a
 * statement or as an exclusion with a reason, so that a reader can tell "not annotated" from
 * "looked at and judged not to be a claim".
 */
import { AnnotationError } from './annotation-error';
import type { ResolvedAnnotation } from './resolved-annotation';
import { splitSentences } from '../text/sentences';
import type { Sentence } from '../text/sentences';
import { SpanIndex } from '../text/span-index';

/** The sentences of the article that overlap no statement span and no excluded span. */
export function findUncoveredSentences(annotation: ResolvedAnnotation): Sentence[] {
  const covered = new SpanIndex([
    ...annotation.statements.map((s) => s.anchor),
    ...annotation.excluded.map((e) => e.anchor),
  ]);
  return splitSentences(annotation.article.text).filter(
    (sentence) => covered.overlapping(sentence).length === 0,
  );
}

/**
 * @throws AnnotationError with one `excluded` issue per uncovered sentence, quoting its beginning.
 */
export function assertCoverage(annotation: ResolvedAnnotation): void {
  const uncovered = findUncoveredSentences(annotation);
  if (uncovered.length === 0) return;
  throw new AnnotationError(
    annotation.file,
    uncovered.map((sentence) => ({
      path: 'excluded',
      reason:
        `sentence at code points ${sentence.start}–${sentence.end} (line ${sentence.paragraph + 1}) ` +
        `"${[...sentence.text].slice(0, 40).join('')}…" is covered by no statement and no excluded entry`,
    })),
  );
}
