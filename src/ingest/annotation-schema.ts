/**
 * The annotation file format (schemaVersion 1): what an annotator writes, in YAML or JSON, about one
 * article. docs/annotation-guide.md explains every field and when to use it; this file is the
 * machine-checked half of that contract. Objects are strict so that a misspelt key fails with its
 * path instead of being silently dropped.
 */
import { z } from 'zod';

/** Local ids: stable, lowercase, kebab-case; also used for slugs, outlets, topics and entities. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase kebab-case: [a-z0-9] then [a-z0-9-]*')
  .meta({ id: 'Id', description: 'A lowercase kebab-case id.' });

/** A statement/source reference: `local-id`, or `article-slug#local-id` for another article. */
export const refSchema = z
  .string()
  .regex(
    /^(?:[a-z0-9][a-z0-9-]*#)?[a-z0-9][a-z0-9-]*$/,
    'must be a local id or "article-slug#local-id" (lowercase kebab-case)',
  )
  .meta({ id: 'Ref', description: 'A local id, or "article-slug#local-id" for another article.' });

const text = z.string().min(1, 'must not be empty');
const nullableText = text.nullable().default(null);
const language = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP-47 language tag such as "ar" or "en"');
const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'must be an ISO 8601 date (YYYY-MM-DD) or date-time',
});
const confidence = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');

/**
 * Who recorded something: a team, a person, or a tool (a tool must name its version). API_KEY is
 * what API writes record: the holder of a key, known by the key's id and name, never guessed further.
 */
export const agentSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    kind: z.enum(['TEAM', 'PERSON', 'TOOL', 'API_KEY']),
    version: text.optional(),
  })
  .refine((agent) => agent.kind !== 'TOOL' || agent.version !== undefined, {
    message: 'an agent of kind TOOL must give its version',
    path: ['version'],
  })
  .meta({ id: 'Agent', description: 'A team, person or tool (with version) that recorded something.' });

/**
 * Where words stand in the article: the exact words (TextQuoteSelector) and optionally the context
 * that must surround them and their code-point offsets (TextPositionSelector), which are checked.
 */
const anchorFields = {
  quote: text,
  prefix: text.nullable().optional(),
  suffix: text.nullable().optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
};
export const anchorSchema = z.strictObject(anchorFields).meta({
  id: 'Anchor',
  description: 'Exact words of the article, with optional prefix/suffix and code-point offsets.',
});

export const outletSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    nameOriginal: text.optional(),
    owner: z.strictObject({ id: idSchema, name: text, nameOriginal: text.optional() }),
  })
  .meta({ id: 'Outlet' });

export const topicSchema = z
  .strictObject({ id: idSchema, label: text, labelAr: text.optional() })
  .meta({ id: 'Topic' });

export const sourceKindSchema = z.enum([
  'NAMED_PERSON',
  'ANONYMOUS_INDIVIDUAL',
  'ANONYMOUS_GROUP',
  'INSTITUTION',
  'UNATTRIBUTED',
  'OUTLET_VOICE',
]);

/** What the text says about a source's access and identity, never more. */
export const basisSchema = z
  .strictObject({
    spokeTo: z.array(idSchema).default([]),
    audience: nullableText,
    role: nullableText,
    affiliation: nullableText,
    conditions: nullableText,
  })
  .meta({
    id: 'SourceBasis',
    description: 'What the text says about the source: to whom, role, affiliation.',
  });

export const sameAsSchema = z.strictObject({ ref: refSchema, rationale: text, confidence });

export const sourceSchema = z
  .strictObject({
    id: idSchema,
    kind: sourceKindSchema,
    label: text,
    labelEn: nullableText,
    basis: basisSchema.default({
      spokeTo: [],
      audience: null,
      role: null,
      affiliation: null,
      conditions: null,
    }),
    mentions: z.array(anchorSchema).default([]),
    sameAs: z.array(sameAsSchema).default([]),
  })
  .meta({ id: 'Source' });

export const glossSchema = z
  .strictObject({ text, language: language.default('en'), translator: agentSchema })
  .meta({ id: 'Gloss', description: 'A translation of a statement; never replaces its words.' });

export const modeSchema = z.enum(['DIRECT_QUOTE', 'REPORTED_SPEECH', 'EDITORIAL_INFERENCE', 'UNATTRIBUTED']);

export const statementSchema = z
  .strictObject({
    id: idSchema,
    ...anchorFields,
    source: idSchema,
    via: z.array(idSchema).default([]),
    mode: modeSchema,
    cue: nullableText,
    hedging: nullableText,
    language: language.optional(),
    topics: z.array(idSchema).default([]),
    entities: z.array(idSchema).default([]),
    gloss: glossSchema.nullable().default(null),
  })
  .meta({ id: 'Statement', description: 'One attributed utterance: its exact words and who said them.' });

export const entitySchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(['PERSON', 'PLACE', 'ORGANIZATION', 'DATE', 'EVENT']),
    name: text,
    nameEn: nullableText,
    mentions: z.array(anchorSchema).min(1, 'an entity needs at least one mention'),
  })
  .meta({ id: 'Entity' });

