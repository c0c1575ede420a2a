/**
 * The attributions of one sentence: every cue outside quotation marks, its speaker, the basis after
 * the speaker, and where the content it introduces starts (after أن / إن / that / a colon, at an
 * opening quotation mark, or right away: قال مسؤولون التزامهم …; The officials said troops …).
 */
import { emptyBasis, parseBasis } from './speaker/basis';
import { clauseFollows } from './content';
import type { CompiledRules } from '../rules-engine/compile-rules';
import type { Doc } from '../text/doc';
import { sliceTokens, withoutCliticText } from '../text/doc';
import type { Speaker } from '../draft/draft-types';
import type { PhraseMatch } from '../rules-engine/phrase-matcher';
import type { CueRule } from '../rules-engine/rule-schema';
import { isStop, parseSourceAfter, parseSourceBefore } from './speaker/source-phrase';
import { bareNamePhrase } from './speaker/source-classify';
import { appositionAfter, englishSubjectBefore } from './speaker/en-subject';
import type { SourcePhrase } from './speaker/source-phrase';
import { CLAUSE_PUNCTUATION, FINAL_PUNCTUATION, OPENING_MARKS, quotationRegions } from '../text/tokens';
import type { Token } from '../text/tokens';

/** One cue with everything found around it. */
export interface Found {
  cue: PhraseMatch<CueRule>;
  /** The cue as written, without clitics. */
  cueText: string;
  speaker: Speaker;
  /** The speaker was named at this cue (not continued from an earlier one). */
  ownPhrase: boolean;
  /** First token of the attribution (speaker before the cue, connective or comma before it). */
  attrStart: number;
  /** A connective or the sentence start stands before the attribution. */
  afterConnective: boolean;
  /** First token of the content it introduces, if any. */
  contentStart: number | undefined;
  rules: string[];
  confidence: number;
  /** The cue stands between two claims ("…, the minutes show, and …"): a parallel source, not a nested one. */
  coordinated?: boolean;
  /** Who relays the speaker's words (نقلت الوكالة عن مصادر): the first link of the chain. */
  carrier?: Speaker;
  /**
   * "وبيّن الزبيدي أن … ، لافتًا إلى أن …": the participle's speaker is the subject of the verb that
   * opens the sentence, whose own content starts here and runs to the participle.
   */
  leadContent?: number;
}

const LOOKAHEAD = 5;

/**
 * Finds the attributions of sentence tokens `[s, e)`. `previous` is the last speaker of the paragraph,
 * continued by a cue that names none (قائلًا، وأضاف أن، "but warned").
 */
