/**
 * What the text says about a speaker's access (guide §3.4), read from the words after the speaker:
 * to whom it spoke (لـ"العربية.نت" و"الحدث.نت"; told Harbor Wire; seen by Harbor Wire), before which
 * audience (في مؤتمر صحافي; told reporters on Tuesday) and on which conditions (طلب عدم الكشف عن اسمه).
 */
import type { CompiledRules } from '../../rules-engine/compile-rules';
import type { CueRule } from '../../rules-engine/rule-schema';
import { CLAUSE_PUNCTUATION, FINAL_PUNCTUATION, OPENING_MARKS } from '../../text/tokens';
import type { Token } from '../../text/tokens';
import { sliceTokens } from '../../text/doc';
import type { Doc } from '../../text/doc';
import { afterTimeAdverbs } from './source-classify';

/** The basis found after a speaker, not yet resolved to outlet ids. */
export interface BasisParts {
  /** Names of outlets spoken to, as written. */
  spokeTo: string[];
  /** Token ranges `[start, end)` of the names in `spokeTo`, in the same order. */
  spokeToSpans: [number, number][];
  audience: string[];
  conditions: string[];
  ruleIds: string[];
}

/** A basis with nothing found yet. */
export function emptyBasis(): BasisParts {
  return { spokeTo: [], spokeToSpans: [], audience: [], conditions: [], ruleIds: [] };
}

/** Reads basis phrases from token `at`; returns them and the first token after them. */
export function parseBasis(
  doc: Doc,
  at: number,
  limit: number,
  rules: CompiledRules,
  cue: CueRule,
): { basis: BasisParts; next: number; addressee: boolean } {
  const { tokens } = doc;
  const basis = emptyBasis();
  let j = at;
  let object = cue.object;
  // Whether the verb's addressee was read ("told Harbor Wire"): the content may follow it without "that".
  let addressee = false;
  for (let guard = 0; guard < 8 && j < limit; guard++) {
    const token = tokens[j] as Token;
    const comma = CLAUSE_PUNCTUATION.has(token.text) && token.text !== ':';
    const k = comma ? j + 1 : j;
    const marker = rules.spokeToMarkers.matchAt(tokens, k);
    const circumstance = rules.circumstances.matchAt(tokens, k);
    const time = afterTimeAdverbs(tokens, k, rules);
    const medium = mediumBeforeName(tokens, k, rules);
    if (time > k && time <= limit) {
      // "said late Sunday that", قال يوم الأحد إن: when, not what, was said.
      basis.ruleIds.push(rules.timeAdverbs.matchAt(tokens, k)?.value ?? '');
      j = time;
    } else if (medium !== undefined) {
      // 'لقناة "الميدان"', 'لصحيفة «الأفق»': to a medium, named in quotation marks.
      const names = quotedNames(doc, medium, limit);
      basis.spokeTo.push(...names.names);
      basis.spokeToSpans.push(...names.spans);
      basis.ruleIds.push('spoke-to-marker');
      j = names.next;
    } else if (marker) {
      const names = quotedNames(doc, marker.end, limit);
      if (names.names.length === 0) break;
      basis.spokeTo.push(...names.names);
      basis.spokeToSpans.push(...names.spans);
      basis.ruleIds.push('spoke-to-marker');
      j = names.next;
    } else if (circumstance) {
      const end = phraseEnd(tokens, circumstance.end, limit, rules);
      basis[circumstance.value.field].push(sliceTokens(doc, k, end));
      basis.ruleIds.push(circumstance.value.ruleId);
      j = end;
    } else if (object && !comma && quotedAddressee(doc, j, limit, rules)) {
      // 'told "Kestrel Wire" that …': a quoted name right after the verb is the addressee.
      object = false;
      const names = quotedNames(doc, j, limit);
      basis.spokeTo.push(...names.names);
      basis.spokeToSpans.push(...names.spans);
      basis.ruleIds.push('spoke-to-quoted-name');
      addressee = names.names.length > 0;
      j = names.next;
    } else if (object && !comma && token.word) {
      // "told Harbor Wire" / "told reporters": the addressee of a verb that takes one.
      object = false;
      const end = phraseEnd(tokens, j + 1, limit, rules, true);
      // "told the Selkirk Herald": the article is not part of the outlet's name.
      const named = token.key === 'the' && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') && j + 1 < end;
      const name = sliceTokens(doc, named ? j + 1 : j, end);
      if (named || rules.outletNames.has(token.key) || /^\p{Lu}/u.test(token.text)) {
        basis.spokeTo.push(name);
        basis.spokeToSpans.push([named ? j + 1 : j, end]);
      } else basis.audience.push(name);
      addressee = named || end > j + 1 || !DETERMINERS.has(token.key);
      j = end;
    } else {
      break;
    }
  }
  return { basis, next: j, addressee };
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/**
 * 'لقناة "الميدان"': a word of ل + an institution head (قناة، صحيفة، وكالة) right before a quoted name;
 * returns the index of the opening mark.
 */
function mediumBeforeName(tokens: readonly Token[], at: number, rules: CompiledRules): number | undefined {
  const token = tokens[at];
  if (rules.language !== 'ar' || !token?.word || !token.key.startsWith('ل')) return undefined;
  if (!OPENING_MARKS.has(tokens[at + 1]?.text ?? '')) return undefined;
  const bare = { ...token, key: token.key.slice(1), text: token.text.slice(1) };
  return rules.heads.matchAt([bare], 0)?.value.family === 'institution' ? at + 1 : undefined;
}

/**
 * Outlet names after a spoke-to marker: quoted names joined by و or "and" (لـ"العربية.نت" و"الحدث.نت"),
 * or, in English, a run of capitalised words ("seen by Harbor Wire").
 */
function quotedNames(
  doc: Doc,
  at: number,
  limit: number,
): { names: string[]; spans: [number, number][]; next: number } {
  const { tokens } = doc;
  const names: string[] = [];
  const spans: [number, number][] = [];
  let j = at;
  for (;;) {
    // "disclosed to the Nova Porta Tribune": an article before a capitalised name is not part of it.
    if (tokens[j]?.key === 'the' && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '')) j++;
    const open = tokens[j];
    const closing = open ? OPENING_MARKS.get(open.text) : undefined;
    if (closing) {
      let close = j + 1;
      while (close < limit && tokens[close]?.text !== closing) close++;
      if (close >= limit || close === j + 1) break;
      names.push(sliceTokens(doc, j + 1, close));
      spans.push([j + 1, close]);
      j = close + 1;
    } else if (open?.word && /^\p{Lu}/u.test(open.text)) {
      let end = j;
      while (end < limit && tokens[end]?.word && /^\p{Lu}/u.test(tokens[end]?.text ?? '')) end++;
      names.push(sliceTokens(doc, j, end));
      spans.push([j, end]);
      j = end;
    } else break;
    const joiner = tokens[j];
    if (!joiner || (joiner.key !== 'و' && joiner.key !== 'and')) break;
    j++;
  }
  return { names, spans, next: j };
}

