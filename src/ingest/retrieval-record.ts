/**
 * Loading the intake record an annotation names in `article.retrievalRecord` (relative to the
 * annotation file, as `textFile` is): the RETRIEVAL activity that took the article's text from its
 * page, which the ingest writes with the article. The record must be of this article's text and
 * consistent with itself; otherwise the file is refused, naming the field, and nothing is written.
 */
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { intakeRecordSchema } from '../intake/intake-record';
import type { IntakeRecordRetrieval } from '../intake/intake-record';
import { retrievalId } from '../intake/provenance';
import { AnnotationError } from './annotation-error';
import type { AnnotationFile } from './annotation-schema';

const FIELD = 'article.retrievalRecord';

/** The retrieval of the record `annotation` names, or undefined when it names none. @throws AnnotationError */
export function loadRetrievalRecord(
  annotation: AnnotationFile,
  file: string,
  baseDir: string,
): IntakeRecordRetrieval | undefined {
  const name = annotation.article.retrievalRecord;
  if (name === undefined) return undefined;
  const refuse = (reason: string) => new AnnotationError(file, { path: FIELD, reason });
  const recordPath = resolve(baseDir, name);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(recordPath, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw refuse(
      code
        ? `cannot read ${recordPath} (${code})`
        : `${recordPath} is not JSON (${(error as Error).message})`,
    );
  }
  const parsed = intakeRecordSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw refuse(`${recordPath}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const { retrieval, metadata, wasRevisionOf } = parsed.data;
  if (retrieval.textSha256 !== annotation.article.contentHash) {
    throw refuse(
      `${recordPath} records the retrieval of another text (textSha256 ${retrieval.textSha256}, not this article's contentHash)`,
    );
  }
  if (retrieval.artifact !== `sha256:${retrieval.rawSha256}` || retrieval.id !== retrievalId(retrieval)) {
    throw refuse(
      `${recordPath}: the retrieval's id or artifact does not derive from its bytes, URLs and extractor`,
    );
  }
  return { activity: retrieval, metadata, revisionOfSlug: wasRevisionOf };
}