export function findAttributions(
  doc: Doc,
  rules: CompiledRules,
  s: number,
  e: number,
  previous: Speaker | undefined,
  headline: boolean,
  earlier?: Speaker,
): Found[] {
  const { tokens } = doc;
  const quotes = quotationRegions(tokens, s, e);
  const stops = rules.contentStops.findAll(tokens, s, e);
  const cues = rules.cues
    .findAll(tokens, s, e)
    .filter((m) => !quotes.some(([a, b]) => a < m.start && m.start < b))
    // A cue word inside a circumstance phrase is a noun there ("طلب عدم ذكر اسمه"), not a cue.
    .filter((m) => !insideCircumstance(tokens, rules, m.start, s))
    // "دون أن يوضح موعدها": a cue inside the speaker's refusal attributes nothing.
    .filter((m) => !stops.some((x) => x.start <= m.start && m.start < x.end))
    // "after the minutes were reported.": a passive with no content clause attributes nothing.
    .filter((m) => !(rules.language === 'en' && passiveWithoutContent(rules, tokens, m.start, m.end)))
    // "declined to say when …": an infinitive reports no words.
    .filter((m) => !(rules.language === 'en' && tokens[m.start - 1]?.key === 'to'))
    // "received any warning about staffing": after a determiner the cue word is a noun.
    .filter((m) => !(rules.language === 'en' && NOUN_DETERMINERS.has(tokens[m.start - 1]?.key ?? '')))
    // "The board has not said whether …": a negated cue attributes nothing.
    .filter((m) => !negated(tokens[m.start - 1]))
    // A capitalised cue word inside an English sentence is part of a name ("The United States").
    .filter(
      (m) => !(m.start > s && /^\p{Lu}/u.test(tokens[m.start]?.text ?? '') && tokens[m.start - 1]?.word),
    );
  const found: Found[] = [];
  let last = previous;
  let floor = s;
  for (const cue of cues) {
    const rule = cue.value;
    let phrase = undefined;
    let before = false;
    let interposed: Interposed | undefined;
    if (rule.type === 'preposition') phrase = parseSourceAfter(tokens, cue.end, e, rules);
    else if (rule.type === 'verb' && rules.language === 'ar') {
      // "لكن مدير الهيئة، العقيد فلان، اعتبر هذه الأرقام …": the subject before the comma is the
      // speaker; the noun after the verb is its object.
      const apposed = apposedSubject(doc, rules, cue.start, floor);
      if (apposed) before = true;
      phrase = apposed ?? parseSourceAfter(tokens, cue.end, e, rules);
      // "وكان الحداد قد صرّح …": the speaker stands between كان and قد, before the verb.
      const pluperfect = phrase ? undefined : pluperfectSubject(tokens, cue.start, floor, rules);
      if (pluperfect) [phrase, before] = [pluperfect, true];
      if (!phrase) before = (phrase = parseSourceBefore(tokens, cue.start, floor, rules)) !== undefined;
    } else if (rule.type === 'verb') {
      phrase = parseSourceBefore(tokens, cue.start, floor, rules);
      if (!phrase) {
        interposed = interposedBefore(doc, rules, cue.start, floor);
        phrase = interposed?.phrase ?? englishSubjectBefore(tokens, cue.start, floor, rules);
      }
      before = phrase !== undefined;
      // "…, reveal that two members argued": a "that" after the verb opens content, not a speaker.
      const inverted =
        tokens[cue.start - 1] &&
        !tokens[cue.start - 1]?.word &&
        !rules.complementizers.matchAt(tokens, cue.end);
      if (!phrase && inverted && !interposedBefore(doc, rules, cue.start, floor)) {
        phrase = parseSourceAfter(tokens, cue.end, e, rules);
        // "…," said Ann Roe, the clinic's director.': the apposition belongs to the speaker.
        const apposition = phrase && appositionAfter(tokens, phrase.end, e, rules);
        if (phrase && apposition) phrase = { ...phrase, end: apposition };
      }
    }
    if (!phrase && !interposed && rule.type === 'verb') {
      // "مسؤولًا في الوزارة، طلب عدم ذكر اسمه، قال"; "Two officers, speaking on condition of anonymity, told".
      interposed = interposedBefore(doc, rules, cue.start, floor);
      phrase =
        interposed?.phrase ??
        (rules.language === 'ar' ? apposedSubject(doc, rules, cue.start, floor) : undefined);
      before = phrase !== undefined;
    }
    // "قال سالم العبيدي، وزير النقل، الأحد إن": a title set off by commas after the speaker is his.
    if (rules.language === 'ar' && phrase && !before && rule.type === 'verb') {
      const apposition =
        arabicApposition(tokens, phrase.end, e, rules) ?? apposedName(tokens, phrase, e, rules);
      if (apposition) phrase = { ...phrase, end: apposition, kind: 'NAMED_PERSON' as const };
    }
    let carrier: Speaker | undefined;
    if (rule.relay && rule.type === 'verb' && phrase && !before) {
      // "نقلت وكالة الأنباء عن مصادر أن …": the subject carries, the speaker follows the marker.
      // "نقلت وكالة الشروق للأنباء عن …": the carrier's name may run past the phrase read so far.
      let markerAt = phrase.end;
      while (markerAt < Math.min(e, phrase.end + 3) && !rules.relayMarkers.matchAt(tokens, markerAt))
        if (tokens[markerAt]?.word) markerAt++;
        else break;
      const marker = rules.relayMarkers.matchAt(tokens, markerAt);
      if (marker) phrase = { ...phrase, end: markerAt };
      const relayed = marker ? parseSourceAfter(tokens, marker.end, e, rules) : undefined;
      if (!relayed) continue; // "نقل" without a relayed speaker moves things, it does not attribute
      carrier = {
        phrase,
        basis: emptyBasis(),
        continues: undefined,
        paragraph: tokens[cue.start]?.paragraph ?? 0,
        headline: false,
      };
      phrase = relayed;
    }
    // "وردّ الجبوري على أسئلة الصحفيين … قائلًا:": a participle with nobody before it in the text
    // speaks for the subject of the verb that opens its sentence.
    // "said the steel supports under the front rows showed …": inside another speaker's content, an
    // evidence verb whose subject is no document is part of what was said, not a nested source.
    const inContent = found.some((f) => f.contentStart !== undefined && f.contentStart <= cue.start);
    if (inContent && rule.evidence && phrase && phrase.head?.ruleId !== DOCUMENT_HEAD_RULE) continue;
    let leadContent: number | undefined;
    if (!phrase && !last && rule.type === 'participle' && rules.language === 'ar') {
      phrase = openingVerbSubject(tokens, s, cue.start, rules);
      before = phrase !== undefined;
      if (phrase) {
        const that = rules.complementizers.matchAt(tokens, phrase.end);
        leadContent = that && that.end < cue.start ? that.end : undefined;
      }
    }
    // "“…,” she said" opening a paragraph: the last speaker of the paragraph before.
    if (!phrase && !last && earlier && pronounSubject(tokens, cue, rules.language)) last = earlier;
    if (!phrase && !last) continue; // a cue with no speaker to attribute to
    const basisStart = phrase && !before ? phrase.end : cue.end;
    const { basis, next, addressee } = parseBasis(doc, basisStart, e, rules, rule);
    if (interposed?.field && interposed.ruleId) {
      basis[interposed.field].unshift(interposed.text);
      basis.ruleIds.unshift(interposed.ruleId);
    }
    const speaker: Speaker = {
      phrase,
      basis,
      continues: phrase ? undefined : last,
      paragraph: tokens[cue.start]?.paragraph ?? 0,
      headline: headline && phrase !== undefined,
    };
    const [attrStart, afterConnective] = attributionStart(
      doc,
      rules,
      // "…, she noted": the pronoun subject belongs to the attribution, not to the content.
      before && phrase && leadContent === undefined
        ? phrase.start
        : !phrase && rules.language === 'en' && pronounSubject(tokens, cue, 'en')
          ? cue.start - 1
          : cue.start,
      floor,
      s,
    );
    found.push({
      cue,
      cueText: withoutCliticText(doc, cue.start, cue.end, cue.clitic),
      speaker,
      ownPhrase: phrase !== undefined,
      attrStart,
      afterConnective,
      contentStart: contentStart(
        doc,
        rules,
        rule,
        next,
        e,
        phrase !== undefined && !before,
        addressee,
        // '"…," Brewer told reporters outside the gate.': the content stood before the speaker.
        before && phrase !== undefined && closesQuotation(tokens, phrase.start),
      ),
      rules: [rule.id, ...(phrase ? [phrase.ruleId] : []), ...basis.ruleIds],
      confidence: Math.min(0.85, (phrase ? phrase.confidence : 0.5) + 0.05),
      ...(carrier ? { carrier } : {}),
      ...(leadContent !== undefined ? { leadContent } : {}),
      ...(coordinatedAfter(rules, tokens, next) ? { coordinated: true } : {}),
    });
    last = speaker;
    floor = Math.max(next, cue.end);
  }
  return found;
}

