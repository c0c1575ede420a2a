/**
 * From speakers to sources (guide §3.3): the same descriptor is one source, a definite back-reference
 * (المصادر, "The officials") is the nearest preceding source with the same head, a capital speaking
 * for its government is that government, a bare surname is the named person it shortens, and a
 * headline's bare "officials" is the body's officials. Everything else is a new source.
 */
import type { CompiledRules } from '../../rules-engine/compile-rules';
import { sliceTokens } from '../../text/doc';
import type { Doc } from '../../text/doc';
import type { Speaker } from '../../draft/draft-types';
import type { OutletResolver } from './outlets';
import type { SourcePhrase } from '../speaker/source-phrase';
import { DEFINITE_ROLE_RULE } from '../speaker/source-classify';
import type { SourceKind } from '../../../ingest/annotation-schema';
import { foldArabic } from '../../../text/arabic-fold';
import { CLAUSE_PUNCTUATION } from '../../text/tokens';

/** A proposed source, before it is written out. */
export interface DraftSource {
  id: string;
  kind: SourceKind;
  label: string;
  labelEn: string | null;
  /** Token ranges of its mentions. */
  mentions: [number, number][];
  spokeTo: Set<string>;
  audience: string[];
  conditions: string[];
  rules: string[];
  confidence: number;
  headRule: string | undefined;
  entityId: string | undefined;
  /** First paragraph it is named in. */
  paragraph: number;
}

/** The rule of a headline's one-word body name ("الدفاع:"; pipeline/segment.ts). */
export const SHORT_BODY_NAME_RULE = 'headline-short-body-name';

/** The rule that makes a bare name a body when "the company" refers back to it. */
const DESCRIBED_BODY_RULE = 'described-body-back-reference';

/** English words for a kind of firm, which a report uses for a body it has named. */
const FIRM_NOUNS = new Set([
  'company',
  'firm',
  'operator',
  'airline',
  'carrier',
  'utility',
  'manufacturer',
  'group',
]);

/** The outlet's own voice: one per article, id `outlet-voice` (guide §3.1). */
export const OUTLET_VOICE_ID = 'outlet-voice';

/** Resolves speakers to sources, in the order the text names them. */
export class SourceRegistry {
  readonly sources: DraftSource[] = [];
  private readonly bySpeaker = new Map<Speaker, DraftSource>();
  private readonly counters = new Map<string, number>();
  private readonly carriersBySource = new Map<DraftSource, DraftSource[]>();

  constructor(
    private readonly doc: Doc,
    private readonly rules: CompiledRules,
    private readonly outlets: OutletResolver,
  ) {}

  /** The source of `speaker` (following continuations back to the speaker that named it). */
  resolve(speaker: Speaker): DraftSource | undefined {
    const known = this.bySpeaker.get(speaker);
    if (known) return known;
    let source: DraftSource | undefined;
    if (!speaker.phrase) source = speaker.continues ? this.resolve(speaker.continues) : undefined;
    else source = this.find(speaker, speaker.phrase) ?? this.create(speaker, speaker.phrase);
    if (source && speaker.phrase) this.addMention(source, speaker.phrase);
    if (source) this.addBasis(source, speaker);
    if (source) this.bySpeaker.set(speaker, source);
    return source;
  }

  private find(speaker: Speaker, phrase: SourcePhrase): DraftSource | undefined {
    const label = foldArabic(sliceTokens(this.doc, phrase.start, phrase.end));
    const entityId = this.entityOf(phrase);
    const earlier = [...this.sources].reverse();
    // "the minister said … the minister added": with no named holder, one description is one source.
    if (phrase.ruleId === DEFINITE_ROLE_RULE)
      return (
        this.titleHolder(phrase, earlier) ??
        earlier.find((s) => foldArabic(s.label).toLowerCase() === label.toLowerCase())
      );
    const same = earlier.find(
      (s) =>
        foldArabic(s.label) === label ||
        (entityId !== undefined && s.entityId === entityId) ||
        (phrase.head?.backReference === true && s.headRule === phrase.head.ruleId),
    );
    if (same) return same;
    const named = this.sameRole(phrase, earlier) ?? this.arabicTitleHolder(phrase, earlier);
    if (named) return named;
    const described = phrase.kind === 'INSTITUTION' ? this.describedBody(phrase, earlier) : undefined;
    if (described) return described;
    if (phrase.kind === 'INSTITUTION' || (phrase.kind === 'NAMED_PERSON' && phrase.head === undefined)) {
      // "operator Calder Minerals" and "Calder Minerals": one name ends the other (a bare name of two
      // capitalised words is read as a person's until then).
      const key = label.toLowerCase();
      const named = earlier.find((s) => {
        const other = foldArabic(s.label).toLowerCase();
        return s.kind === 'INSTITUTION' && (key.endsWith(` ${other}`) || other.endsWith(` ${key}`));
      });
      if (named) return named;
    }
    if (phrase.kind === 'NAMED_PERSON' && !speaker.headline) {
      // A name is shortened to its last word (وأضاف الدليمي; Whitfield said): same last word, same person.
      const surname = this.lastWord(phrase.start, phrase.end);
      return earlier.find(
        (s) =>
          s.kind === 'NAMED_PERSON' &&
          s.mentions.some(
            ([a, b]) => this.lastWord(a, b) === surname || this.lastWord(a, this.comma(a, b)) === surname,
          ),
      );
    }
    return undefined;
  }

