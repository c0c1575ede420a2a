/**
 * Turns one language's rule file and the gazetteer into matchers, once per language: the segmenter,
 * the source parser and the feature extractor only ask questions of the compiled form.
 */
import { PhraseMatcher } from './phrase-matcher';
import type { RuleSet, ProposerLanguage } from './load-rules';
import type { CueRule, Gazetteer, GazetteerEntity, LanguageRules } from './rule-schema';
import type { SourceKind } from '../../ingest/annotation-schema';
import { foldArabic } from '../../text/arabic-fold';

/** What a word can begin as a source's noun phrase. */
export interface HeadInfo {
  ruleId: string;
  kind: SourceKind;
  /** anonymous / unattributed / institution / role. */
  family: 'anonymous' | 'unattributed' | 'institution' | 'role';
  /** A definite back-reference (المصادر, the officials) to an earlier source with this rule id. */
  backReference: boolean;
}

/** A named circumstance of a statement (audience or conditions). */
export interface CircumstanceInfo {
  ruleId: string;
  field: 'audience' | 'conditions';
}

/** The compiled rules of one language. */
export interface CompiledRules {
  language: ProposerLanguage;
  source: LanguageRules;
  gazetteer: Gazetteer;
  cues: PhraseMatcher<CueRule>;
  hedges: PhraseMatcher<string>;
  complementizers: PhraseMatcher<string>;
  relayMarkers: PhraseMatcher<string>;
  connectives: PhraseMatcher<string>;
  spokeToMarkers: PhraseMatcher<string>;
  heads: PhraseMatcher<HeadInfo>;
  circumstances: PhraseMatcher<CircumstanceInfo>;
  negations: PhraseMatcher<string>;
  /** Names of gazetteer entities, with the clitics and prepositions that can precede a name. */
  entities: PhraseMatcher<GazetteerEntity>;
  adjectives: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
  headPrepositions: ReadonlySet<string>;
  splitWords: PhraseMatcher<string>;
  clauseConjunctions: PhraseMatcher<string>;
  clauseVerbs: ReadonlySet<string>;
  contentStops: PhraseMatcher<string>;
  /** Attribution to no one; the value says whether a content clause follows. */
  passiveAttributions: PhraseMatcher<{ ruleId: string; clause: boolean }>;
  /** Time adverbs after a speaker; the value is the rule id. */
  timeAdverbs: PhraseMatcher<string>;
  reportNouns: PhraseMatcher<string>;
  objectOpeners: ReadonlySet<string>;
  noComment: PhraseMatcher<string>;
  noCommentAround:
    { openers: PhraseMatcher<string>; closers: PhraseMatcher<string>; reach: number } | undefined;
  /** Split words that only split when the conjunction is attached (، وأن). */
  conjoinedSplitWords: PhraseMatcher<string>;
  inferenceParticles: ReadonlySet<string>;
  /** Folded outlet names (name and nameOriginal) → outlet id. */
  outletNames: ReadonlyMap<string, string>;
}

const compiledBySet = new WeakMap<RuleSet, Map<ProposerLanguage, CompiledRules>>();

/** Compiles the rules of `language` (cached per rule set). */
export function compileRules(ruleSet: RuleSet, language: ProposerLanguage): CompiledRules {
  const perSet = compiledBySet.get(ruleSet) ?? new Map<ProposerLanguage, CompiledRules>();
  compiledBySet.set(ruleSet, perSet);
  const hit = perSet.get(language);
  if (hit) return hit;
  const compiled = build(ruleSet.languages[language], ruleSet.gazetteer, language);
  perSet.set(language, compiled);
  return compiled;
}

