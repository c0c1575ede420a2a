/**
 * Sentence shapes taken from the seed articles: how a source is introduced (قال … لـ"…" إن "…",
 * أكدت مصادر مطلعة أن …, وبحسب …، …, "…," X told Harbor Wire, According to …), how later sentences
 * of the same paragraph refer back to it (وأضاف الدليمي أن …, The officials added that …), chains
 * (نقلت مصادر مطلعة عن مسؤولين في …) and the outlet's own voice (يبدو أن …, It appears that …).
 *
 * Placeholders: {v} the cue verb (agreeing with the speaker), {p}/{P} the speaker's first mention
 * (lower/upper-cased first letter), {b}/{B} its back-reference, {r}/{R} the intermediary of a chain,
 * {c}/{C} the claim, {o} the outlet's name.
 */
import type { SourceKind, StatementMode } from '../../src/ingest/annotation-schema';

/** One sentence shape. */
export interface SentenceTemplate {
  text: string;
  /** The cue as written: fixed, or [masculine, feminine] verb forms. */
  cue: string | readonly [string, string] | null;
  mode: StatementMode;
  hedging?: string;
  /** The sentence says the source spoke to the outlet (basis.spokeTo). */
  spokeTo?: boolean;
  /** What the sentence says about the source's conditions (basis.conditions). */
  conditions?: string;
  /** Source kinds the shape suits; all kinds but the outlet voice when absent. */
  kinds?: readonly SourceKind[];
}

const t = (
  text: string,
  cue: SentenceTemplate['cue'],
  extra: Partial<SentenceTemplate> = {},
): SentenceTemplate => ({
  text,
  cue,
  mode: 'REPORTED_SPEECH',
  ...extra,
});

const SPEAKING: readonly SourceKind[] = [
  'NAMED_PERSON',
  'ANONYMOUS_GROUP',
  'ANONYMOUS_INDIVIDUAL',
  'INSTITUTION',
];

export const OPENERS: Record<'ar' | 'en', readonly SentenceTemplate[]> = {
  ar: [
    t('{v} {p} لـ"{o}" إن "{c}".', ['قال', 'قالت'], { mode: 'DIRECT_QUOTE', spokeTo: true, kinds: SPEAKING }),
    t('{v} {p} أن {c}.', ['أكد', 'أكدت'], { kinds: SPEAKING }),
    t('{v} {p} بأن {c}.', ['أفاد', 'أفادت']),
    t('{v} {p} أن {c}.', ['كشف', 'كشفت']),
    t('وبحسب {p}، {c}.', 'بحسب'),
    t('ووفق {p}، {c}.', 'وفق'),
    t('{v} {p}، طلب عدم الكشف عن اسمه، لـ"{o}" بأن {c}.', ['أفاد', 'أفادت'], {
      spokeTo: true,
      conditions: 'asked not to be named (طلب عدم الكشف عن اسمه)',
      kinds: ['ANONYMOUS_INDIVIDUAL'],
    }),
    t('{v} {p} في بيان أن {c}.', ['أكد', 'أكدت'], { kinds: ['INSTITUTION'] }),
    t('تشير {p} إلى أن {c}.', 'تشير', { kinds: ['UNATTRIBUTED'] }),
  ],
  en: [
    t('"{C}," {p} told {o}.', 'told', { mode: 'DIRECT_QUOTE', spokeTo: true, kinds: SPEAKING }),
    t('{P} said {c}.', 'said', { kinds: SPEAKING }),
    t('{P} told {o} that {c}.', 'told', { spokeTo: true, kinds: SPEAKING }),
    t('According to {p}, {c}.', 'According to'),
    t('{P}, speaking on condition of anonymity, said {c}.', 'said', {
      conditions: 'on condition of anonymity',
      kinds: ['ANONYMOUS_GROUP', 'ANONYMOUS_INDIVIDUAL'],
    }),
    t('{P} said in a statement that {c}.', 'said', { kinds: ['INSTITUTION'] }),
  ],
};

export const CONTINUATIONS: Record<'ar' | 'en', readonly SentenceTemplate[]> = {
  ar: [t('و{v} {b} أن {c}.', ['أضاف', 'أضافت'], { kinds: SPEAKING }), t('وبحسب {b}، {c}.', 'بحسب')],
  en: [t('{B} added that {c}.', 'added', { kinds: SPEAKING }), t('According to {b}, {c}.', 'According to')],
};

/** A chain: the intermediary {r} reports what the source {p} said. */
export const CHAINS: Record<'ar' | 'en', SentenceTemplate> = {
  ar: t('{v} {r} عن {p} أن {c}.', ['نقل', 'نقلت']),
  en: t('{R}, citing {p}, said {c}.', 'citing'),
};

export const OUTLET_VOICE: Record<'ar' | 'en', readonly SentenceTemplate[]> = {
  ar: [
    t('يبدو أن {c}.', null, { mode: 'EDITORIAL_INFERENCE', hedging: 'يبدو أن' }),
    t('{c}.', null, { mode: 'UNATTRIBUTED' }),
  ],
  en: [
    t('It appears that {c}.', null, { mode: 'EDITORIAL_INFERENCE', hedging: 'It appears that' }),
    t('{C}.', null, { mode: 'UNATTRIBUTED' }),
  ],
};

/** Templates of `pool` that suit a source of `kind`. */
export function suitable(pool: readonly SentenceTemplate[], kind: SourceKind): SentenceTemplate[] {
  return pool.filter((template) => template.kinds === undefined || template.kinds.includes(kind));
}