/** A circumstance set off by commas between a speaker and its verb, and the speaker before it. */
interface Interposed {
  phrase: SourcePhrase;
  /** Where the circumstance goes in the basis (none for a relative clause). */
  field?: 'audience' | 'conditions';
  text: string;
  ruleId?: string;
}

/** Abbreviated honorifics before an Arabic name: د. (doctor), م. (engineer). */
const ARABIC_HONORIFICS = new Set(['د', 'م']);

const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'who']);

function interposedBefore(
  doc: Doc,
  rules: CompiledRules,
  cue: number,
  floor: number,
): Interposed | undefined {
  const { tokens } = doc;
  if (!CLAUSE_PUNCTUATION.has(tokens[cue - 1]?.text ?? '') || tokens[cue - 1]?.text === ':') return undefined;
  for (let k = cue - 2; k > Math.max(floor, cue - 30); k--) {
    const token = tokens[k] as Token;
    if (FINAL_PUNCTUATION.has(token.text)) return undefined;
    if (!CLAUSE_PUNCTUATION.has(token.text)) continue;
    const circumstance = rules.circumstances.matchAt(tokens, k + 1);
    // "السائق فلان، الذي التقته الصحيفة، قال": a relative clause about the speaker.
    const relative = RELATIVE_PRONOUNS.has(tokens[k + 1]?.key ?? '');
    if (!circumstance && !relative) return undefined;
    const phrase =
      parseSourceBefore(tokens, k, floor, rules) ??
      (rules.language === 'ar' ? apposedSubject(doc, rules, k + 1, floor) : undefined);
    if (!phrase) return undefined;
    if (!circumstance) return { phrase, text: sliceTokens(doc, k + 1, cue - 1) };
    const { ruleId, field } = circumstance.value;
    return { phrase, field, text: sliceTokens(doc, k + 1, cue - 1), ruleId };
  }
  return undefined;
}