/** A short quotation at `at` followed by a complementiser or clause punctuation: a quoted name. */
function quotedAddressee(doc: Doc, at: number, limit: number, rules: CompiledRules): boolean {
  const { tokens } = doc;
  const closing = OPENING_MARKS.get(tokens[at]?.text ?? '');
  if (!closing) return false;
  let close = at + 1;
  while (close < limit && close - at <= 5 && tokens[close]?.text !== closing) close++;
  if (close >= limit || tokens[close]?.text !== closing || close === at + 1) return false;
  const after = tokens[close + 1];
  // 'told "Brightline Post" a different story: …': a few words, then the colon that opens the content.
  for (let j = close + 1; j < Math.min(limit, close + 6) && tokens[j]?.word; j++)
    if (tokens[j + 1]?.text === ':') return true;
  return (
    after === undefined ||
    CLAUSE_PUNCTUATION.has(after.text) ||
    FINAL_PUNCTUATION.has(after.text) ||
    rules.complementizers.matchAt(tokens, close + 1) !== undefined
  );
}

/** The end of a basis phrase: the next clause punctuation, complementiser or spoke-to marker. */
function phraseEnd(
  tokens: readonly Token[],
  from: number,
  limit: number,
  rules: CompiledRules,
  capitalisedOnly = false,
): number {
  let j = from;
  while (j < limit) {
    const token = tokens[j] as Token;
    // 'في مقابلة مع إذاعة "نبض المدينة" إن …': a short quoted name inside the phrase.
    const name = quotedNameEnd(tokens, j, limit, rules);
    if (name !== undefined) {
      j = name;
      continue;
    }
    if (
      CLAUSE_PUNCTUATION.has(token.text) ||
      FINAL_PUNCTUATION.has(token.text) ||
      OPENING_MARKS.has(token.text)
    )
      break;
    if (rules.complementizers.matchAt(tokens, j) || rules.spokeToMarkers.matchAt(tokens, j)) break;
    if (rules.circumstances.matchAt(tokens, j)) break;
    if (j > from && rules.objectOpeners.has(token.key)) break;
    if (capitalisedOnly && !/^\p{Lu}/u.test(token.text)) break;
    j++;
  }
  return j;
}

/** The token after a short quoted name at `at` that the phrase goes on past, or undefined. */
function quotedNameEnd(
  tokens: readonly Token[],
  at: number,
  limit: number,
  rules: CompiledRules,
): number | undefined {
  const closing = OPENING_MARKS.get(tokens[at]?.text ?? '');
  if (!closing || !tokens[at - 1]?.word) return undefined;
  let close = at + 1;
  while (close < limit && close - at <= 4 && tokens[close]?.word) close++;
  if (close === at + 1 || tokens[close]?.text !== closing) return undefined;
  const after = tokens[close + 1];
  const goesOn =
    after === undefined ||
    CLAUSE_PUNCTUATION.has(after.text) ||
    FINAL_PUNCTUATION.has(after.text) ||
    rules.complementizers.matchAt(tokens, close + 1) !== undefined ||
    rules.circumstances.matchAt(tokens, close + 1) !== undefined;
  return goesOn ? close + 1 : undefined;
}
