/**
 * Reading annotation files: YAML (or JSON) text → validated plain objects, plus the article bytes
 * the annotation is anchored in. Nothing here looks at the article's words; resolve-anchors does.
 */
import { readFileSync } from 'fs';
import { dirname, resolve } from 'path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { AnnotationError, formatPath } from './annotation-error';
import type { AnnotationIssue } from './annotation-error';
import { annotationFileSchema, correctionFileSchema } from './annotation-schema';
import type { AnyAnnotationFile } from './annotation-schema';

export { AnnotationError } from './annotation-error';
export type { AnnotationIssue } from './annotation-error';

/** A validated annotation file together with the article it is anchored in. */
export interface LoadedAnnotation {
  /** The annotation file's path (as given), used in every error message. */
  file: string;
  annotation: AnyAnnotationFile;
  /** Absolute path of the article text file named by `article.textFile`. */
  articlePath: string;
  /** The article's exact bytes: hashed and decoded as they are, never trimmed. */
  articleBytes: Buffer;
}

/**
 * Parses and validates the text of an annotation file. `file` names it in errors; a name ending in
 * `.json` is parsed as strict JSON, anything else as YAML 1.2 (duplicate keys are errors).
 * @throws AnnotationError naming the file, the field path and the reason.
 */
export function parseAnnotation(source: string, file: string): AnyAnnotationFile {
  const raw = file.endsWith('.json') ? parseJson(source, file) : parseYaml(source, file);
  // Picking the schema by `kind` first keeps error paths about the file the annotator meant to write.
  const isCorrection = isRecord(raw) && raw.kind === 'correction';
  const schema = isCorrection ? correctionFileSchema : annotationFileSchema;
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new AnnotationError(
      file,
      result.error.issues.flatMap((issue) => toAnnotationIssues(issue, raw)),
    );
  }
  return result.data;
}

/**
 * Validates an annotation file's text and reads the article it names; `baseDir` is the directory the
 * annotation file lives in, which `article.textFile` is relative to.
 * @throws AnnotationError when the file is invalid or the article cannot be read.
 */
export function loadAnnotationText(source: string, file: string, baseDir: string): LoadedAnnotation {
  const annotation = parseAnnotation(source, file);
  const articlePath = resolve(baseDir, annotation.article.textFile);
  let articleBytes: Buffer;
  try {
    articleBytes = readFileSync(articlePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new AnnotationError(file, {
      path: 'article.textFile',
      reason: `cannot read ${articlePath} (${code})`,
    });
  }
  return { file, annotation, articlePath, articleBytes };
}

/** Reads, validates and loads the article of the annotation file at `path`. */
export function loadAnnotationFile(path: string): LoadedAnnotation {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new AnnotationError(path, { path: '(root)', reason: `cannot read the file (${code})` });
  }
  return loadAnnotationText(source, path, dirname(resolve(path)));
}

function parseYaml(source: string, file: string): unknown {
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new AnnotationError(
      file,
      doc.errors.map((error) => ({ path: '(yaml)', reason: error.message.split('\n')[0] ?? error.message })),
    );
  }
  return doc.toJS();
}

function parseJson(source: string, file: string): unknown {
  try {
    return JSON.parse(source) as unknown;
  } catch (error) {
    throw new AnnotationError(file, { path: '(json)', reason: (error as Error).message });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Turns one zod issue into issues an annotator can act on (one per unknown key, "is required"). */
function toAnnotationIssues(issue: z.core.$ZodIssue, raw: unknown): AnnotationIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      reason: 'unknown field (check its spelling; see docs/annotation-guide.md)',
    }));
  }
  // zod words a missing field differently per schema (type, union, custom message); the input does not lie.
  const missing = issue.code !== 'custom' && issue.path.length > 0 && valueAt(raw, issue.path) === undefined;
  return [{ path: formatPath(issue.path), reason: missing ? 'is required' : issue.message }];
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
