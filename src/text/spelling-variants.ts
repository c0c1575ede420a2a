/**
 * The spelling-variant table (`spelling-variants.yaml` beside this file), applied by query
 * expansion: a search word is replaced by "any spelling of its group" (`+(امريك اميرك american)`).
 *
 * Expansion rather than rewriting the indexed text, because the stored `searchText` then stays
 * what folding and stemming make of the words alone: editing the table changes the next query,
 * with no rewrite of millions of nodes and no index rebuild, and a database written before an
 * edit answers like one written after it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../config/project-root';
import { searchQueryTokens } from './arabic-stem';
import { analyzedTerm } from './analyzed-term';

/**
 * Most spellings one search word may expand to. Each is a Lucene clause, and a search has at most
 * `maxSearchTerms` words, so this keeps a query far below Lucene's limit of 1,024 clauses.
 */
export const MAX_SPELLINGS = 8;

const tableSchema = z.object({
  groups: z
    .array(
      z.object({
        spellings: z.array(z.string().min(1)).min(2),
        why: z.string().min(1),
      }),
    )
    .min(1),
});

export type SpellingVariantTable = z.output<typeof tableSchema>;

/** For each analyzed term, the stems of every spelling that shares a group with it. */
export type VariantIndex = ReadonlyMap<string, readonly string[]>;

/** The table's file: data, read at run time from the source tree (the image ships it). */
export function spellingVariantsFile(): string {
  return path.join(projectRoot(), 'src', 'text', 'spelling-variants.yaml');
}

/** Reads and checks the table; throws naming the file and the first problem. */
export function loadSpellingVariantTable(file = spellingVariantsFile()): SpellingVariantTable {
  const parsed = tableSchema.safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * Indexes a table by analyzed term. Every spelling must be one search word that is not a stop
 * word; a word in several groups gets the union, which must stay within `MAX_SPELLINGS`.
 */
export function indexSpellingVariants(table: SpellingVariantTable): VariantIndex {
  const index = new Map<string, Set<string>>();
  for (const [g, group] of table.groups.entries()) {
    const stems = group.spellings.map((spelling) => {
      const tokens = searchQueryTokens(spelling);
      if (tokens.length !== 1 || analyzedTerm(tokens[0]!) === null) {
        throw new Error(`spelling variants, group ${g + 1}: "${spelling}" is not one searchable word`);
      }
      return tokens[0]!;
    });
    for (const stem of stems) {
      const key = analyzedTerm(stem)!;
      const spellings = index.get(key) ?? new Set([stem]);
      for (const other of stems) spellings.add(other);
      index.set(key, spellings);
    }
  }
  const result = new Map<string, readonly string[]>();
  for (const [key, spellings] of index) {
    if (spellings.size > MAX_SPELLINGS) {
      throw new Error(
        `spelling variants: "${key}" has ${spellings.size} spellings, at most ${MAX_SPELLINGS}`,
      );
    }
    result.set(key, [...spellings]);
  }
  return result;
}

let loaded: VariantIndex | undefined;

/** The project's table, loaded and indexed once. */
export function spellingVariantIndex(): VariantIndex {
  return (loaded ??= indexSpellingVariants(loadSpellingVariantTable()));
}

/**
 * The stems a search word may match: the word's own stem first, then the other spellings of its
 * group (none when the table has no group for it).
 *
 * @param stem One search token (from `searchQueryTokens`).
 */
export function spellingsOf(stem: string, index: VariantIndex = spellingVariantIndex()): string[] {
  const key = analyzedTerm(stem);
  const variants = key === null ? undefined : index.get(key);
  return [stem, ...(variants ?? []).filter((variant) => variant !== stem)];
}
