/**
 * Source phrases and their kinds (guide §3.1): the shared record, the word tests the parsers use, and
 * the classification of a span by its head word (a title with a name, an anonymous head, information,
 * an institution) or by the gazetteer.
 */
import type { CompiledRules, HeadInfo } from '../../rules-engine/compile-rules';
import type { GazetteerEntity } from '../../rules-engine/rule-schema';
import type { Token } from '../../text/tokens';
import { CLAUSE_PUNCTUATION, FINAL_PUNCTUATION } from '../../text/tokens';
import type { SourceKind } from '../../../ingest/annotation-schema';

/** A source's noun phrase in the article: tokens `[start, end)`. */
export interface SourcePhrase {
  start: number;
  end: number;
  kind: SourceKind;
  /** The rule that classified it. */
  ruleId: string;
  head: HeadInfo | undefined;
  /** A gazetteer entity it names (a person, or a capital speaking for its government). */
  entity: GazetteerEntity | undefined;
  confidence: number;
}

/** The rule id of a definite title with no name ("the governor"), bound to the holder named before. */
/** The rule id of an English role named without a person ("a spokesman said"). */
export const UNNAMED_ROLE_RULE = 'en-unnamed-role';

export const DEFINITE_ROLE_RULE = 'en-definite-role-back-reference';

/** The rule id of a single capitalised word read as a surname. */
export const SURNAME_RULE = 'en-surname-speaker';

// Capitalised words that open a sentence but never name a person.
const NOT_NAMES = new Set(
  'he she they it we i you this that these those there here others some many both all each one'.split(' '),
);

function isSurname(token: Token, rules: CompiledRules): boolean {
  return (
    token.word &&
    /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
    !NOT_NAMES.has(token.key) &&
    !rules.functionWords.has(token.key)
  );
}

/** At most this many words make a name. */
export const NAME_LIMIT = 3;

/** True for folded Arabic words that carry the article (ال, or ل+ال written لل). */
export function hasArticle(token: Token): boolean {
  return token.key.startsWith('ال') || token.key.startsWith('لل');
}

/** A nisba adjective (أمني، العراقية، اقتصاديون): it describes the head before it. */
export function isNisba(token: Token): boolean {
  return token.word && [...token.key].length >= 4 && /(?:ي|يه|يون|يين|يات)$/u.test(token.key);
}

/** A word that cannot belong to a speaker's name: a function word, a complementiser or a cue. */
export function isStop(tokens: readonly Token[], i: number, rules: CompiledRules): boolean {
  const token = tokens[i];
  if (!token?.word) return true;
  return (
    rules.functionWords.has(token.key) ||
    rules.headPrepositions.has(token.key) ||
    rules.complementizers.matchAt(tokens, i) !== undefined ||
    rules.spokeToMarkers.matchAt(tokens, i) !== undefined ||
    rules.circumstances.matchAt(tokens, i) !== undefined ||
    rules.timeAdverbs.matchAt(tokens, i) !== undefined ||
    rules.cues.matchAt(tokens, i) !== undefined
  );
}

/** The token after a run of time adverbs starting at `at` (مساء الأحد، late Sunday night), or `at`. */
export function afterTimeAdverbs(tokens: readonly Token[], at: number, rules: CompiledRules): number {
  let j = at;
  for (let match = rules.timeAdverbs.matchAt(tokens, j); match; match = rules.timeAdverbs.matchAt(tokens, j))
    j = match.end;
  return j;
}

export function entityPhrase(entity: GazetteerEntity, start: number, end: number): SourcePhrase | undefined {
  const kind: SourceKind | undefined =
    entity.kind === 'PERSON'
      ? 'NAMED_PERSON'
      : entity.kind === 'ORGANIZATION' || entity.government
        ? 'INSTITUTION'
        : undefined;
  if (!kind) return undefined;
  return { start, end, kind, ruleId: 'gazetteer-speaker', head: undefined, entity, confidence: 0.7 };
}

/** A speaker with no head word (وأضاف الدليمي أن): up to three words before a complementiser. */
/** A speaker named with no head word (tokens `[start, end)`): a person, with low confidence. */
export function bareNamePhrase(start: number, end: number): SourcePhrase {
  return {
    start,
    end,
    kind: 'NAMED_PERSON',
    ruleId: 'bare-name-speaker',
    head: undefined,
    entity: undefined,
    confidence: 0.4,
  };
}

export function bareName(
  tokens: readonly Token[],
  at: number,
  limit: number,
  rules: CompiledRules,
): SourcePhrase | undefined {
  let j = at;
  while (j < limit && j - at < NAME_LIMIT && tokens[j]?.word && !isStop(tokens, j, rules)) j++;
  // "وقال العبيدي أمس إن": when it was said stands between the name and the content.
  const after = Math.min(limit, afterTimeAdverbs(tokens, j, rules));
  const next = tokens[after];
  const introducesContent =
    next !== undefined && (rules.complementizers.matchAt(tokens, after) !== undefined || next.text === ':');
  // '"…"، قالت كارلسون في بيان.': a name closing a sentence whose content stood before the cue.
  const closesAttribution =
    next === undefined ||
    FINAL_PUNCTUATION.has(next.text) ||
    (CLAUSE_PUNCTUATION.has(next.text) && next.text !== ':') ||
    rules.circumstances.matchAt(tokens, j) !== undefined ||
    rules.spokeToMarkers.matchAt(tokens, j) !== undefined;
  // An adverb in the accusative (مجددًا، أيضًا) is not a name.
  const adverb = tokens.slice(at, j).some((t) => /\u064B\u0627?$|\u0627\u064B$/u.test(t.text));
  if (j === at || adverb || !(introducesContent || (closesAttribution && rules.language === 'ar')))
    return undefined;
  return bareNamePhrase(at, j);
}