  /**
   * "the lawyer, Amira Costa" after "The lawyer for Daniel Mercer": "the" and the same title word
   * open both, so the later phrase names the person the earlier one described.
   */
  private sameRole(phrase: SourcePhrase, earlier: DraftSource[]): DraftSource | undefined {
    const { tokens } = this.doc;
    if (this.rules.language !== 'en' || phrase.head?.family !== 'role' || tokens[phrase.start]?.key !== 'the')
      return undefined;
    const title = tokens[phrase.start + 1]?.key;
    if (!title) return undefined;
    return earlier.find(
      (s) =>
        (s.kind === 'NAMED_PERSON' || s.kind === 'ANONYMOUS_INDIVIDUAL') &&
        s.mentions.some(([a]) => tokens[a]?.key === 'the' && tokens[a + 1]?.key === title),
    );
  }

  /**
   * "وختمت الوزيرة" after "وزيرة التربية هدى الراوي": a bare definite title (one word, ال + a title)
   * is the nearest earlier named person whose mention holds that title.
   */
  private arabicTitleHolder(phrase: SourcePhrase, earlier: DraftSource[]): DraftSource | undefined {
    const { tokens } = this.doc;
    const words = tokens.slice(phrase.start, phrase.end).filter((t) => t.word);
    const word = words[0];
    if (this.rules.language !== 'ar' || phrase.head?.family !== 'role' || words.length !== 1 || !word)
      return undefined;
    if (!word.key.startsWith('ال')) return undefined;
    const title = word.key.slice(2);
    return earlier.find(
      (s) =>
        s.kind === 'NAMED_PERSON' &&
        s.mentions.some(([a, b]) => tokens.slice(a, b).some((t) => t !== word && t.key === title)),
    );
  }

  /**
   * "the company said" after "Norvane Shipping, which owns the tanker", "الوزارة" after "وزارة الري": a
   * definite description of one word is the nearest earlier body whose mention holds that word, or,
   * for a word that names a kind of firm ("the company", "the operator"), the nearest named body.
   */
  private describedBody(phrase: SourcePhrase, earlier: DraftSource[]): DraftSource | undefined {
    const words = this.doc.tokens.slice(phrase.start, phrase.end).filter((t) => t.word);
    const english = this.rules.language === 'en';
    const head = english
      ? words.length === 2 && words[0]?.key === 'the'
        ? words[1]?.key
        : undefined
      : words.length === 1 && words[0]?.key.startsWith('ال')
        ? words[0].key.slice(2)
        : undefined;
    if (!head) return undefined;
    const { tokens } = this.doc;
    // Mentions other than bare descriptions, the nearest first.
    const named = (a: number, b: number): boolean => {
      const mention = tokens.slice(a, b).filter((t) => t.word);
      return english ? mention[0]?.key !== 'the' || mention.length > 2 : mention.length > 1;
    };
    const lastNamed = (s: DraftSource): number =>
      Math.max(-1, ...s.mentions.filter(([a, b]) => named(a, b)).map(([a]) => a));
    const nearest = (candidates: DraftSource[]): DraftSource | undefined =>
      candidates.filter((s) => lastNamed(s) >= 0).sort((x, y) => lastNamed(y) - lastNamed(x))[0];
    const bodies = earlier.filter((s) => s.kind === 'INSTITUTION' && s.id !== OUTLET_VOICE_ID);
    const holdsHead = nearest(
      bodies.filter((s) =>
        s.mentions.some(
          ([a, b]) =>
            named(a, b) &&
            tokens
              .slice(a, b)
              .some((t) => t.word && t.key !== words[0]?.key && t.key.replace(/^ال/u, '') === head),
        ),
      ),
    );
    if (holdsHead || !english || !FIRM_NOUNS.has(head)) return holdsHead;
    // A bare name of two capitalised words ("Norvane Shipping") was read as a person's until now.
    const body = nearest(
      earlier.filter(
        (s) =>
          (s.kind === 'INSTITUTION' || (s.kind === 'NAMED_PERSON' && s.headRule === undefined)) &&
          s.id !== OUTLET_VOICE_ID &&
          /^\p{Lu}/u.test(s.label) &&
          !/^the\s/iu.test(s.label),
      ),
    );
    if (body?.kind === 'NAMED_PERSON') {
      body.kind = 'INSTITUTION';
      body.rules.push(DESCRIBED_BODY_RULE);
    }
    return body;
  }

