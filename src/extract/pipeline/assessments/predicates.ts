/**
 * The predicate classes of rules/predicates.yaml: opposite classes ("stay" / "leave") make two claims
 * about the same thing a contradiction candidate, one class with one polarity an agreement candidate.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { PhraseMatcher } from '../../rules-engine/phrase-matcher';
import { RuleFileError, rulesDirectory } from '../../rules-engine/load-rules';
import { foldArabic } from '../../../text/arabic-fold';
import { stemToken } from '../../../text/arabic-stem';

const predicatesSchema = z
  .object({
    stopwords: z.array(z.string().min(1)),
    classes: z.array(
      z
        .object({
          id: z.string().min(1),
          opposite: z.string().min(1),
          forms: z.array(z.string().min(1)).min(1),
        })
        .strict(),
    ),
    /** Counted nouns that count the same thing (injured / hurt / جرحى); `exact`: any other value conflicts (10 p.m. / 11 p.m.). */
    units: z
      .array(
        z
          .object({
            id: z.string().min(1),
            exact: z.boolean().default(false),
            forms: z.array(z.string().min(1)).min(1),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

/** The compiled predicate lexicon. */
export interface PredicateLexicon {
  stopwords: ReadonlySet<string>;
  /** Class id → its opposite class id. */
  opposite: ReadonlyMap<string, string>;
  matcher: PhraseMatcher<string>;
  /** Folded form or stem of a counted noun → its unit class. */
  units: ReadonlyMap<string, string>;
  /** Unit classes whose values must be equal to agree (times of day). */
  exactUnits: ReadonlySet<string>;
}

let cached: PredicateLexicon | undefined;

/** Loads rules/predicates.yaml once (`from`, another rules folder, is read afresh). @throws RuleFileError naming the file and the first bad field. */
export function predicateLexicon(from?: string): PredicateLexicon {
  if (cached && from === undefined) return cached;
  const dir = from ?? rulesDirectory();
  const file = path.join(dir, 'predicates.yaml');
  let raw: unknown;
  try {
    raw = parse(fs.readFileSync(file, 'utf8'), { uniqueKeys: true });
  } catch (error) {
    throw new RuleFileError(`${file}: ${(error as Error).message.split('\n')[0] ?? 'unreadable'}`);
  }
  const result = predicatesSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new RuleFileError(`${file}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  const ids = new Set(result.data.classes.map((c) => c.id));
  for (const [i, c] of result.data.classes.entries())
    if (!ids.has(c.opposite))
      throw new RuleFileError(`${file}: classes.${i}.opposite: unknown class ${c.opposite}`);
  const lexicon: PredicateLexicon = {
    stopwords: new Set(result.data.stopwords.map((w) => foldArabic(w.toLowerCase()))),
    opposite: new Map(result.data.classes.map((c) => [c.id, c.opposite])),
    matcher: new PhraseMatcher(
      result.data.classes.flatMap((c) => c.forms.map((phrase) => ({ phrase, value: c.id }))),
      ['و', 'ف', 'ب', 'ل'],
    ),
    units: new Map(
      result.data.units.flatMap((u) =>
        u.forms.flatMap((form) => {
          const key = foldArabic(form.toLowerCase());
          return [
            [key, u.id],
            [stemToken(key), u.id],
          ] as [string, string][];
        }),
      ),
    ),
    exactUnits: new Set(result.data.units.filter((u) => u.exact).map((u) => u.id)),
  };
  if (from === undefined) cached = lexicon;
  return lexicon;
}
