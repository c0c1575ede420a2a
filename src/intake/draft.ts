import { proposeAnnotations } from '../extract';
import type { ExistingStatement, Proposal } from '../extract';
import type { Outlet } from '../ingest/annotation-schema';
import type { IntakeResult } from './intake-page';

/** ISO 8601 as the annotation format takes it: a date, or a date-time with an offset. */
const ANNOTATION_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** The `article` fields an intake knows from the page itself: its URL and, when given, its date. */
export function articleFieldsOf(result: IntakeResult): {
  url: string | null;
  retrievedFrom: string | null;
  publishedAt: string | null;
} {
  const { retrieval, article } = result;
  const published = article.metadata.datePublished?.value ?? null;
  return {
    url: article.metadata.canonicalUrl?.value ?? retrieval.finalUrl ?? retrieval.requestedUrl,
    retrievedFrom: retrieval.finalUrl ?? retrieval.requestedUrl,
    // A page date the annotation format cannot hold as written (no offset) is left out, not rewritten.
    publishedAt: published !== null && ANNOTATION_DATE.test(published) ? published : null,
  };
}

/**
 * The proposer's draft for an intake, with the page's URL and date in `article`: the same draft
 * `isnad propose` makes for the text file, so that it anchors to the intake's text unchanged.
 */
export function proposeForIntake(
  result: IntakeResult,
  options: {
    slug: string;
    textFile: string;
    /** The intake record written next to the text, named in the draft so that ingest records the retrieval. */
    retrievalRecord?: string;
    outlet?: Outlet;
    existing?: readonly ExistingStatement[];
  },
): Proposal {
  const proposal = proposeAnnotations({
    text: result.article.text,
    language: result.proposerLanguage,
    slug: options.slug,
    textFile: options.textFile,
    existing: options.existing ?? [],
    ...(options.outlet ? { outlet: options.outlet } : {}),
  });
  return {
    ...proposal,
    annotation: {
      ...proposal.annotation,
      article: {
        ...proposal.annotation.article,
        ...articleFieldsOf(result),
        ...(options.retrievalRecord ? { retrievalRecord: options.retrievalRecord } : {}),
      },
    },
  };
}