  /**
   * "the governor said" after "Gov. Livia Marchetti": the nearest earlier person whose mention holds
   * every title word, written out or abbreviated (Gov., Sen., Gen.); none is a new source.
   */
  private titleHolder(phrase: SourcePhrase, earlier: DraftSource[]): DraftSource | undefined {
    const { tokens } = this.doc;
    const titleWords = this.rules.heads
      .findAll(tokens, phrase.start, phrase.end)
      .filter((m) => m.value.family === 'role')
      .flatMap((m) => tokens.slice(m.start, m.end).map((t) => t.key));
    if (titleWords.length === 0) return undefined;
    const holds = ([a, b]: [number, number]): boolean => {
      const keys = tokens.slice(a, b + 1).map((t, k, all) => ({ key: t.key, dot: all[k + 1]?.text === '.' }));
      return titleWords.every((w) =>
        keys.some((k) => k.key === w || (k.dot && k.key.length >= 3 && w.startsWith(k.key))),
      );
    };
    return earlier.find((s) => s.kind === 'NAMED_PERSON' && s.mentions.some(holds));
  }

  private create(speaker: Speaker, phrase: SourcePhrase): DraftSource {
    const label = sliceTokens(this.doc, phrase.start, phrase.end);
    const entityId = this.entityOf(phrase);
    const entity = this.rules.gazetteer.entities.find(
      (e) => e.id === (phrase.entity?.government ?? phrase.entity?.id),
    );
    const source: DraftSource = {
      id: this.newId(phrase, label, entityId),
      kind: phrase.kind,
      label,
      labelEn: this.rules.language === 'en' ? label : (entity?.nameEn ?? null),
      mentions: [],
      spokeTo: new Set(),
      audience: [],
      conditions: [],
      rules: [phrase.ruleId],
      confidence: phrase.confidence,
      headRule: phrase.head?.ruleId,
      entityId,
      paragraph: speaker.paragraph,
    };
    this.sources.push(source);
    return source;
  }

  /**
   * The outlets other than the article's that `speaker` (or the speaker it continues) spoke to: "a
   * source told the Selkirk Herald", لـ"صحيفة الأفق". Each is a carrier of the speaker's words (guide
   * §4), one INSTITUTION source per name (rule `chain-spoke-to-other-outlet`).
   */
  carriersOf(speaker: Speaker): DraftSource[] {
    const carriers: DraftSource[] = [];
    const own = this.resolve(speaker);
    for (let sp: Speaker | undefined = speaker; sp; sp = sp.phrase ? undefined : sp.continues) {
      const ids = sp.basis.spokeTo.map((name) => this.outlets.idFor(name));
      // لـ"العربية.نت" و"الحدث.نت" in an Al Arabiya article: it reached this outlet first-hand.
      if (ids.includes(this.outlets.articleOutlet.id)) continue;
      sp.basis.spokeToSpans.forEach(([a, b], k) => {
        const name = sp?.basis.spokeTo[k];
        if (name === undefined) return;
        const label = sliceTokens(this.doc, a, b);
        let source = this.sources.find(
          (x) => x.kind === 'INSTITUTION' && foldArabic(x.label) === foldArabic(label),
        );
        if (!source) {
          const phrase: SourcePhrase = {
            start: a,
            end: b,
            kind: 'INSTITUTION',
            ruleId: 'chain-spoke-to-other-outlet',
            head: undefined,
            entity: undefined,
            confidence: 0.6,
          };
          source = this.create({ ...sp, phrase } as Speaker, phrase);
        }
        if (!source.mentions.some(([x]) => x === a)) source.mentions.push([a, b]);
        if (!carriers.includes(source)) carriers.push(source);
      });
    }
    // "The source added …" later in the account: the carrier of that source's earlier words.
    if (!own) return carriers;
    if (carriers.length === 0) return this.carriersBySource.get(own) ?? [];
    this.carriersBySource.set(own, carriers);
    return carriers;
  }

