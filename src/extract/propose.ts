/**
 * `proposeAnnotations`: a draft annotation file for a new article, in the seed format, for a person
 * to review before ingest. Pure: it reads no article and writes no graph (the rule files, which ship
 * with the code, are read once unless the caller passes its own).
 */
import { outletVoiceSource } from './draft/outlet-voice';
import { anchorFor } from './text/anchors';
import { proposeAssessments } from './pipeline/assessments/assess';
import type { ExistingStatement } from './pipeline/assessments/assess';
import { compileRules } from './rules-engine/compile-rules';
import { RuleBasedDetector } from './pipeline/assessments/contradictions';
import type { ContradictionDetector } from './pipeline/assessments/contradictions';
import { createDoc } from './text/doc';
import type { Doc } from './text/doc';
import type { DraftStatement } from './draft/draft-types';
import { findEntities } from './pipeline/entities';
import { claimFeatures } from './pipeline/assessments/features';
import { loadRuleSet } from './rules-engine/load-rules';
import type { ProposerLanguage, RuleSet } from './rules-engine/load-rules';
import { OutletResolver, UNKNOWN_OUTLET } from './pipeline/sources/outlets';
import { segmentArticle } from './pipeline/segment';
import { UNCOVERED_CUE_REASON, uncoveredCueSentences } from './pipeline/coverage';
import { OUTLET_VOICE_ID, SourceRegistry } from './pipeline/sources/source-registry';
import type { DraftSource } from './pipeline/sources/source-registry';
import type { Agent, AnnotationFile, Outlet, Source, Statement } from '../ingest/annotation-schema';
import { annotationFileSchema } from '../ingest/annotation-schema';
import { appVersion } from '../config/project-root';
import { sha256Hex } from '../text/hash';
import type { CodePointSpan } from '../text/spans';

/** What to propose for. Only `text` and `language` are required. */
export interface ProposeInput {
  /** The article, exactly as its file decodes (spans count its code points). */
  text: string;
  language: ProposerLanguage;
  slug?: string;
  /** The publishing outlet (its names let "لـ\"…\"" / "told …" resolve to its id). */
  outlet?: Outlet;
  /** Statements already in the graph, for candidates across articles. */
  existing?: readonly ExistingStatement[];
  /** `article.textFile`; defaults to `<slug>.<language>.txt`. */
  textFile?: string;
  /** ISO date of the proposal; defaults to today. */
  annotatedAt?: string;
  /** Rules to use instead of the shipped files (tests, edited rules). */
  rules?: RuleSet;
  /** A detector to use instead of the rule-based one (e.g. a model, later). */
  detector?: ContradictionDetector;
  /** The tool version recorded in the annotator; defaults to package.json's. */
  version?: string;
}

/** Which rules produced an item of the draft, and how sure they are. */
export interface RuleNote {
  rules: string[];
  confidence: number;
}

/** A proposal: the draft file and, per statement and source id, the rules behind it. */
export interface Proposal {
  annotation: AnnotationFile;
  notes: { statements: Record<string, RuleNote>; sources: Record<string, RuleNote> };
}

/** The proposer's agent record: a tool, with its version (guide §7.3). */
export function proposerAgent(version: string = appVersion()): Agent {
  return { id: 'isnad-proposer', name: 'Isnad rule-based proposer', kind: 'TOOL', version };
}

/**
 * Proposes sources, statements, entities and candidate assessments for `input.text`. The result
 * validates against `annotationFileSchema`; every quote selects exactly the span the rules found.
 * Glosses are left null: a translation is for the reviewer to write.
 */
