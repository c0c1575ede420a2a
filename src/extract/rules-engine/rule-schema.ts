/**
 * The format of the proposer's rule files (`src/extract/rules/*.yaml`): what a linguist edits. Objects
 * are strict so that a misspelt key fails with its path instead of silently switching a rule off.
 */
import { z } from 'zod';
import { idSchema, outletSchema, sourceKindSchema } from '../../ingest/annotation-schema';

const words = z.array(z.string().min(1)).default([]);

/** An attribution cue: the words that attribute a claim to a speaker. */
export const cueRuleSchema = z.strictObject({
  id: idSchema,
  /** verb: the speaker is its subject; preposition: the speaker follows; participle: same speaker. */
  type: z.enum(['verb', 'preposition', 'participle']),
  forms: z.array(z.string().min(1)).min(1),
  /** The cue denies its content (نفى, denied): the claim's polarity is flipped. */
  denial: z.boolean().default(false),
  /** The verb takes its addressee as an object ("told Harbor Wire"). */
  object: z.boolean().default(false),
  /** A verb of evidence ("the minutes show"): its subject speaks only if it is a document. */
  evidence: z.boolean().default(false),
  /**
   * The verb relays another's words: its subject is the carrier and the speaker follows a relay
   * marker (نقلت الوكالة عن مصادر أن …; "quoted X as saying").
   */
  relay: z.boolean().default(false),
});

const headSchema = z.strictObject({
  id: idSchema,
  kind: sourceKindSchema,
  forms: z.array(z.string().min(1)).min(1),
  definite: words,
});

const plainHeadSchema = z.strictObject({ id: idSchema, forms: z.array(z.string().min(1)).min(1) });

const circumstanceSchema = z.strictObject({
  id: idSchema,
  field: z.enum(['audience', 'conditions']),
  starts: z.array(z.string().min(1)).min(1),
});

const phraseRuleSchema = z.strictObject({ id: idSchema, forms: z.array(z.string().min(1)).min(1) });

/** One language's rules (ar.yaml, en.yaml). */
export const languageRulesSchema = z.strictObject({
  language: z.string().regex(/^[a-z]{2,3}$/),
  verbSuffixes: words,
  proclitics: words,
  cues: z.array(cueRuleSchema).min(1),
  complementizers: words,
  /** After a relay cue's carrier, the word that introduces the speaker (عن; "as saying" is not needed). */
  relayMarkers: words,
  spokeToMarkers: words,
  sources: z.strictObject({
    anonymousHeads: z.array(headSchema),
    adjectives: words,
    unattributedHeads: z.array(plainHeadSchema),
    institutionHeads: z.array(plainHeadSchema),
    roleHeads: z.array(plainHeadSchema),
    headPrepositions: words,
    circumstances: z.array(circumstanceSchema),
  }),
  hedges: z.array(phraseRuleSchema),
  inference: z.strictObject({ id: idSchema, particles: words, verbPrefixes: words }),
  connectives: words,
  splitters: z.strictObject({
    id: idSchema,
    words,
    conjoinedWords: words,
    conjunction: z.string(),
    verbPrefixes: words,
    /**
     * ", and those ships will be back …": after a comma, a word of `clauseConjunctions` splits when a
     * finite verb of `clauseVerbs` follows within a few words (a clause with its own subject).
     */
    clauseConjunctions: words,
    clauseVerbs: words,
  }),
  /** A sentence with one of these is boilerplate about a request for comment, excluded (not a claim). */
  noComment: words,
  // "ولم يتسنَّ لـ«البوصلة» الحصول على تعليق": an opener, then within `reach` words a closer.
  noCommentAround: z
    .strictObject({ openers: words, closers: words, reach: z.number().int().min(1).max(20) })
    .optional(),
  /** Where a speaker's content ends and the rest is not a claim ("but declined to say …", دون أن يوضح). */
  contentStops: z
    .array(z.strictObject({ id: idSchema, forms: z.array(z.string().min(1)).min(1) }))
    .default([]),
  functionWords: words,
  negations: words,
  /**
   * When the words were said, between the speaker and the content ("said late Sunday that", قال
   * يوم الأحد إن): never part of a name, skipped before the content. A run of them is one phrase.
   */
  /**
   * Attribution to no one ("It was reported that", "are thought to", يُعتقد أن): the sentence is not
   * the outlet's own claim but an UNATTRIBUTED source's. `clause`: the content follows the phrase (after
   * "that"); otherwise the whole sentence is the content.
   */
  passiveAttributions: z
    .array(
      z.strictObject({
        id: idSchema,
        clause: z.boolean().default(false),
        forms: z.array(z.string().min(1)).min(1),
      }),
    )
    .default([]),
  timeAdverbs: z.strictObject({ id: idSchema, forms: z.array(z.string().min(1)).min(1) }).optional(),
  // "نفى في بيان مكتوب وجود أي تعليمات": words that open a denied object, ending a circumstance before it.
  objectOpeners: words.optional(),
  // "rejected that account", "نفى هذه الرواية": the object of a denial that names what it denies.
  reportNouns: z.strictObject({ id: idSchema, forms: z.array(z.string().min(1)).min(1) }).optional(),
});

const gazetteerEntitySchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['PERSON', 'PLACE', 'ORGANIZATION', 'DATE', 'EVENT']),
  nameEn: z.string().min(1),
  names: z.array(z.string().min(1)).min(1),
  /** A capital that speaks for a government: as a speaker it is that institution (guide §3.1). */
  government: idSchema.optional(),
});

/** Entities, outlets, topic vocabularies and the lexicons of the contradiction rules. */
export const gazetteerSchema = z.strictObject({
  entities: z.array(gazetteerEntitySchema),
  months: z.record(z.string(), z.string()),
  outlets: z.array(outletSchema),
  topics: z.array(
    z.strictObject({
      id: idSchema,
      label: z.string().min(1),
      labelAr: z.string().min(1).optional(),
      terms: z.array(z.string().min(1)).min(1),
    }),
  ),
  stance: z.strictObject({ statusQuo: words, change: words }),
  timing: z.record(z.enum(['days', 'weeks', 'months', 'years']), words),
  numbers: z.strictObject({
    words: z.record(z.string(), z.number()),
    multipliers: z.record(z.string(), z.number()),
    duals: z.record(z.string(), z.number()),
    upperBounds: words,
    lowerBounds: words,
  }),
});

export type CueRule = z.output<typeof cueRuleSchema>;
export type LanguageRules = z.output<typeof languageRulesSchema>;
export type Gazetteer = z.output<typeof gazetteerSchema>;
export type GazetteerEntity = z.output<typeof gazetteerEntitySchema>;
