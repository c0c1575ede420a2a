/**
 * Collects what an article's sentences say (statements, sources, entities, topics, assessments,
 * exclusions) while the text is written, and turns it into an `AnnotationFile` once the text is
 * final: only then can each quote be given the context that makes it unique.
 */
import type {
  Agent,
  AnnotationFile,
  Assessment,
  Entity,
  Outlet,
  Source,
  Statement,
  Topic,
} from '../../src/ingest/annotation-schema';
import { sha256Hex } from '../../src/text/hash';
import { anchorAt } from './article-text';
import type { TextSpan } from './article-text';
import type { EntityDef } from './entities';
import type { EntityMention, Language } from './render-claim';
import type { Speaker } from './speakers';

/** The version of the generator, recorded as the annotating tool's version. */
export const CORPUS_GENERATOR_VERSION = '1.0.0';

/** The tool that annotates, translates and assesses every generated article. */
export const CORPUS_GENERATOR: Agent = {
  id: 'isnad-corpus-generator',
  name: 'Isnad synthetic corpus generator',
  kind: 'TOOL',
  version: CORPUS_GENERATOR_VERSION,
};

/** A statement before anchoring. */
export interface DraftStatement extends Omit<Statement, 'quote' | 'prefix' | 'suffix' | 'entities'> {
  span: TextSpan;
  mentions: EntityMention[];
}

interface DraftSource {
  speaker: Speaker;
  spokeTo: boolean;
  conditions: string | null;
  mentions: TextSpan[];
  sameAs: Source['sameAs'];
}

/** The article-level facts the annotation records. */
export interface ArticleFacts {
  slug: string;
  language: Language;
  outlet: Outlet;
  publishedAt: string;
}

/** Accumulates one article's annotation. */
export class AnnotationBuilder {
  readonly statements: DraftStatement[] = [];
  readonly assessments: Assessment[] = [];
  private readonly sources = new Map<string, DraftSource>();
  private readonly entities = new Map<string, { def: EntityDef; mentions: TextSpan[] }>();
  private readonly topics = new Map<string, Topic>();
  private readonly excluded: { span: TextSpan; reason: string }[] = [];
  headline: TextSpan | null = null;

  constructor(private readonly facts: ArticleFacts) {}

  /** Registers a source (once per id) and returns its draft, to add mentions and basis to. */
  source(speaker: Speaker): DraftSource {
    let draft = this.sources.get(speaker.id);
    if (!draft) {
      draft = { speaker, spokeTo: false, conditions: null, mentions: [], sameAs: [] };
      this.sources.set(speaker.id, draft);
    }
    return draft;
  }

  topic(topic: Topic): string {
    if (!this.topics.has(topic.id)) this.topics.set(topic.id, topic);
    return topic.id;
  }

  statement(draft: DraftStatement): void {
    this.statements.push(draft);
    for (const mention of draft.mentions) {
      const entry = this.entities.get(mention.entity.id) ?? { def: mention.entity, mentions: [] };
      entry.mentions.push(mention);
      this.entities.set(mention.entity.id, entry);
    }
  }

  exclude(span: TextSpan, reason: string): void {
    this.excluded.push({ span, reason });
  }

  /** The annotation of the finished `text`. */
  finish(text: string): AnnotationFile {
    const { slug, language, outlet, publishedAt } = this.facts;
    const anchor = (span: TextSpan) => anchorAt(text, span);
    const statements: Statement[] = this.statements.map(({ span, mentions, ...rest }) => ({
      ...anchor(span),
      ...rest,
      entities: [...new Set(mentions.map((m) => m.entity.id))],
    }));
    const sources: Source[] = [...this.sources.values()].map(
      ({ speaker, spokeTo, conditions, mentions, sameAs }) => ({
        id: speaker.id,
        kind: speaker.kind,
        label: speaker.label[language],
        labelEn: speaker.labelEn,
        basis: {
          spokeTo: spokeTo ? [outlet.id] : [],
          audience: null,
          role: speaker.role,
          affiliation: speaker.affiliation,
          conditions,
        },
        mentions: mentions.map(anchor),
        sameAs,
      }),
    );
    const entities: Entity[] = [...this.entities.values()].map(({ def, mentions }) => ({
      id: def.id,
      kind: def.kind,
      name: text.slice(mentions[0]?.start ?? 0, mentions[0]?.end ?? 0),
      nameEn: def.nameEn,
      mentions: mentions.map(anchor),
    }));
    return {
      schemaVersion: 1,
      kind: 'annotation',
      article: {
        slug,
        textFile: `${slug}.txt`,
        contentHash: sha256Hex(text),
        language,
        headline: this.headline ? anchor(this.headline) : null,
        url: null,
        retrievedFrom: null,
        publishedAt,
        outlet: outlet.id,
        carriedBy: [],
        topics: [...this.topics.keys()],
      },
      annotator: CORPUS_GENERATOR,
      annotatedAt: '2026-12-01',
      outlets: [outlet],
      topics: [...this.topics.values()],
      sources,
      statements,
      entities,
      assessments: this.assessments,
      excluded: this.excluded.map(({ span, reason }) => ({ ...anchor(span), reason })),
      corrections: [],
    };
  }
}
