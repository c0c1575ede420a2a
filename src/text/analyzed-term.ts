import { ENGLISH_STOP_WORDS } from './english-stop-words';
import { stemPorter } from './porter-stem';

/**
 * What the `english` analyzer of the `statement_search_english` index makes of one search token
 * (a word already folded and stemmed by `toSearchTokens`): `null` for an English stop word, else
 * its Porter stem. Arabic tokens, numbers and other scripts come back unchanged, as the index
 * leaves them.
 */
export function analyzedTerm(token: string): string | null {
  return ENGLISH_STOP_WORDS.has(token) ? null : stemPorter(token);
}