/**
 * "مديرة الصيدلية في مستشفى النور، الدكتورة سعاد الكبيسي، كشفت أن": a subject with its name in
 * apposition, read forward from the clause start, that ends at the comma before the verb.
 */
function apposedSubject(
  doc: Doc,
  rules: CompiledRules,
  cue: number,
  floor: number,
): SourcePhrase | undefined {
  const { tokens } = doc;
  if (!CLAUSE_PUNCTUATION.has(tokens[cue - 1]?.text ?? '')) return undefined;
  let start = cue - 1;
  while (start > floor && cue - start < 14) {
    const previous = tokens[start - 1] as Token;
    // "د. عادل الشمري": the period of an abbreviated honorific is inside the subject.
    const honorific = previous.text === '.' && ARABIC_HONORIFICS.has(tokens[start - 2]?.key ?? '');
    if (!honorific && (FINAL_PUNCTUATION.has(previous.text) || OPENING_MARKS.has(previous.text))) break;
    if (rules.connectives.matchAt(tokens, start - 1) || rules.complementizers.matchAt(tokens, start - 1))
      break;
    if (endsConnective(tokens, rules, start)) break;
    start--;
  }
  if (quotationRegions(tokens, start, cue).length > 0 || OPENING_MARKS.has(tokens[start]?.text ?? ''))
    return undefined;
  const parsed = parseSourceAfter(tokens, start, cue, rules);
  // "مدير مستشفى تل الحمام العام، د. نبيل السامرائي، أكد": a title (whose place name the rules may
  // not know) and a name set off by commas, before the verb.
  const titled = parsed && parsed.end >= cue - 1 ? undefined : titleAndName(tokens, start, cue - 1, rules);
  const phrase = titled ?? parsed;
  // A bare name is taken only where a clause begins, not after a quotation ('"…" عند الجسر، قال').
  const clauseStart = start === floor || !OPENING_MARKS.has(tokens[start - 1]?.text ?? '');
  if (phrase?.ruleId === 'bare-name-speaker' && !clauseStart) return undefined;
  return phrase && phrase.end >= cue - 1 ? { ...phrase, end: cue - 1 } : undefined;
}

/** The most words of a name set off by commas after a title. */
const NAME_WORDS = 4;

/** Words `[from, to)` that can be a personal name: 1–4 words, none a stop word, an honorific allowed. */
function nameSegment(tokens: readonly Token[], from: number, to: number, rules: CompiledRules): boolean {
  let words = 0;
  for (let j = from; j < to; j++) {
    const token = tokens[j] as Token;
    if (token.text === '.' && ARABIC_HONORIFICS.has(tokens[j - 1]?.key ?? '')) continue;
    // A name may hold a word that elsewhere opens a circumstance (صباح الربيعي): only function words stop it.
    if (!token.word || rules.functionWords.has(token.key) || rules.cues.matchAt(tokens, j)) return false;
    if (rules.complementizers.matchAt(tokens, j)) return false;
    words++;
  }
  return words >= 1 && words <= NAME_WORDS;
}

/** A title opening `[start, end)` and a name after its last comma: one named person. */
function titleAndName(
  tokens: readonly Token[],
  start: number,
  end: number,
  rules: CompiledRules,
): SourcePhrase | undefined {
  const head = rules.heads.matchAt(tokens, start)?.value;
  if (head?.family !== 'role') return undefined;
  let comma = -1;
  for (let j = end - 1; j > start; j--)
    if (CLAUSE_PUNCTUATION.has(tokens[j]?.text ?? '')) {
      comma = j;
      break;
    }
  if (comma < 0 || !nameSegment(tokens, comma + 1, end, rules)) return undefined;
  return {
    start,
    end,
    kind: 'NAMED_PERSON',
    ruleId: TITLE_AND_NAME_RULE,
    head,
    entity: undefined,
    confidence: 0.6,
  };
}

