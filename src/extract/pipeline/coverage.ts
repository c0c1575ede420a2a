/**
 * Nothing dropped silently: a sentence that holds an attribution cue and that no proposed statement
 * and no `excluded` entry touches is listed under `excluded` for the reviewer, so a cue whose
 * statement the rules could not find is never simply absent from the draft.
 */
import type { CompiledRules } from '../rules-engine/compile-rules';
import type { Doc } from '../text/doc';
import { splitSentences } from '../../text/sentences';

/** A token range `[start, end)`. */
export interface TokenRange {
  start: number;
  end: number;
}

export const UNCOVERED_CUE_REASON =
  'A sentence with an attribution cue for which the rules proposed no statement: a reviewer decides whether it holds one.';

/** Cue sentences that no range of `covered` overlaps, as token ranges, in text order. */
export function uncoveredCueSentences(
  doc: Doc,
  rules: CompiledRules,
  covered: readonly TokenRange[],
): TokenRange[] {
  const { tokens } = doc;
  const inCover = new Uint8Array(tokens.length);
  for (const range of covered) for (let i = range.start; i < range.end; i++) inCover[i] = 1;
  const found: TokenRange[] = [];
  let cursor = 0;
  for (const sentence of splitSentences(doc.text)) {
    while (cursor < tokens.length && (tokens[cursor]?.end ?? 0) <= sentence.start) cursor++;
    let e = cursor;
    while (e < tokens.length && (tokens[e]?.start ?? Infinity) < sentence.end) e++;
    if (e === cursor || rules.cues.findAll(tokens, cursor, e).length === 0) continue;
    if (inCover.subarray(cursor, e).some((x) => x === 1)) continue;
    let end = e;
    while (end > cursor && !tokens[end - 1]?.word) end--;
    if (end > cursor) found.push({ start: cursor, end });
  }
  return found;
}
