/**
 * Reading annotation files: YAML (or JSON) text → validated plain objects, plus the article bytes
 * the annotation is anchored in. Nothing here looks at the article's words; resolve-anchors does.
 */
import { readFileSync, statSync } from 'fs';
import { dirname, resolve } from 'path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import type { IntakeRecordRetrieval } from '../intake/intake-record';
import { AnnotationError, formatPath } from './annotation-error';
import type { AnnotationIssue } from './annotation-error';
import { annotationFileSchema, correctionFileSchema } from './annotation-schema';
import type { AnyAnnotationFile } from './annotation-schema';

import { loadRetrievalRecord } from './retrieval-record';
export { AnnotationError } from './annotation-error';

/** Bounds on an annotation file (ISNAD_MAX_ANNOTATION_BYTES, ISNAD_MAX_ANNOTATION_STRING_LENGTH). */
export interface AnnotationLimits {
  /** Largest annotation file read, in bytes: past it the file is refused before it is parsed. */
  maxFileBytes: number;
  /** Longest string (a quote, a label) in an annotation file, in characters. */
  maxStringLength: number;
}

export const DEFAULT_ANNOTATION_LIMITS: AnnotationLimits = {
  maxFileBytes: 10_485_760,
  maxStringLength: 100_000,
};
export type { AnnotationIssue } from './annotation-error';

/** A validated annotation file together with the article it is anchored in. */
export interface LoadedAnnotation {
  /** The annotation file's path (as given), used in every error message. */
  file: string;
  annotation: AnyAnnotationFile;
  /** Absolute path of the article text file named by `article.textFile`. */
  articlePath: string;
  /** The retrieval of the intake record named by `article.retrievalRecord`, when it names one. */
  retrieval?: IntakeRecordRetrieval;
  /** The article's exact bytes: hashed and decoded as they are, never trimmed. */
  articleBytes: Buffer;
}

/**
 * Parses and validates the text of an annotation file. `file` names it in errors; a name ending in
 * `.json` is parsed as strict JSON, anything else as YAML 1.2 (duplicate keys are errors).
 * @throws AnnotationError naming the file, the field path and the reason.
 */
export function parseAnnotation(
  source: string,
  file: string,
  limits: AnnotationLimits = DEFAULT_ANNOTATION_LIMITS,
): AnyAnnotationFile {
  const raw = file.endsWith('.json') ? parseJson(source, file) : parseYaml(source, file);
  const long = longStringPath(raw, limits.maxStringLength);
  if (long !== null) {
    throw new AnnotationError(file, {
      path: long,
      reason: `is longer than ${limits.maxStringLength} characters (ISNAD_MAX_ANNOTATION_STRING_LENGTH)`,
    });
  }
  const surrogate = loneSurrogatePath(raw);
  if (surrogate !== null) {
    throw new AnnotationError(file, {
      path: surrogate,
      reason:
        'contains an unpaired UTF-16 surrogate (a lone \\uD800-\\uDFFF escape), which has no UTF-8 form',
    });
  }
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
export function loadAnnotationText(
  source: string,
  file: string,
  baseDir: string,
  limits: AnnotationLimits = DEFAULT_ANNOTATION_LIMITS,
): LoadedAnnotation {
  const annotation = parseAnnotation(source, file, limits);
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
  const retrieval =
    annotation.kind === 'annotation' ? loadRetrievalRecord(annotation, file, baseDir) : undefined;
  return { file, annotation, articlePath, articleBytes, ...(retrieval ? { retrieval } : {}) };
}

/**
 * Reads, validates and loads the article of the annotation file at `path`. The file must be valid
 * UTF-8 (a bad byte would otherwise be stored as U+FFFD without a word) and within the size bound.
 */
export function loadAnnotationFile(
  path: string,
  limits: AnnotationLimits = DEFAULT_ANNOTATION_LIMITS,
): LoadedAnnotation {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > limits.maxFileBytes) {
      throw new AnnotationError(path, {
        path: '(root)',
        reason: `the file is ${size} bytes; at most ${limits.maxFileBytes} are read (ISNAD_MAX_ANNOTATION_BYTES)`,
      });
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof AnnotationError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new AnnotationError(path, { path: '(root)', reason: `cannot read the file (${code})` });
  }
  const source = decodeUtf8(bytes, path);
  return loadAnnotationText(source, path, dirname(resolve(path)), limits);
}

function parseYaml(source: string, file: string): unknown {
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new AnnotationError(
      file,
      doc.errors.map((error) => ({ path: '(yaml)', reason: error.message.split('\n')[0] ?? error.message })),
    );
  }
  try {
    return doc.toJS();
  } catch (error) {
    // yaml refuses an alias bomb (`Excessive alias count`) while building the objects.
    throw new AnnotationError(file, { path: '(yaml)', reason: oneLine((error as Error).message) });
  }
}

const LONE_SURROGATE = /\p{Cs}/u;

/** The field path of the first string (key or value) longer than `max`, or null. */
function longStringPath(raw: unknown, max: number): string | null {
  return firstStringPath(raw, (s) => s.length > max);
}

/**
 * The path of the first string (key or value) holding an unpaired UTF-16 surrogate (a YAML or
 * JSON `\ud800` escape), or null: such a string has no UTF-8 bytes and cannot be stored or hashed.
 */
function loneSurrogatePath(raw: unknown): string | null {
  return firstStringPath(raw, (s) => LONE_SURROGATE.test(s));
}

/** The field path of the first string (key or value) in `raw` that `bad` picks, or null. */
function firstStringPath(raw: unknown, bad: (s: string) => boolean): string | null {
  const pending: [unknown, PropertyKey[]][] = [[raw, []]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [value, at] = next;
    if (typeof value === 'string') {
      if (bad(value)) return formatPath(at) || '(root)';
    } else if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => pending.push([item, [...at, index]]));
    } else if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (bad(key)) return formatPath([...at, key]);
        pending.push([item, [...at, key]]);
      }
    }
  }
  return null;
}

function parseJson(source: string, file: string): unknown {
  try {
    return JSON.parse(source) as unknown;
  } catch (error) {
    throw new AnnotationError(file, { path: '(json)', reason: oneLine((error as Error).message) });
  }
}

/**
 * A parser's message on one printable line: V8 quotes the file's own text in JSON errors, newlines
 * and control bytes included, which would break the one `FILE: PATH: REASON` line per issue.
 */
function oneLine(message: string): string {
  return message.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
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

/** The file's text; invalid UTF-8 is an error naming the line and byte where it is. */
function decodeUtf8(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    throw new AnnotationError(file, {
      path: '(root)',
      reason: `invalid UTF-8 at byte ${offset} (line ${line}); save the file as UTF-8`,
    });
  }
}

/** The offset of the first byte that does not decode as UTF-8. */
function firstInvalidUtf8(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  // The longest prefix that decodes (streaming: it may end inside a character), by bisection.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (decodesUpTo(bytes, middle)) low = middle;
    else high = middle - 1;
  }
  if (low < bytes.length) return low;
  // Every prefix decodes: the file ends inside a character; it starts at the last lead byte.
  let start = bytes.length - 1;
  while (start > 0 && ((bytes[start] ?? 0) & 0xc0) === 0x80) start -= 1;
  return start;
}

function decodesUpTo(bytes: Buffer, end: number): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
    return true;
  } catch {
    return false;
  }
}