/**
 * "قال نقيب عمال السكك الحديد، فارس العزاوي، في مؤتمر": after a title phrase, up to two more words of
 * the title, then a name between commas; returns the closing comma's index.
 */
function apposedName(
  tokens: readonly Token[],
  phrase: SourcePhrase,
  limit: number,
  rules: CompiledRules,
): number | undefined {
  if (phrase.head?.family !== 'role') return undefined;
  // The rest of the title may hold a preposition ("النائب عن المحافظة"), never a cue or a "that".
  let open = phrase.end;
  while (
    open < Math.min(limit, phrase.end + TITLE_REST_WORDS) &&
    tokens[open]?.word &&
    !rules.cues.matchAt(tokens, open) &&
    !rules.complementizers.matchAt(tokens, open)
  )
    open++;
  if (tokens[open]?.text !== '،' && tokens[open]?.text !== ',') return undefined;
  for (let j = open + 2; j < Math.min(limit, open + 2 + NAME_WORDS + 2); j++) {
    const text = tokens[j]?.text ?? '';
    if (text === '،' || text === ',') return nameSegment(tokens, open + 1, j, rules) ? j : undefined;
    if (FINAL_PUNCTUATION.has(text) && !ARABIC_HONORIFICS.has(tokens[j - 1]?.key ?? '')) return undefined;
  }
  return undefined;
}

const TITLE_AND_NAME_RULE = 'ar-title-and-name';
/** Words of a title that the source phrase did not take, before the name in apposition. */
const TITLE_REST_WORDS = 3;

/** The speaker phrase right after the verb that opens a sentence (وردّ الجبوري …), if any. */
function openingVerbSubject(
  tokens: readonly Token[],
  s: number,
  cue: number,
  rules: CompiledRules,
): SourcePhrase | undefined {
  const verb = tokens[s];
  if (!verb?.word || isStop(tokens, s, rules) || !/^[وف]/u.test(verb.key)) return undefined;
  const phrase = parseSourceAfter(tokens, s + 1, cue, rules);
  if (phrase) return phrase.start === s + 1 ? phrase : undefined;
  // A bare name of one or two words, up to the first stop word (وردّ الجبوري على …).
  let end = s + 1;
  while (end < Math.min(cue, s + 3) && tokens[end]?.word && !isStop(tokens, end, rules)) end++;
  const stops = end < cue && isStop(tokens, end, rules);
  return end > s + 1 && stops ? bareNamePhrase(s + 1, end) : undefined;
}

/** Whether a connective of several words ends right before token `at` (من جهته، …). */
function endsConnective(tokens: readonly Token[], rules: CompiledRules, at: number): boolean {
  for (let k = Math.max(0, at - 4); k < at; k++)
    if (rules.connectives.matchAt(tokens, k)?.end === at) return true;
  return false;
}

/** ", and" + a clause right after a cue: the cue's own claim follows the conjunction. */
function coordinatedAfter(rules: CompiledRules, tokens: readonly Token[], next: number): boolean {
  if (!CLAUSE_PUNCTUATION.has(tokens[next]?.text ?? '')) return false;
  const conjunction = rules.clauseConjunctions.matchAt(tokens, next + 1);
  return conjunction !== undefined && clauseFollows(rules, tokens, conjunction.end);
}

// Words that negate the cue after them: "has not said", "didn't say", لا يذكر، لم تعلن.
const NEGATED = new Set(['not', 'never', 'لا', 'لم', 'لن']);