function build(rules: LanguageRules, gazetteer: Gazetteer, language: ProposerLanguage): CompiledRules {
  const clitics = rules.proclitics;
  const plain = (forms: readonly string[]): PhraseMatcher<string> =>
    new PhraseMatcher(
      forms.map((phrase) => ({ phrase, value: phrase })),
      clitics,
    );
  const { sources } = rules;
  const heads = [
    ...sources.anonymousHeads.flatMap((h) => [
      ...h.forms.map((phrase) => head(phrase, h.id, h.kind, 'anonymous', false)),
      ...h.definite.map((phrase) => head(phrase, h.id, h.kind, 'anonymous', true)),
    ]),
    ...sources.unattributedHeads.flatMap((h) =>
      h.forms.map((phrase) => head(phrase, h.id, 'UNATTRIBUTED', 'unattributed', false)),
    ),
    ...sources.institutionHeads.flatMap((h) =>
      h.forms.map((phrase) => head(phrase, h.id, 'INSTITUTION', 'institution', false)),
    ),
    ...sources.roleHeads.flatMap((h) =>
      h.forms.map((phrase) => head(phrase, h.id, 'NAMED_PERSON', 'role', false)),
    ),
  ];
  const outletNames = new Map<string, string>();
  for (const outlet of gazetteer.outlets) {
    outletNames.set(foldArabic(outlet.name), outlet.id);
    if (outlet.nameOriginal) outletNames.set(foldArabic(outlet.nameOriginal), outlet.id);
  }
  return {
    language,
    source: rules,
    gazetteer,
    cues: new PhraseMatcher(
      rules.cues
        .map((cue) => cue.forms.map((phrase) => ({ phrase, value: cue, suffixes: cueSuffixes(cue, rules) })))
        .flat(),
      clitics,
    ),
    hedges: new PhraseMatcher(
      rules.hedges.flatMap((h) => h.forms.map((phrase) => ({ phrase, value: h.id }))),
      clitics,
    ),
    complementizers: plain(rules.complementizers),
    relayMarkers: plain(rules.relayMarkers),
    connectives: plain(rules.connectives),
    spokeToMarkers: plain(rules.spokeToMarkers),
    heads: new PhraseMatcher(heads, clitics),
    circumstances: new PhraseMatcher(
      sources.circumstances.flatMap((c) =>
        c.starts.map((phrase) => ({ phrase, value: { ruleId: c.id, field: c.field } })),
      ),
      clitics,
    ),
    negations: plain(rules.negations),
    entities: new PhraseMatcher(
      gazetteer.entities.flatMap((e) => e.names.map((phrase) => ({ phrase, value: e }))),
      // A name may carry a conjunction and a preposition (وبغداد، لبغداد) in Arabic.
      language === 'ar' ? ['و', 'ف', 'ب', 'ل', 'ك'] : [],
    ),
    adjectives: new Set(sources.adjectives.map(foldArabic)),
    functionWords: new Set(rules.functionWords.map(foldArabic)),
    headPrepositions: new Set(sources.headPrepositions.map(foldArabic)),
    splitWords: plain(rules.splitters.words),
    clauseConjunctions: plain(rules.splitters.clauseConjunctions),
    clauseVerbs: new Set(rules.splitters.clauseVerbs.map(foldArabic)),
    noComment: new PhraseMatcher(
      rules.noComment.map((phrase) => ({ phrase, value: phrase })),
      clitics,
    ),
    noCommentAround: rules.noCommentAround && {
      openers: new PhraseMatcher(
        rules.noCommentAround.openers.map((phrase) => ({ phrase, value: phrase })),
        clitics,
      ),
      closers: new PhraseMatcher(
        rules.noCommentAround.closers.map((phrase) => ({ phrase, value: phrase })),
        clitics,
      ),
      reach: rules.noCommentAround.reach,
    },
    contentStops: new PhraseMatcher(
      rules.contentStops.flatMap((c) => c.forms.map((phrase) => ({ phrase, value: c.id }))),
      clitics,
    ),
    passiveAttributions: new PhraseMatcher(
      rules.passiveAttributions.flatMap((p) =>
        p.forms.map((phrase) => ({ phrase, value: { ruleId: p.id, clause: p.clause } })),
      ),
      clitics,
    ),
    timeAdverbs: new PhraseMatcher(
      (rules.timeAdverbs?.forms ?? []).map((phrase) => ({ phrase, value: rules.timeAdverbs?.id ?? '' })),
      clitics,
    ),
    objectOpeners: new Set((rules.objectOpeners ?? []).map(foldArabic)),
    reportNouns: new PhraseMatcher(
      (rules.reportNouns?.forms ?? []).map((phrase) => ({ phrase, value: rules.reportNouns?.id ?? '' })),
    ),
    conjoinedSplitWords: plain(rules.splitters.conjoinedWords),
    inferenceParticles: new Set(rules.inference.particles.map(foldArabic)),
    outletNames,
  };
}

function head(
  phrase: string,
  ruleId: string,
  kind: SourceKind,
  family: HeadInfo['family'],
  backReference: boolean,
): { phrase: string; value: HeadInfo } {
  return { phrase, value: { ruleId, kind, family, backReference } };
}

function cueSuffixes(cue: CueRule, rules: LanguageRules): readonly string[] {
  return cue.type === 'verb' ? rules.verbSuffixes : [];
}
