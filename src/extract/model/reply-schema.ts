/**
 * What the model must answer: the JSON object inside `choices[0].message.content`, and the
 * chat-completions envelope around it. Unknown keys are ignored (servers and models add their own);
 * missing or mistyped required ones fail with their path.
 */
import { z } from 'zod';
import { modeSchema, sourceKindSchema } from '../../ingest/annotation-schema';

/** The part of an OpenAI-compatible chat-completions response that the extractor reads. */
export const chatCompletionSchema = z.object({
  choices: z
    .array(z.object({ message: z.object({ content: z.string() }) }))
    .min(1, 'must hold at least one choice'),
});

const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value === null || value === undefined || value === '' ? undefined : value));

/** The speaker the model names: a description, and what kind of source it is. */
export const modelSourceSchema = z.object({
  /** The model's own key for the source, which statements refer to. */
  id: z.union([z.string().min(1), z.number()]).transform(String),
  /** How the article names or describes the speaker, in the article's language. */
  description: z.string().min(1, 'must not be empty'),
  /** The same in English, when the article is not English. */
  descriptionEn: optionalText,
  kind: sourceKindSchema,
  role: optionalText,
  affiliation: optionalText,
  /** "on condition of anonymity" and the like, as the article puts it. */
  conditions: optionalText,
});

/** One statement: the exact words, who said them, how they are reported. */
export const modelStatementSchema = z.object({
  quote: z.string().min(1, 'must not be empty'),
  /** Words immediately before / after the quote, to tell apart several occurrences. */
  prefix: optionalText,
  suffix: optionalText,
  /** The id of an entry of `sources`, or "outlet" for the outlet's own voice. */
  source: z.union([z.string().min(1), z.number()]).transform(String),
  mode: modeSchema,
  cue: optionalText,
  hedging: optionalText,
  confidence: z.number().min(0).max(1).nullish(),
});

export const modelReplySchema = z.object({
  sources: z.array(modelSourceSchema).default([]),
  statements: z.array(modelStatementSchema),
});

export type ModelSource = z.output<typeof modelSourceSchema>;
export type ModelStatement = z.output<typeof modelStatementSchema>;
export type ModelReply = z.output<typeof modelReplySchema>;

/** The key a statement uses for the outlet's own voice. */
export const OUTLET_SOURCE_KEY = 'outlet';