function negated(token: Token | undefined): boolean {
  if (!token?.word) return false;
  const bare = token.key.length > 2 ? token.key.replace(/^[وف]/u, '') : token.key;
  return NEGATED.has(token.key) || NEGATED.has(bare) || /n['’]t$/u.test(token.key);
}

const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

function passiveWithoutContent(
  rules: CompiledRules,
  tokens: readonly Token[],
  start: number,
  end: number,
): boolean {
  if (!BE_FORMS.has(tokens[start - 1]?.key ?? '')) return false;
  for (let j = end; j < end + 4 && tokens[j]; j++) {
    if (rules.complementizers.matchAt(tokens, j) || tokens[j]?.text === ':') return false;
    if (FINAL_PUNCTUATION.has(tokens[j]?.text ?? '')) return true;
  }
  return true;
}

/** Moves left over punctuation and connectives (، إذ أكدت → the comma), staying at or after `floor`. */
function attributionStart(
  doc: Doc,
  rules: CompiledRules,
  at: number,
  floor: number,
  s: number,
): [number, boolean] {
  const { tokens } = doc;
  let start = at;
  let connective = start === s;
  for (let moved = true; moved && start > floor;) {
    moved = false;
    const previous = tokens[start - 1];
    if (previous && CLAUSE_PUNCTUATION.has(previous.text)) {
      start--;
      moved = true;
      continue;
    }
    for (let k = Math.max(floor, start - 4); k < start; k++) {
      if (rules.connectives.matchAt(tokens, k)?.end === start) {
        start = k;
        moved = connective = true;
        break;
      }
    }
  }
  return [start, connective || start === s];
}

/** Where a cue's content starts, looking past the speaker's basis (، الأحد، إن «…»). */
function contentStart(
  doc: Doc,
  rules: CompiledRules,
  rule: CueRule,
  next: number,
  e: number,
  speakerAfter = false,
  addressee = false,
  quotedBefore = false,
): number | undefined {
  const { tokens } = doc;
  // "rejected that account": a demonstrative and a report noun are what is denied, not a "that" clause.
  if (
    rule.denial &&
    DEMONSTRATIVES.has(tokens[next]?.key ?? '') &&
    rules.reportNouns.matchAt(tokens, next + 1)
  )
    return next;
  for (let j = next; j < Math.min(e, next + LOOKAHEAD); j++) {
    const token = tokens[j];
    if (!token || FINAL_PUNCTUATION.has(token.text)) return undefined;
    const complementizer = rules.complementizers.matchAt(tokens, j);
    if (complementizer) return complementizer.end;
    if (token.text === ':') return j + 1;
    if (OPENING_MARKS.has(token.text)) {
      // 'told "Fenmoor Courier."': a medium's name in quotation marks is the addressee, not content.
      const named = quotedMediumAtEnd(tokens, j, e);
      if (named === undefined) return j;
      j = named - 1;
      continue;
    }
    if (rules.cues.matchAt(tokens, j)) return undefined;
    const preposition = rules.functionWords.has(token.key) && !DETERMINERS.has(token.key);
    // '"…," Farhat said in a later statement.': after a quotation, a circumstance is no content.
    const circumstance = preposition || rules.circumstances.matchAt(tokens, j) !== undefined;
    if (token.word && j === next && quotedBefore && circumstance && !opensContentLater(rules, tokens, j, e))
      return undefined;
    if (token.word && j === next && rule.type !== 'preposition' && !rule.object) return j;
    // "told Harbor Wire on Monday the curfew would end": past the addressee, the content needs no
    // "that" — unless a place follows ("told reporters outside the gate") or a "that", colon or
    // quotation further on opens it.
    if (token.word && j === next && addressee && !quotedBefore && !preposition) {
      if (!opensContentLater(rules, tokens, j + 1, e)) return j;
    }
    if (token.word && j === next && rule.type === 'preposition') return undefined;
  }
  const first = tokens[next];
  if (rule.type === 'preposition' && first && CLAUSE_PUNCTUATION.has(first.text)) return next + 1;
  // "…, the minutes show, and the majority agreed …": the cue's own claim follows the conjunction.
  if (coordinatedAfter(rules, tokens, next)) return next + 2;
  // "نفى وزير الدفاع [اسم]، أي نية …": verb, its speaker, a comma, then the object clause.
  const after = tokens[next + 1];
  const verbFirst = rule.type === 'verb' && speakerAfter && !rule.object;
  if (verbFirst && first && CLAUSE_PUNCTUATION.has(first.text) && after?.word && next + 1 < e) {
    if (!rules.cues.matchAt(tokens, next + 1) && !rules.circumstances.matchAt(tokens, next + 1))
      return next + 1;
  }
  return undefined;
}

const DETERMINERS = new Set(['the', 'a', 'an']);
/** The rule id of the heads of documents that speak for their authors (rules `en-document`). */
const DOCUMENT_HEAD_RULE = 'en-document';

const NOUN_DETERMINERS = new Set([
  'a',
  'an',
  'any',
  'no',
  'its',
  'their',
  'his',
  'her',
  'our',
  'every',
  'each',
]);
const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those', 'such']);

const KANA = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت']);

/** "وكان الحداد قد صرّح": the phrase between a form of كان and قد right before the verb at `cue`. */
function pluperfectSubject(
  tokens: readonly Token[],
  cue: number,
  floor: number,
  rules: CompiledRules,
): SourcePhrase | undefined {
  if (tokens[cue - 1]?.key !== 'قد') return undefined;
  for (let k = cue - 2; k >= Math.max(floor, cue - 8); k--) {
    const token = tokens[k] as Token;
    if (!token.word) return undefined;
    if (KANA.has(token.key)) {
      const phrase = parseSourceAfter(tokens, k + 1, cue - 1, rules);
      if (phrase) return phrase.end === cue - 1 ? phrase : undefined;
      // A bare name (وكان الحداد قد): one to three words, none a function word.
      const name = tokens.slice(k + 1, cue - 1);
      if (name.length === 0 || name.length > 3 || name.some((_, i) => isStop(tokens, k + 1 + i, rules)))
        return undefined;
      return bareNamePhrase(k + 1, cue - 1);
    }
  }
  return undefined;
}

/**
 * ", وزير النقل،" right after a speaker: a role or institution head, then a closing comma within a few
 * words and no cue or complementiser between; returns the closing comma's index.
 */
function arabicApposition(
  tokens: readonly Token[],
  at: number,
  limit: number,
  rules: CompiledRules,
): number | undefined {
  const open = tokens[at]?.text ?? '';
  if (!CLAUSE_PUNCTUATION.has(open) || open === ':') return undefined;
  const family = rules.heads.matchAt(tokens, at + 1)?.value.family;
  if (family !== 'role' && family !== 'institution') return undefined;
  for (let j = at + 2; j < Math.min(limit, at + 9); j++) {
    const token = tokens[j] as Token;
    if (FINAL_PUNCTUATION.has(token.text) || token.text === ':') return undefined;
    if (CLAUSE_PUNCTUATION.has(token.text)) return j;
    if (rules.cues.matchAt(tokens, j) || rules.complementizers.matchAt(tokens, j)) return undefined;
  }
  return undefined;
}

/**
 * A quotation of one to four capitalised words that the sentence ends with (a medium's name, not
 * words spoken): the index after its closing mark.
 */
function quotedMediumAtEnd(tokens: readonly Token[], open: number, e: number): number | undefined {
  const closing = OPENING_MARKS.get(tokens[open]?.text ?? '');
  const words: Token[] = [];
  for (let j = open + 1; j < Math.min(e, open + 8); j++) {
    const token = tokens[j] as Token;
    if (token.text === closing) {
      const after = tokens[j + 1];
      const ends = !after || j + 1 >= e || FINAL_PUNCTUATION.has(after.text);
      const name =
        words.length >= 1 && words.length <= 4 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w.text));
      return ends && name ? j + 1 : undefined;
    }
    if (token.word) words.push(token);
    else if (token.text !== '.' || j + 1 >= e || tokens[j + 1]?.text !== closing) return undefined;
  }
  return undefined;
}

