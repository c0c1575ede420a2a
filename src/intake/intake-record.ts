/**
 * The intake record `isnad intake` writes next to the text (`<slug>.intake.json`): the page's
 * metadata with origins and the RETRIEVAL activity. An annotation that names it
 * (`article.retrievalRecord`) carries the retrieval into the graph when it is ingested; this schema
 * is what such a record must hold, checked before anything is written.
 */
import { z } from 'zod';
import type { PageMetadata } from './metadata';
import type { RetrievalActivity } from './provenance';

const text = z.string().min(1);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex sha256');
const sourced = <T extends z.ZodType>(value: T) => z.strictObject({ value, origin: text }).nullable();

const metadataSchema = z.strictObject({
  headline: sourced(z.string()),
  outlet: sourced(z.string()),
  canonicalUrl: sourced(z.string()),
  datePublished: sourced(z.string()),
  dateModified: sourced(z.string()),
  authors: sourced(z.array(z.string())),
  language: sourced(z.string()),
});

const retrievalSchema = z.strictObject({
  id: z.string().regex(/^act_[0-9a-f]+$/, 'must be an activity id'),
  type: z.literal('RETRIEVAL'),
  source: z.enum(['url', 'file', 'html']),
  requestedUrl: z.url().nullable(),
  finalUrl: z.url().nullable(),
  redirects: z.array(z.strictObject({ url: z.url(), status: z.number().int(), location: z.url() })),
  retrievedAt: z.iso.datetime({ offset: true }),
  // Absent from records written before the activity's start and end were kept.
  requestedAt: z.iso.datetime({ offset: true }).nullable().default(null),
  extractedAt: z.iso.datetime({ offset: true }).nullable().default(null),
  httpStatus: z.number().int().nullable(),
  contentType: text.nullable(),
  file: text.nullable(),
  rawSha256: sha256,
  rawBytes: z.number().int().nonnegative(),
  artifact: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be sha256:<hex>'),
  charset: text,
  charsetOrigin: z.enum(['bom', 'http:content-type', 'html:meta', 'default']),
  textSha256: sha256,
  extractor: z.strictObject({
    name: text,
    version: text,
    dom: z.strictObject({ name: text, version: text }),
    isnadVersion: text,
  }),
  normalisation: text,
});

export const intakeRecordSchema = z.object({
  slug: text,
  textFile: text,
  wasRevisionOf: text.nullable(),
  headlineLine: z.string().nullable(),
  metadata: metadataSchema,
  retrieval: retrievalSchema,
});

/** What an ingest takes from an intake record: the activity and the metadata it holds. */
export interface IntakeRecordRetrieval {
  activity: RetrievalActivity;
  metadata: PageMetadata;
  /**
   * The slug of the earlier version the CLI found under this slug (its text changed): the ingest
   * links the new article to that one as its revision, as a changed page at the same URL is.
   */
  revisionOfSlug?: string | null;
}