/** English: the words from `at` up to punctuation or a spoke-to marker, classified. */
export function leftSpan(
  tokens: readonly Token[],
  at: number,
  limit: number,
  rules: CompiledRules,
): SourcePhrase | undefined {
  let j = at;
  while (j < limit && j - at < 8) {
    const token = tokens[j] as Token;
    if (!token.word || rules.spokeToMarkers.matchAt(tokens, j) || rules.cues.matchAt(tokens, j)) break;
    // "Mira Castellan of the Prison Reform Council": a link word, and "the", before a capitalised name.
    const link =
      (token.key === 'of' || token.key === 'at') && /^\p{Lu}/u.test(nextName(tokens, j)?.text ?? '');
    const article = token.key === 'the' && ['of', 'at'].includes(tokens[j - 1]?.key ?? '');
    if (j > at && rules.functionWords.has(token.key) && token.key !== 'of' && !link && !article) break;
    j++;
  }
  while (j > at && ['of', 'at', 'the'].includes(tokens[j - 1]?.key ?? '')) j--;
  if (j <= at) return undefined;
  // A person of a body ("Mira Castellan of the … Council") is the person, named with the body.
  const linkAt = tokens.slice(at, j).findIndex((t) => t.key === 'of' || t.key === 'at');
  const person = linkAt > 0 ? classifySpan(tokens, at, at + linkAt, rules) : undefined;
  if (person?.kind === 'NAMED_PERSON') return { ...person, end: j };
  return classifySpan(tokens, at, j, rules);
}

/** The word after a link word, past "the". */
function nextName(tokens: readonly Token[], link: number): Token | undefined {
  const next = tokens[link + 1];
  return next?.key === 'the' ? tokens[link + 2] : next;
}

/** Classifies a word span as a source: a role with a name, an anonymous head, an institution, a name. */
export function classifySpan(
  tokens: readonly Token[],
  start: number,
  end: number,
  rules: CompiledRules,
): SourcePhrase | undefined {
  const heads = rules.heads.findAll(tokens, start, end).map((m) => m.value);
  const capitals = tokens.slice(start, end).filter((t) => /^\p{Lu}\p{Ll}/u.test(t.text)).length;
  const pick = (family: HeadInfo['family']): HeadInfo | undefined => heads.find((h) => h.family === family);
  const base = { start, end, entity: undefined };
  const role = pick('role');
  if (role && (capitals >= 2 || rules.language === 'ar'))
    return { ...base, kind: 'NAMED_PERSON', ruleId: role.ruleId, head: role, confidence: 0.7 };
  // "the minister said": a definite title without a name refers back to the person who holds it; so
  // does a headline's bare title ("Lawyer says").
  const bare = end - start === 1;
  if (role && rules.language === 'en' && (tokens[start]?.key === 'the' || bare) && end - start <= 4)
    return {
      ...base,
      kind: 'ANONYMOUS_INDIVIDUAL',
      ruleId: DEFINITE_ROLE_RULE,
      head: role,
      confidence: 0.55,
    };
  // "A shift supervisor said", "a spokesman for the ministry told": a role with no name is one
  // unnamed person who holds it.
  if (role && rules.language === 'en' && ['a', 'an'].includes(tokens[start]?.key ?? ''))
    return { ...base, kind: 'ANONYMOUS_INDIVIDUAL', ruleId: UNNAMED_ROLE_RULE, head: role, confidence: 0.55 };
  for (const family of ['anonymous', 'unattributed'] as const) {
    const head = pick(family);
    const institution = pick('institution');
    if (head && family === 'unattributed' && institution) {
      return { ...base, kind: 'INSTITUTION', ruleId: institution.ruleId, head: institution, confidence: 0.6 };
    }
    if (head)
      return {
        ...base,
        kind: head.kind,
        ruleId: head.ruleId,
        head,
        confidence: head.backReference ? 0.6 : 0.75,
      };
  }
  const institution = pick('institution');
  if (institution)
    return { ...base, kind: 'INSTITUTION', ruleId: institution.ruleId, head: institution, confidence: 0.65 };
  const entity = rules.entities.matchAt(tokens, start);
  if (entity && entity.end === end) return entityPhrase(entity.value, start, end);
  // "Marchetti told", "‘…,’ Voss said": one capitalised word is a surname (bound to the full name
  // named before, when there is one).
  const only = tokens[start];
  if (rules.language === 'en' && end - start === 1 && only && isSurname(only, rules)) {
    return { ...base, kind: 'NAMED_PERSON', ruleId: SURNAME_RULE, head: undefined, confidence: 0.45 };
  }
  if (rules.language === 'en' && capitals >= 2 && capitals === end - start) {
    return {
      ...base,
      kind: 'NAMED_PERSON',
      ruleId: 'capitalised-name-speaker',
      head: undefined,
      confidence: 0.5,
    };
  }
  return undefined;
}
