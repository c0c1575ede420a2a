/**
 * Entities mentioned in the article (guide §5): names from the gazetteer (with ids shared across
 * files), absolute dates (a year, or a month with its year), and in English runs of capitalised
 * words that the gazetteer does not know. Mentions are code-point spans without attached clitics
 * (وواشنطن → واشنطن).
 */
import type { CompiledRules } from '../rules-engine/compile-rules';
import { withoutCliticText } from '../text/doc';
import type { Doc } from '../text/doc';
import type { Entity } from '../../ingest/annotation-schema';
import type { CodePointSpan } from '../../text/spans';
import { foldArabic } from '../../text/arabic-fold';

/** A proposed entity with its mentions as spans. */
export interface DraftEntity {
  id: string;
  kind: Entity['kind'];
  name: string;
  nameEn: string | null;
  mentions: CodePointSpan[];
  rule: string;
}

const YEAR = /^(?:19|20)\d\d$/u;

/** Finds the entities of `doc`. `within` keeps English capitalised spans inside these spans only. */
export function findEntities(
  doc: Doc,
  rules: CompiledRules,
  within: readonly CodePointSpan[],
): DraftEntity[] {
  const { tokens } = doc;
  const byId = new Map<string, DraftEntity>();
  const add = (
    id: string,
    kind: Entity['kind'],
    name: string,
    nameEn: string | null,
    span: CodePointSpan,
    rule: string,
  ): void => {
    const entity = byId.get(id) ?? { id, kind, name, nameEn, mentions: [], rule };
    if (!entity.mentions.some((m) => m.start === span.start)) entity.mentions.push(span);
    byId.set(id, entity);
  };
  const months = new Map(Object.entries(rules.gazetteer.months).map(([k, v]) => [foldArabic(k), v]));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token?.word) continue;
    const month = monthAt(doc, months, i);
    if (month) {
      const text = doc.chars.slice(token.start, month.yearToken.end).join('');
      add(
        `${month.name}-${month.yearToken.text}`,
        'DATE',
        text,
        `${capitalise(month.name)} ${month.yearToken.text}`,
        { start: token.start, end: month.yearToken.end },
        'date-month-year',
      );
      i = month.yearToken.index;
      continue;
    }
    if (YEAR.test(token.text)) {
      add(
        `year-${token.text}`,
        'DATE',
        token.text,
        token.text,
        { start: token.start, end: token.end },
        'date-year',
      );
      continue;
    }
    const match = rules.entities.matchAt(tokens, i);
    if (match) {
      const last = tokens[match.end - 1] ?? token;
      const text = withoutCliticText(doc, match.start, match.end, match.clitic);
      const span = { start: last.end - [...text].length, end: last.end };
      add(match.value.id, match.value.kind, text, match.value.nameEn, span, 'gazetteer-entity');
      i = match.end - 1;
      continue;
    }
    if (rules.language === 'en') i = capitalisedRun(doc, rules, i, within, add);
  }
  return [...byId.values()];
}

type Add = (
  id: string,
  kind: Entity['kind'],
  name: string,
  nameEn: string | null,
  span: CodePointSpan,
  rule: string,
) => void;

/** English: two or more capitalised words (one is enough after the first word of a sentence). */
function capitalisedRun(
  doc: Doc,
  rules: CompiledRules,
  i: number,
  within: readonly CodePointSpan[],
  add: Add,
): number {
  const { tokens } = doc;
  const capital = (k: number): boolean => {
    const t = tokens[k];
    return (
      !!t?.word &&
      /^\p{Lu}\p{Ll}/u.test(t.text) &&
      !rules.functionWords.has(t.key) &&
      !rules.heads.matchAt(tokens, k)
    );
  };
  if (!capital(i)) return i;
  let end = i;
  while (capital(end)) end++;
  const first = tokens[i];
  const last = tokens[end - 1];
  const sentenceStart = i === 0 || !tokens[i - 1]?.word;
  if (!first || !last || (end - i < 2 && sentenceStart)) return end - 1;
  const span = { start: first.start, end: last.end };
  if (!within.some((w) => w.start <= span.start && span.end <= w.end)) return end - 1;
  const name = doc.chars.slice(span.start, span.end).join('');
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id)
    add(
      id,
      /\b(?:base|airport|region|city|province)\b/i.test(name) ? 'PLACE' : 'ORGANIZATION',
      name,
      name,
      span,
      'capitalised-span',
    );
  return end - 1;
}

function monthAt(doc: Doc, months: Map<string, string>, i: number) {
  const { tokens } = doc;
  for (const words of [2, 1]) {
    const key = tokens
      .slice(i, i + words)
      .map((t) => t.key)
      .join(' ');
    const name = months.get(key);
    const yearToken = tokens[i + words];
    if (name && yearToken && YEAR.test(yearToken.text)) return { name, yearToken };
  }
  return undefined;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
