/**
 * The evaluation split (`eval/split.yaml`): which hand-annotated articles the rules may be tuned on
 * (`dev`) and which are only ever measured (`test`). The file is the record that the split was fixed
 * before tuning; this module refuses a split that leaves an article out or puts one in both sets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../../config/project-root';

export const EVAL_SETS = ['dev', 'test'] as const;
export type EvalSetName = (typeof EVAL_SETS)[number];

/** One article of the evaluation. */
export interface EvalArticle {
  /** The annotation file, absolute. */
  file: string;
  set: EvalSetName;
}

const splitSchema = z.strictObject({ dev: z.array(z.string().min(1)), test: z.array(z.string().min(1)) });

/** A split file that cannot be used, naming the file and what is wrong. */
export class SplitError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'SplitError';
  }
}

export const SPLIT_FILE = path.join('eval', 'split.yaml');

/** The articles of `eval/split.yaml`, dev first, in the order listed (folders sorted by name). */
export function loadSplit(root: string = projectRoot()): EvalArticle[] {
  const file = path.join(root, SPLIT_FILE);
  const raw: unknown = parse(fs.readFileSync(file, 'utf8'));
  const parsed = splitSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SplitError(file, `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  const articles: EvalArticle[] = [];
  const seen = new Map<string, EvalSetName>();
  for (const set of EVAL_SETS) {
    parsed.data[set].forEach((entry, i) => {
      for (const annotation of expand(root, entry, `${set}[${i}]`, file)) {
        const earlier = seen.get(annotation);
        if (earlier !== undefined)
          throw new SplitError(
            file,
            `${set}[${i}]: ${path.relative(root, annotation)} is already in ${earlier}`,
          );
        seen.set(annotation, set);
        articles.push({ file: annotation, set });
      }
    });
  }
  for (const orphan of annotationsUnder(path.join(root, 'eval')).filter((f) => !seen.has(f)))
    throw new SplitError(file, `${path.relative(root, orphan)} is in neither dev nor test`);
  return articles;
}

function expand(root: string, entry: string, where: string, file: string): string[] {
  const target = path.resolve(root, entry);
  if (!target.startsWith(root + path.sep))
    throw new SplitError(file, `${where}: ${entry} is outside the project`);
  if (!fs.existsSync(target)) {
    // A set folder that holds nothing yet is empty, not an error; a named file must exist.
    if (entry.endsWith('/')) return [];
    throw new SplitError(file, `${where}: ${entry} does not exist`);
  }
  if (fs.statSync(target).isDirectory()) return annotationsIn(target);
  if (!target.endsWith('.annotation.yaml'))
    throw new SplitError(file, `${where}: ${entry} is not an annotation file`);
  return [target];
}

function annotationsIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.annotation.yaml'))
    .sort()
    .map((f) => path.join(dir, f));
}

function annotationsUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return annotationsUnder(full);
    return d.name.endsWith('.annotation.yaml') ? [full] : [];
  });
}
