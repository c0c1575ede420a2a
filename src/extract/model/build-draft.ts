/**
 * The model's reply as the same draft the rule extractor writes: an annotation file (valid against
 * annotationFileSchema) and per-item notes, plus the quotes that were rejected. Every item says it is
 * machine-made by a model: the annotator is a TOOL naming the model and server, notes name
 * `model:<name>`, candidate assessments come from the shared assessments stage.
 */
import { outletVoiceSource } from '../draft/outlet-voice';
import { loadRuleSet, proposeAssessments, RuleBasedDetector } from '../index';
import type { Proposal, ProposeInput } from '../index';
import type { Agent, Outlet, Source, Statement } from '../../ingest/annotation-schema';
import { annotationFileSchema } from '../../ingest/annotation-schema';
import { sha256Hex } from '../../text/hash';
import { findQuoteOccurrences } from '../../text/spans';
import { checkQuote } from './anchor-quotes';
import type { RejectedQuote } from './anchor-quotes';
import { OUTLET_SOURCE_KEY } from './reply-schema';
import type { ModelReply } from './reply-schema';

/** A draft and the quotes that did not make it into it. */
export interface ExtractionResult extends Proposal {
  rejected: RejectedQuote[];
}

const OUTLET_VOICE_ID = 'outlet-voice';
const UNKNOWN_OUTLET: Outlet = {
  id: 'unknown-outlet',
  name: 'Unknown outlet',
  owner: { id: 'unknown-outlet', name: 'Unknown outlet' },
};
/** Model confidences are not calibrated; a statement without one gets this. */
const DEFAULT_CONFIDENCE = 0.5;

/** The rule id recorded in the notes for items the model proposed. */
export function modelRuleId(model: string): string {
  return `model:${model}`;
}

/** Builds the draft from a checked reply; quotes not found exactly are rejected, never moved. */
export function buildModelDraft(
  input: ProposeInput,
  reply: ModelReply,
  agent: Agent,
  model: string,
): ExtractionResult {
  const { text } = input;
  const slug = input.slug ?? 'draft-article';
  const outlet = input.outlet ?? UNKNOWN_OUTLET;
  const rule = modelRuleId(model);
  const rejected: RejectedQuote[] = [];
  const notes: Proposal['notes'] = { statements: {}, sources: {} };

  const sourceIds = new Map<string, string>();
  const sources: Source[] = [];
  reply.sources.forEach((s) => {
    if (sourceIds.has(s.id) || s.kind === 'OUTLET_VOICE') return;
    const id = `src-${sources.length + 1}`;
    sourceIds.set(s.id, id);
    notes.sources[id] = { rules: [rule], confidence: DEFAULT_CONFIDENCE };
    const mention = findQuoteOccurrences(text, s.description);
    sources.push({
      id,
      kind: s.kind,
      label: s.description,
      labelEn: s.descriptionEn ?? null,
      basis: {
        spokeTo: [],
        audience: null,
        role: s.role ?? null,
        affiliation: s.affiliation ?? null,
        conditions: s.conditions ?? null,
      },
      // A description that occurs exactly once in the article is also where the source is named.
      mentions: mention.length === 1 ? [{ quote: s.description }] : [],
      sameAs: [],
    });
  });

  const kept: { statement: Statement; start: number; confidence: number }[] = [];
  const taken = new Set<string>();
  for (const s of reply.statements) {
    const check = checkQuote(text, s.quote, { prefix: s.prefix, suffix: s.suffix });
    if (check.kind === 'rejected') {
      rejected.push({ quote: s.quote, reason: check.reason });
      continue;
    }
    const outletVoice = s.source === OUTLET_SOURCE_KEY;
    const source = outletVoice ? OUTLET_VOICE_ID : sourceIds.get(s.source);
    if (source === undefined) {
      rejected.push({
        quote: s.quote,
        reason: `names source "${s.source}", which the reply's sources do not list`,
      });
      continue;
    }
    const key = `${check.span.start}:${check.span.end}`;
    if (taken.has(key)) {
      rejected.push({ quote: s.quote, reason: 'the same span was already proposed' });
      continue;
    }
    taken.add(key);
    const mode = outletVoice && s.mode !== 'EDITORIAL_INFERENCE' ? 'UNATTRIBUTED' : s.mode;
    kept.push({
      start: check.span.start,
      confidence: s.confidence ?? DEFAULT_CONFIDENCE,
      statement: {
        id: '',
        ...check.anchor,
        source,
        via: [],
        mode,
        cue: outletVoice ? null : (s.cue ?? null),
        hedging: s.hedging ?? null,
        language: undefined,
        topics: [],
        entities: [],
        gloss: null,
      },
    });
  }

  // Document order and the rule extractor's ids: st-<paragraph>-<n>, paragraphs counted from 1.
  kept.sort((a, b) => a.start - b.start);
  const perParagraph = new Map<number, number>();
  const statements = kept.map(({ statement, start, confidence }) => {
    const paragraph = paragraphAt(text, start);
    const n = (perParagraph.get(paragraph) ?? 0) + 1;
    perParagraph.set(paragraph, n);
    const id = `st-${paragraph + 1}-${n}`;
    notes.statements[id] = { rules: [rule], confidence };
    return { ...statement, id };
  });

  if (statements.some((s) => s.source === OUTLET_VOICE_ID)) sources.unshift(outletVoiceSource(outlet));
  const usedSources = new Set(statements.map((s) => s.source));
  const keptSources = sources.filter((s) => usedSources.has(s.id));
  for (const id of Object.keys(notes.sources)) if (!usedSources.has(id)) delete notes.sources[id];

  const assessments = proposeAssessments(
    statements.map((s) => ({
      id: s.id,
      source: s.source,
      text: s.quote,
      denied: isDenial(s.cue),
      entities: [],
    })),
    input.existing ?? [],
    input.language,
    input.rules ?? loadRuleSet(),
    input.detector ?? new RuleBasedDetector(),
    agent,
  );

  const headlineLine = text.split('\n')[0] ?? '';
  const headline =
    headlineLine.trim() !== '' && findQuoteOccurrences(text, headlineLine).length === 1
      ? { quote: headlineLine }
      : null;
  const annotation = annotationFileSchema.parse({
    schemaVersion: 1,
    kind: 'annotation',
    article: {
      slug,
      textFile: input.textFile ?? `${slug}.${input.language}.txt`,
      contentHash: sha256Hex(text),
      language: input.language,
      headline,
      outlet: outlet.id,
      topics: [],
    },
    annotator: agent,
    annotatedAt: input.annotatedAt ?? new Date().toISOString().slice(0, 10),
    outlets: [outlet],
    topics: [],
    sources: keptSources,
    statements,
    entities: [],
    assessments,
    excluded: [],
  });
  return { annotation, notes, rejected };
}

/** 0 for the first line (the headline), 1 for the next, … */
function paragraphAt(text: string, codePoint: number): number {
  let line = 0;
  let i = 0;
  for (const char of text) {
    if (i++ >= codePoint) break;
    if (char === '\n') line++;
  }
  return line;
}

/** A denial cue flips the polarity of the words, for the candidate detector. */
function isDenial(cue: string | null): boolean {
  return (
    cue !== null && /(?:^|\s|و)(?:نفى|نفت|ينفي|تنفي|نفوا)|\bden(?:y|ies|ied|ying)\b|\brejected\b/iu.test(cue)
  );
}