/** Whether a quotation closes right before token `at` (after an optional comma). */
function closesQuotation(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1]?.text ?? '';
  const mark = CLAUSE_PUNCTUATION.has(previous) ? (tokens[at - 2]?.text ?? '') : previous;
  return [...OPENING_MARKS.values()].includes(mark);
}

/** A complementiser, colon or opening quotation mark in `[from, e)` before the sentence ends. */
function opensContentLater(rules: CompiledRules, tokens: readonly Token[], from: number, e: number): boolean {
  for (let j = from; j < e; j++) {
    const token = tokens[j] as Token;
    if (FINAL_PUNCTUATION.has(token.text)) return false;
    if (rules.complementizers.matchAt(tokens, j) || token.text === ':' || OPENING_MARKS.has(token.text))
      return true;
  }
  return false;
}

/** Whether a circumstance phrase that starts up to three tokens before `at` covers `at`. */
function insideCircumstance(tokens: readonly Token[], rules: CompiledRules, at: number, s: number): boolean {
  for (let k = Math.max(s, at - 3); k < at; k++) {
    const match = rules.circumstances.matchAt(tokens, k);
    if (match && match.end > at) return true;
  }
  return false;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it']);

/** A cue whose subject is a pronoun: "she said", or an Arabic verb with و/ف and no subject phrase. */
function pronounSubject(tokens: readonly Token[], cue: PhraseMatch<CueRule>, language: string): boolean {
  if (language === 'en') return PRONOUNS.has(tokens[cue.start - 1]?.key ?? '');
  return cue.value.type === 'verb' && cue.clitic !== '';
}