export const assessmentSchema = z
  .strictObject({
    id: idSchema,
    relation: z.enum(['CONTRADICTS', 'AGREES', 'REFINES', 'SAME_CLAIM']),
    from: refSchema,
    to: refSchema,
    rationale: text,
    confidence,
    method: z.enum(['HUMAN', 'RULE', 'MODEL']),
    rule: idSchema.nullable().optional(),
    assertedBy: agentSchema.optional(),
  })
  .superRefine((assessment, ctx) => {
    if (assessment.method === 'RULE' && !assessment.rule) {
      ctx.addIssue({ code: 'custom', path: ['rule'], message: 'method RULE requires the id of the rule' });
    }
    if (assessment.method !== 'RULE' && assessment.rule) {
      ctx.addIssue({ code: 'custom', path: ['rule'], message: 'rule is only allowed with method RULE' });
    }
    if (assessment.from === assessment.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'an assessment cannot relate a statement to itself',
      });
    }
  })
  .meta({
    id: 'Assessment',
    description: 'A relation between two statements, with rationale and provenance.',
  });

export const excludedSchema = z
  .strictObject({ ...anchorFields, reason: text })
  .meta({ id: 'Excluded', description: 'Words judged not to be a claim, with the reason.' });

export const correctionSchema = z
  .strictObject({
    id: idSchema,
    supersedes: refSchema,
    reason: text,
    statement: statementSchema.optional(),
    assessment: assessmentSchema.optional(),
    withdraw: z.literal(true).optional(),
  })
  .superRefine((correction, ctx) => {
    const given = [correction.statement, correction.assessment, correction.withdraw].filter(
      (x) => x !== undefined,
    );
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'a correction carries exactly one of: statement, assessment, withdraw: true',
      });
    }
  })
  .meta({
    id: 'Correction',
    description: 'Supersedes a statement or assessment: replaces it or withdraws it.',
  });

/** The article reference that both file kinds share: which bytes the spans are counted in. */
const articleRefFields = {
  slug: idSchema,
  textFile: text,
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be the lowercase hex sha256 of the article bytes'),
};

export const articleSchema = z
  .strictObject({
    ...articleRefFields,
    language,
    headline: z.union([text, anchorSchema]).nullable().default(null),
    url: z.url().nullable().default(null),
    retrievedFrom: nullableText,
    publishedAt: isoDate.nullable().default(null),
    retrievalRecord: text.optional().meta({
      description:
        'The intake record (`isnad intake`) that took this text from its page, relative to this file; ingest records its RETRIEVAL activity.',
    }),
    outlet: idSchema,
    carriedBy: z.array(idSchema).default([]),
    topics: z.array(idSchema).default([]),
  })
  .meta({ id: 'Article' });

/** A complete annotation of one article. */
export const annotationFileSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    kind: z.literal('annotation').default('annotation'),
    article: articleSchema,
    annotator: agentSchema,
    annotatedAt: isoDate,
    outlets: z.array(outletSchema).min(1, 'list at least the publishing outlet'),
    topics: z.array(topicSchema).default([]),
    sources: z.array(sourceSchema).default([]),
    statements: z.array(statementSchema).default([]),
    entities: z.array(entitySchema).default([]),
    assessments: z.array(assessmentSchema).default([]),
    excluded: z.array(excludedSchema).default([]),
    corrections: z.array(correctionSchema).default([]),
  })
  .meta({ id: 'AnnotationFile', description: 'A complete annotation of one article.' });

/**
 * A later file that only corrects an earlier annotation of the same article (same slug and
 * contentHash): small, and valid on its own.
 */
export const correctionFileSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    kind: z.literal('correction'),
    article: z.strictObject(articleRefFields),
    annotator: agentSchema,
    annotatedAt: isoDate,
    corrections: z.array(correctionSchema).min(1, 'a correction file needs at least one correction'),
  })
  .meta({ id: 'CorrectionFile', description: 'Corrections to an earlier annotation of the same article.' });

/** Either file kind, as the JSON Schema describes it; loaders pick one by `kind` for clearer errors. */
export const anyAnnotationFileSchema = z.union([annotationFileSchema, correctionFileSchema]);

export type Agent = z.output<typeof agentSchema>;
export type Anchor = z.output<typeof anchorSchema>;
export type Outlet = z.output<typeof outletSchema>;
export type Topic = z.output<typeof topicSchema>;
export type SourceKind = z.output<typeof sourceKindSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Gloss = z.output<typeof glossSchema>;
export type StatementMode = z.output<typeof modeSchema>;
export type Statement = z.output<typeof statementSchema>;
export type Entity = z.output<typeof entitySchema>;
export type Assessment = z.output<typeof assessmentSchema>;
export type Excluded = z.output<typeof excludedSchema>;
export type Correction = z.output<typeof correctionSchema>;
export type AnnotationFile = z.output<typeof annotationFileSchema>;
export type CorrectionFile = z.output<typeof correctionFileSchema>;
export type AnyAnnotationFile = AnnotationFile | CorrectionFile;