export function proposeAnnotations(input: ProposeInput): Proposal {
  const ruleSet = input.rules ?? loadRuleSet();
  const rules = compileRules(ruleSet, input.language);
  const doc = createDoc(input.text);
  const slug = input.slug ?? 'draft-article';
  const agent = proposerAgent(input.version);
  const outlets = new OutletResolver(input.outlet ?? UNKNOWN_OUTLET, ruleSet.gazetteer.outlets);
  const registry = new SourceRegistry(doc, rules, outlets);
  const segmentation = segmentArticle(doc, rules);

  const drafts = dedupe(segmentation.statements);
  const headlineSpeakers = drafts.flatMap((d) =>
    d.speaker !== 'outlet' && d.speaker.headline ? [d.speaker] : [],
  );
  drafts.forEach((d) => d.speaker !== 'outlet' && registry.resolve(d.speaker));
  registry.mergeHeadlineSpeakers(headlineSpeakers);

  const spans = drafts.map((d) => tokenSpan(doc, d.start, d.end));
  const uncovered = uncoveredCueSentences(doc, rules, [...drafts, ...segmentation.excluded]).map((range) => ({
    ...range,
    reason: UNCOVERED_CUE_REASON,
  }));
  const entities = findEntities(doc, rules, spans);
  const notes: Proposal['notes'] = { statements: {}, sources: {} };
  const topicsUsed = new Set<string>();
  const statements: Statement[] = drafts.map((draft, i) => {
    const span = spans[i] as CodePointSpan;
    const source = draft.speaker === 'outlet' ? undefined : registry.resolve(draft.speaker);
    const id = `st-${draft.paragraph + 1}-${drafts.slice(0, i).filter((d) => d.paragraph === draft.paragraph).length + 1}`;
    const inside = entities
      .filter((e) => e.mentions.some((m) => span.start <= m.start && m.end <= span.end))
      .map((e) => e.id);
    const quote = anchorFor(doc.text, doc.chars, span);
    const features = claimFeatures(quote.quote, rules, draft.denied, inside);
    features.topics.forEach((t) => topicsUsed.add(t));
    const carried =
      draft.via.length > 0 || draft.speaker === 'outlet'
        ? draft.via.flatMap((v) => registry.resolve(v)?.id ?? [])
        : registry.carriersOf(draft.speaker).map((c) => c.id);
    const via = carried.filter((v) => v !== source?.id);
    notes.statements[id] = { rules: draft.rules, confidence: draft.confidence };
    return {
      id,
      ...quote,
      source: source?.id ?? OUTLET_VOICE_ID,
      via: [...new Set(via)],
      mode: source ? draft.mode : draft.mode === 'EDITORIAL_INFERENCE' ? draft.mode : 'UNATTRIBUTED',
      cue: source ? draft.cue : null,
      hedging: draft.hedging,
      language: undefined,
      topics: [...features.topics],
      entities: inside,
      gloss: null,
    };
  });

  const deniedById = new Map(statements.map((s, i) => [s.id, drafts[i]?.denied ?? false]));
  const headlineLine = segmentation.headline;
  const headlineIds = new Set(
    statements.flatMap((s, i) => {
      const d = drafts[i];
      return headlineLine && d && d.start >= headlineLine[0] && d.end <= headlineLine[1] ? [s.id] : [];
    }),
  );
  const assessments = proposeAssessments(
    statements.map((s) => ({
      id: s.id,
      source: s.source,
      text: s.quote,
      denied: deniedById.get(s.id) ?? false,
      entities: s.entities,
      headline: headlineIds.has(s.id),
      background: s.source === OUTLET_VOICE_ID && s.mode === 'UNATTRIBUTED',
    })),
    input.existing ?? [],
    input.language,
    ruleSet,
    input.detector ?? new RuleBasedDetector(),
    agent,
  );

  const sources: Source[] = [];
  if (statements.some((s) => s.source === OUTLET_VOICE_ID))
    sources.push(outletVoiceSource(outlets.articleOutlet));
  for (const source of registry.sources) {
    sources.push(toSource(doc, source));
    notes.sources[source.id] = { rules: source.rules, confidence: source.confidence };
  }
  const topics = ruleSet.gazetteer.topics
    .filter((t) => topicsUsed.has(t.id))
    .map(({ id, label, labelAr }) => ({ id, label, ...(labelAr ? { labelAr } : {}) }));
  const headline = segmentation.headline
    ? anchorFor(doc.text, doc.chars, tokenSpan(doc, ...segmentation.headline))
    : null;

  const annotation = annotationFileSchema.parse({
    schemaVersion: 1,
    kind: 'annotation',
    article: {
      slug,
      textFile: input.textFile ?? `${slug}.${input.language}.txt`,
      contentHash: sha256Hex(input.text),
      language: input.language,
      headline,
      outlet: outlets.articleOutlet.id,
      topics: topics.map((t) => t.id),
    },
    annotator: agent,
    annotatedAt: input.annotatedAt ?? new Date().toISOString().slice(0, 10),
    outlets: outlets.outlets(),
    topics,
    sources,
    statements,
    entities: entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      nameEn: e.nameEn,
      mentions: e.mentions.map((m) => anchorFor(doc.text, doc.chars, m)),
    })),
    assessments,
    excluded: [...segmentation.excluded, ...uncovered].map((x) => ({
      ...anchorFor(doc.text, doc.chars, tokenSpan(doc, x.start, x.end)),
      reason: x.reason,
    })),
  });
  return { annotation, notes };
}

function tokenSpan(doc: Doc, from: number, to: number): CodePointSpan {
  return { start: doc.tokens[from]?.start ?? 0, end: doc.tokens[to - 1]?.end ?? 0 };
}

/** One statement per span; a span proposed twice keeps its first (more specific) reading. */
function dedupe(statements: DraftStatement[]): DraftStatement[] {
  const seen = new Set<string>();
  return statements.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key) || s.end <= s.start) return false;
    seen.add(key);
    return true;
  });
}

function toSource(doc: Doc, source: DraftSource): Source {
  return {
    id: source.id,
    kind: source.kind,
    label: source.label,
    labelEn: source.labelEn,
    basis: {
      spokeTo: [...source.spokeTo],
      audience: source.audience.length > 0 ? source.audience.join(', ') : null,
      role: null,
      affiliation: null,
      conditions: source.conditions.length > 0 ? source.conditions.join('; ') : null,
    },
    mentions: source.mentions.map(([a, b]) => anchorFor(doc.text, doc.chars, tokenSpan(doc, a, b))),
    sameAs: [],
  };
}
