/**
 * Writes statements into an article and records them in its annotation: the sentence around each
 * claim, the source and its mentions and basis, the topics, the gloss, and the assessment against
 * an earlier statement. Keeps the speaker of the current paragraph, since an attribution reaches
 * the later sentences of its paragraph and never crosses a paragraph break (guide §2.4).
 */
import type { AnnotationBuilder } from './annotation-builder';
import { CORPUS_GENERATOR } from './annotation-builder';
import type { ArticleText, TextSpan } from './article-text';
import { MARKER_TIERS } from './markers';
import { assessmentOf } from './plan-statements';
import type { StatementPlan } from './plan-statements';
import type { Rng } from './prng';
import { at } from './prng';
import { capitalize, createClaim, renderClaim } from './render-claim';
import type { Language } from './render-claim';
import { suitable } from './sentence-templates';
import type { SentenceTemplate } from './sentence-templates';
import { drawOrganization, drawRelay, drawSpeaker, officialsOf } from './speakers';
import type { Speaker } from './speakers';
import { writeSentence } from './write-sentence';

/** What a writer works on. */
export interface WriterContext {
  rng: Rng;
  language: Language;
  text: ArticleText;
  builder: AnnotationBuilder;
  outletWords: string;
  slug: string;
  lastSpoke: Map<string, string>;
}

// Sources whose identity carries across articles (same name or same body), linked by `sameAs`.
const LINKED_KINDS = new Set(['NAMED_PERSON', 'INSTITUTION']);

/** Writes the statements of one article. */
export class StatementWriter {
  private speaker: Speaker | null = null;
  private relay: Speaker | null = null;
  private readonly spoke = new Set<string>();

  constructor(private readonly context: WriterContext) {}

  /** A statement of the current paragraph's source, introducing it on the first sentence. */
  attributed(
    plan: StatementPlan,
    i: number,
    openers: readonly SentenceTemplate[],
    next: readonly SentenceTemplate[],
  ): void {
    if (i === 0 || !this.speaker) this.speaker = drawSpeaker(this.context.rng);
    const pool = suitable(i === 0 ? openers : next, this.speaker.kind);
    this.write(plan, this.context.rng.pick(pool), this.speaker);
  }

  /** A statement of officials reported through an intermediary (`via`), for the whole paragraph. */
  chain(plan: StatementPlan, i: number, opener: SentenceTemplate, next: readonly SentenceTemplate[]): void {
    if (i === 0 || !this.speaker || !this.relay) {
      this.relay = drawRelay(this.context.rng);
      this.speaker = officialsOf(drawOrganization(this.context.rng));
    }
    const template = i === 0 ? opener : this.context.rng.pick(suitable(next, this.speaker.kind));
    this.write(plan, template, this.speaker, {
      relay: i === 0 ? this.relay : undefined,
      via: [this.relay.id],
    });
  }

  endParagraph(): void {
    this.speaker = null;
    this.relay = null;
  }

  /** Remembers where linked sources spoke, for the `sameAs` of later articles. */
  finish(): void {
    for (const id of this.spoke) this.context.lastSpoke.set(id, this.context.slug);
  }

  /** Writes one statement with `template` and returns the span of its claim. */
  write(
    plan: StatementPlan,
    template: SentenceTemplate,
    speaker: Speaker,
    options: { qualifiers?: boolean; relay?: Speaker; via?: string[] } = {},
  ): TextSpan {
    const { rng, language, text, builder, outletWords } = this.context;
    const qualifiers = options.qualifiers ?? true;
    let claim = renderClaim(plan.claim, language, qualifiers);
    // Prefer quotes that occur once; the lede may repeat the headline, which anchors tell apart.
    for (let retry = 0; retry < 3 && !plan.id.startsWith('s1-') && text.text.includes(claim.text); retry++) {
      const { story, polarity, variant, markers } = plan.claim;
      plan.claim = createClaim(rng, story, polarity, variant, markers);
      claim = renderClaim(plan.claim, language, qualifiers);
    }
    const written = writeSentence(text, template, {
      language,
      speaker,
      relay: options.relay,
      claim,
      outlet: outletWords,
    });
    for (const { speaker: who, span } of written.sourceMentions) this.source(who).mentions.push(span);
    const source = this.source(speaker);
    if (template.spokeTo) source.spokeTo = true;
    if (template.conditions) source.conditions = template.conditions;

    const { story, markers } = plan.claim;
    const topics = [
      builder.topic({
        id: `${story.family.id}-${story.place.region.id}`,
        label: `${story.family.label}: ${story.place.region.nameEn}`,
        labelAr: `${story.family.labelAr}: ${story.place.region.ar}`,
      }),
      // The headline leaves out the lede's qualifiers, and with them its marker topics.
      ...(qualifiers ? markers.topic : []).map((t) => {
        const { id, label, labelAr } = at(MARKER_TIERS, t - 1).topic;
        return builder.topic({ id, label, labelAr });
      }),
    ];
    const gloss = `${capitalize(renderClaim(plan.claim, 'en', qualifiers).text)}.`;
    builder.statement({
      id: plan.id,
      span: written.claim,
      mentions: written.entityMentions,
      source: speaker.id,
      via: options.via ?? [],
      mode: template.mode,
      cue: written.cue,
      hedging: template.hedging ?? null,
      topics,
      gloss: language === 'ar' ? { text: gloss, language: 'en', translator: CORPUS_GENERATOR } : null,
    });
    const assessment = assessmentOf(plan, this.context.slug, rng);
    if (assessment) builder.assessments.push(assessment);
    return written.claim;
  }

  private source(speaker: Speaker): ReturnType<AnnotationBuilder['source']> {
    const { builder, lastSpoke, slug } = this.context;
    const draft = builder.source(speaker);
    if (LINKED_KINDS.has(speaker.kind) && !this.spoke.has(speaker.id)) {
      this.spoke.add(speaker.id);
      const earlier = lastSpoke.get(speaker.id);
      if (earlier !== undefined && earlier !== slug) {
        draft.sameAs.push({
          ref: `${earlier}#${speaker.id}`,
          rationale: `The same ${speaker.kind === 'NAMED_PERSON' ? 'name, role and affiliation' : 'institution'} as in the earlier article.`,
          confidence: speaker.kind === 'NAMED_PERSON' ? 0.9 : 0.95,
        });
      }
    }
    return draft;
  }
}
