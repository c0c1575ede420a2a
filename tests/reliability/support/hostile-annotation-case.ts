import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import YAML from 'yaml';
import { AnnotationError } from '../../../src/ingest/annotation-error';
import type { AnyAnnotationFile } from '../../../src/ingest/annotation-schema';
import { annotationFilesIn } from '../../../src/ingest/ingest-files';
import { DEFAULT_ANNOTATION_LIMITS, loadAnnotationFile } from '../../../src/ingest/load-annotation';
import { resolveLoadedAnnotation } from '../../../src/ingest/resolve-anchors';
import type { AnyResolved } from '../../../src/ingest/ingest-service';
import { SEED_DIR } from '../../support/seed';
import {
  applyByteEdit,
  applyMutation,
  byteEditArb,
  getAt,
  leavesOf,
  mutationArb,
} from './annotation-mutations';
import type { ByteEdit, JsonPath, Mutation } from './annotation-mutations';

/** A real annotation file the mutations start from (the seed articles). */
export interface BaseAnnotation {
  name: string;
  parsed: unknown;
}

/** A temporary folder holding the seed's article texts, where mutated files are written. */
export interface HostileWorkspace {
  dir: string;
  bases: BaseAnnotation[];
  remove(): void;
}

export function openHostileWorkspace(): HostileWorkspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-hostile-annotations-'));
  for (const name of fs.readdirSync(SEED_DIR).filter((n) => n.endsWith('.txt'))) {
    fs.copyFileSync(path.join(SEED_DIR, name), path.join(dir, name));
  }
  const bases = annotationFilesIn(SEED_DIR).map((file) => ({
    name: path.basename(file).replace(/\.annotation\.ya?ml$/, ''),
    parsed: YAML.parse(fs.readFileSync(file, 'utf8')) as unknown,
  }));
  return { dir, bases, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface HostileCase {
  base: number;
  mutations: Mutation[];
  format: 'yaml' | 'json';
  byteEdit: ByteEdit | null;
}

export const hostileCaseArb = (bases: number): fc.Arbitrary<HostileCase> =>
  fc.record({
    base: fc.nat({ max: bases - 1 }),
    mutations: fc.array(mutationArb, { minLength: 1, maxLength: 2 }),
    format: fc.constantFrom('yaml' as const, 'json' as const),
    // Most cases edit the parsed file; one in five also edits its bytes (the parsers' own input).
    byteEdit: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: byteEditArb }),
  });

export type HostileOutcome =
  | { kind: 'refused'; file: string; error: AnnotationError }
  | { kind: 'accepted'; file: string; raw: unknown; annotation: AnyAnnotationFile; resolved: AnyResolved }
  | { kind: 'crashed'; file: string; error: unknown };

let serial = 0;

/** Writes the mutated file and runs the parser, validator and anchoring on it, as `ingest` does. */
export function runHostileCase(ws: HostileWorkspace, c: HostileCase): HostileOutcome {
  const base = ws.bases[c.base]!;
  const mutated = c.mutations.reduce<unknown>((value, m) => applyMutation(value, m), base.parsed);
  const body = c.format === 'json' ? JSON.stringify(mutated, null, 1) : YAML.stringify(mutated);
  let bytes: Buffer = Buffer.from(body ?? 'null', 'utf8');
  if (c.byteEdit !== null) bytes = applyByteEdit(bytes, c.byteEdit);
  const file = path.join(ws.dir, `${base.name}-${serial++}.annotation.${c.format}`);
  fs.writeFileSync(file, bytes);
  try {
    const loaded = loadAnnotationFile(file, DEFAULT_ANNOTATION_LIMITS);
    const resolved = resolveLoadedAnnotation(loaded);
    // What the file says, read by a parser of our own choosing, not the one under test.
    const source = bytes.toString('utf8');
    const raw: unknown = c.format === 'json' ? JSON.parse(source) : YAML.parse(source);
    return { kind: 'accepted', file, raw, annotation: loaded.annotation, resolved };
  } catch (error) {
    if (error instanceof AnnotationError) return { kind: 'refused', file, error };
    return { kind: 'crashed', file, error };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** Problems with a refusal: it must name the file, and a field path and reason per issue. */
export function refusalProblems(outcome: Extract<HostileOutcome, { kind: 'refused' }>): string[] {
  const { error, file } = outcome;
  const problems: string[] = [];
  if (error.file !== file) problems.push(`names ${error.file}, not ${file}`);
  for (const issue of error.issues) {
    if (issue.path.trim() === '') problems.push(`an issue without a field path: ${issue.reason}`);
    if (issue.reason.trim() === '') problems.push(`an issue at ${issue.path} without a reason`);
  }
  for (const line of error.message.split('\n')) {
    if (!line.startsWith(`${file}: `)) problems.push(`a message line that does not name the file: ${line}`);
  }
  return problems;
}

/**
 * Silent changes in an accepted file: a value the file gives that the validated annotation holds
 * differently, or a statement whose anchored span does not hold its quote.
 */
export function silentChanges(outcome: Extract<HostileOutcome, { kind: 'accepted' }>): string[] {
  const changes: string[] = [];
  const show = (p: JsonPath): string => p.join('.');
  for (const [p, value] of leavesOf(outcome.raw)) {
    const held = getAt(outcome.annotation, p);
    if (Array.isArray(value) || (value !== null && typeof value === 'object')) continue;
    if (!Object.is(held, value))
      changes.push(`${show(p)}: file ${JSON.stringify(value)}, held ${JSON.stringify(held)}`);
  }
  const resolved = outcome.resolved;
  if (resolved.kind === 'annotation') {
    const codePoints = [...resolved.article.text];
    for (const s of resolved.statements) {
      const span = codePoints.slice(s.anchor.start, s.anchor.end).join('');
      if (span !== s.anchor.quote)
        changes.push(`statement ${s.id}: span [${s.anchor.start},${s.anchor.end}) is not its quote`);
    }
  }
  return changes;
}
