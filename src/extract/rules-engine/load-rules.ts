/**
 * Reads and validates the rule files. They ship with the code (like the GraphQL SDL) and are read
 * from the project root, so that the same files serve `src/` under tests and `dist/` in the CLI.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { gazetteerSchema, languageRulesSchema } from './rule-schema';
import type { Gazetteer, LanguageRules } from './rule-schema';
import { projectRoot } from '../../config/project-root';

/** The languages that have a rule file. */
export const PROPOSER_LANGUAGES = ['ar', 'en'] as const;
export type ProposerLanguage = (typeof PROPOSER_LANGUAGES)[number];

/** Both rule sets and the gazetteer: everything a proposal needs besides the article. */
export interface RuleSet {
  languages: Record<ProposerLanguage, LanguageRules>;
  gazetteer: Gazetteer;
}

/** Thrown when a rule file is missing or invalid; the message names the file and the field. */
export class RuleFileError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = 'RuleFileError';
  }
}

let cached: RuleSet | undefined;

/** The directory holding ar.yaml, en.yaml and gazetteer.yaml. */
export function rulesDirectory(): string {
  return path.join(projectRoot(), 'src', 'extract', 'rules');
}

/**
 * Loads the rule files once per process (`dir` defaults to {@link rulesDirectory}; a different `dir`
 * is read afresh, for tests of edited rules).
 * @throws RuleFileError naming the file and the first invalid fields.
 */
export function loadRuleSet(dir?: string): RuleSet {
  if (dir === undefined && cached) return cached;
  const base = dir ?? rulesDirectory();
  const ruleSet: RuleSet = {
    languages: {
      ar: readValidated(path.join(base, 'ar.yaml'), languageRulesSchema),
      en: readValidated(path.join(base, 'en.yaml'), languageRulesSchema),
    },
    gazetteer: readValidated(path.join(base, 'gazetteer.yaml'), gazetteerSchema),
  };
  assertUniqueRuleIds(ruleSet);
  if (dir === undefined) cached = ruleSet;
  return ruleSet;
}

function readValidated<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let raw: unknown;
  try {
    raw = parse(fs.readFileSync(file, 'utf8'), { uniqueKeys: true });
  } catch (error) {
    throw new RuleFileError(`${file}: ${(error as Error).message.split('\n')[0] ?? 'unreadable'}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new RuleFileError(`${file}: ${issues.join('; ')}`);
  }
  return result.data;
}

/** Rule ids end up in assessments; two rules with one id would make that record ambiguous. */
function assertUniqueRuleIds(ruleSet: RuleSet): void {
  const seen = new Set<string>();
  for (const rules of Object.values(ruleSet.languages)) {
    const ids = [
      ...rules.cues.map((c) => c.id),
      ...rules.sources.anonymousHeads.map((h) => h.id),
      ...rules.sources.unattributedHeads.map((h) => h.id),
      ...rules.sources.institutionHeads.map((h) => h.id),
      ...rules.sources.roleHeads.map((h) => h.id),
      ...rules.sources.circumstances.map((c) => c.id),
      ...rules.hedges.map((h) => h.id),
      rules.inference.id,
      rules.splitters.id,
      ...(rules.timeAdverbs ? [rules.timeAdverbs.id] : []),
      ...(rules.reportNouns ? [rules.reportNouns.id] : []),
      ...rules.passiveAttributions.map((p) => p.id),
    ];
    for (const id of ids) {
      if (seen.has(id)) throw new RuleFileError(`rule id "${id}" is used twice`);
      seen.add(id);
    }
  }
}
