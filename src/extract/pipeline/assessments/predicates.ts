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
          /** The class that asserts the contrary; a class without one only says what a claim is about. */
          opposite: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
          forms: z.array(z.string().min(1)).min(1),
          /** Rare enough that two sources of one article using contraries of it are about one fact. */
          specific: z.boolean().default(false),
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
            /** Counts of one event (killed, injured): two figures of the class are about the same thing. */
            event: z.boolean().default(false),
            forms: z.array(z.string().min(1)).min(1),
          })
          .strict(),
      )
      .default([]),
    /** Bounds on a figure beyond the gazetteer's ("within 24 hours", "fewer than"). */
    bounds: z
      .object({
        upper: z.array(z.string().min(1)).default([]),
        lower: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .default({ upper: [], lower: [] }),
    /** Words of time: a figure counting them is a duration, compared in hours. */
    durations: z
      .array(
        z
          .object({
            hours: z.number().positive(),
            forms: z.array(z.string().min(1)).min(1),
            duals: z.array(z.string().min(1)).default([]),
          })
          .strict(),
      )
      .default([]),
    /** Month names and seasons (month 1–12) for dates; `before`/`after` bound a date ("by", "not before"). */
    months: z
      .array(
        z
          .object({ month: z.number().int().min(1).max(12), forms: z.array(z.string().min(1)).min(1) })
          .strict(),
      )
      .default([]),
    dateBounds: z
      .object({
        before: z.array(z.string().min(1)).default([]),
        after: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .default({ before: [], after: [] }),
    /** Words that open what a negation or a denial is about ("any offer", "أي عرض"). */
    focusMarkers: z.array(z.string().min(1)).default([]),
    /** Multipliers beyond the gazetteer's (تريليون, billion). */
    multipliers: z.record(z.string(), z.number().positive()).default({}),
    /** Negations that do not deny what follows ("not only", غير as a prefix), and words after one that undo it. */
    notFocus: z.array(z.string().min(1)).default([]),
    /** Words before a negation that make it a condition ("if not", إذا لم), not a denial. */
    conditionals: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** The compiled predicate lexicon. */
export interface PredicateLexicon {
  stopwords: ReadonlySet<string>;
  /** Classes rare enough to oppose two claims of one article without a shared word. */
  specific: ReadonlySet<string>;
  /** Class id → the classes that assert its contrary (symmetric). */
  opposite: ReadonlyMap<string, ReadonlySet<string>>;
  matcher: PhraseMatcher<string>;
  /** Folded form or stem of a counted noun → its unit class. */
  units: ReadonlyMap<string, string>;
  /** Unit classes whose values must be equal to agree (times of day). */
  exactUnits: ReadonlySet<string>;
  /** Unit classes that count one event (killed, injured). */
  eventUnits: ReadonlySet<string>;
  upper: PhraseMatcher<string>;
  lower: PhraseMatcher<string>;
  /** Folded word of time → hours (plural and singular), and its dual (ساعتين → 2 hours). */
  durations: ReadonlyMap<string, number>;
  dualDurations: ReadonlyMap<string, number>;
  months: PhraseMatcher<number>;
  before: PhraseMatcher<string>;
  after: PhraseMatcher<string>;
  focusMarkers: ReadonlySet<string>;
  multipliers: ReadonlyMap<string, number>;
  notFocus: ReadonlySet<string>;
  conditionals: ReadonlySet<string>;
}

let cached: PredicateLexicon | undefined;
const CLITICS = ['و', 'ف', 'ب', 'ل'];

function plain(forms: readonly string[]): PhraseMatcher<string> {
  return new PhraseMatcher(
    forms.map((phrase) => ({ phrase, value: phrase })),
    CLITICS,
  );
}

/** An Arabic form also matches with the article (منقوصة → المنقوصة); the matcher adds و ف ب ل. */
function withArticle(phrase: string): string[] {
  return /^[\u0621-\u064A]/u.test(phrase) && !phrase.startsWith('ال') ? [phrase, `ال${phrase}`] : [phrase];
}

/** A one-word English form also matches its inflections (report → reports, reported, reporting). */
function englishSuffixes(phrase: string): string[] {
  return /^[a-z]+$/u.test(phrase) ? ['s', 'es', 'ed', 'd', 'ing'] : [];
}

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
  const opposite = new Map<string, Set<string>>();
  for (const [i, c] of result.data.classes.entries())
    for (const other of c.opposite === undefined ? [] : [c.opposite].flat()) {
      if (!ids.has(other)) throw new RuleFileError(`${file}: classes.${i}.opposite: unknown class ${other}`);
      for (const [x, y] of [
        [c.id, other],
        [other, c.id],
      ] as const)
        opposite.set(x, (opposite.get(x) ?? new Set()).add(y));
    }
  const lexicon: PredicateLexicon = {
    stopwords: new Set(result.data.stopwords.map((w) => foldArabic(w.toLowerCase()))),
    opposite,
    specific: new Set(result.data.classes.filter((c) => c.specific).map((c) => c.id)),
    matcher: new PhraseMatcher(
      result.data.classes.flatMap((c) =>
        c.forms.flatMap((phrase) =>
          withArticle(phrase).map((form) => ({ phrase: form, value: c.id, suffixes: englishSuffixes(form) })),
        ),
      ),
      CLITICS,
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
    eventUnits: new Set(result.data.units.filter((u) => u.event).map((u) => u.id)),
    upper: plain(result.data.bounds.upper),
    lower: plain(result.data.bounds.lower),
    durations: new Map(
      result.data.durations.flatMap((d) =>
        d.forms.map((f) => [foldArabic(f.toLowerCase()), d.hours] as const),
      ),
    ),
    dualDurations: new Map(
      result.data.durations.flatMap((d) => d.duals.map((f) => [foldArabic(f), 2 * d.hours] as const)),
    ),
    months: new PhraseMatcher(
      result.data.months.flatMap((m) => m.forms.map((phrase) => ({ phrase, value: m.month }))),
      CLITICS,
    ),
    before: plain(result.data.dateBounds.before),
    after: plain(result.data.dateBounds.after),
    focusMarkers: new Set(result.data.focusMarkers.map((w) => foldArabic(w.toLowerCase()))),
    multipliers: new Map(
      Object.entries(result.data.multipliers).map(([k, v]) => [foldArabic(k.toLowerCase()), v]),
    ),
    notFocus: new Set(result.data.notFocus.map((w) => foldArabic(w.toLowerCase()))),
    conditionals: new Set(result.data.conditionals.map((w) => foldArabic(w.toLowerCase()))),
  };
  if (from === undefined) cached = lexicon;
  return lexicon;
}