  /**
   * A headline's bare speaker ("officials say") is merged into the first body source with the same
   * head, which the headline condenses (rule `headline-forward-reference`).
   */
  mergeHeadlineSpeakers(headlineSpeakers: readonly Speaker[]): void {
    for (const speaker of headlineSpeakers) {
      const source = this.bySpeaker.get(speaker);
      if (!source || !speaker.phrase || speaker.phrase.end - speaker.phrase.start > 1) continue;
      // A title or body ("Lawyer says", "union says") condenses a source whose mention holds that word.
      const word = this.doc.tokens[speaker.phrase.start]?.key;
      const holdsWord = (s: DraftSource): boolean =>
        !['role', 'institution'].includes(speaker.phrase?.head?.family ?? '') ||
        s.mentions.some(([a, b]) => this.doc.tokens.slice(a, b + 1).some((t) => t.key === word));
      // "الدفاع:" in the headline is the body's "وزارة الدفاع".
      const shortName = speaker.phrase.ruleId === SHORT_BODY_NAME_RULE;
      const target = this.sources.find(
        (s) =>
          s !== source &&
          (shortName
            ? s.kind === 'INSTITUTION' &&
              s.mentions.some(([a, b]) => this.doc.tokens.slice(a, b).some((t) => t.key === word))
            : s.headRule !== undefined && s.headRule === source.headRule && holdsWord(s)),
      );
      if (!target) continue;
      target.mentions.unshift(...source.mentions);
      target.rules.push('headline-forward-reference');
      this.sources.splice(this.sources.indexOf(source), 1);
      for (const [key, value] of this.bySpeaker) if (value === source) this.bySpeaker.set(key, target);
    }
  }

  private addMention(source: DraftSource, phrase: SourcePhrase): void {
    if (!source.mentions.some(([a]) => a === phrase.start)) source.mentions.push([phrase.start, phrase.end]);
  }

  private addBasis(source: DraftSource, speaker: Speaker): void {
    for (const name of speaker.basis.spokeTo) source.spokeTo.add(this.outlets.idFor(name));
    for (const a of speaker.basis.audience) if (!source.audience.includes(a)) source.audience.push(a);
    for (const c of speaker.basis.conditions) if (!source.conditions.includes(c)) source.conditions.push(c);
    for (const r of speaker.basis.ruleIds) if (!source.rules.includes(r)) source.rules.push(r);
  }

  /** The gazetteer entity a phrase names as a whole (a capital → its government). */
  private entityOf(phrase: SourcePhrase): string | undefined {
    if (phrase.entity) return phrase.entity.government ?? phrase.entity.id;
    const match = this.rules.entities.matchAt(this.doc.tokens, phrase.start);
    return match && match.end === phrase.end ? (match.value.government ?? match.value.id) : undefined;
  }

  /** The folded last word of tokens `[start, end)`. */
  /** The first clause comma in `[start, end)`, or `end`: "Lorna Vickery, the spokeswoman for …" ends her name. */
  private comma(start: number, end: number): number {
    for (let i = start; i < end; i++) if (CLAUSE_PUNCTUATION.has(this.doc.tokens[i]?.text ?? '')) return i;
    return end;
  }

  private lastWord(start: number, end: number): string | undefined {
    for (let i = end - 1; i >= start; i--) {
      const token = this.doc.tokens[i];
      if (token?.word) return token.key;
    }
    return undefined;
  }

  private newId(phrase: SourcePhrase, label: string, entityId: string | undefined): string {
    const ascii = label
      .toLowerCase()
      .replace(/^(?:a|an|the)\s+/u, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    const base = entityId ?? (/[a-z]/.test(ascii) ? ascii : phrase.kind.toLowerCase().replace(/_/g, '-'));
    const taken = (id: string): boolean => id === OUTLET_VOICE_ID || this.sources.some((s) => s.id === id);
    if (!taken(base) && (entityId || /[a-z]/.test(ascii))) return base;
    let n = this.counters.get(base) ?? 0;
    let id: string;
    do id = `${base}-${++n}`;
    while (taken(id));
    this.counters.set(base, n);
    return id;
  }
}
