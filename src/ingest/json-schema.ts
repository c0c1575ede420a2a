/**
 * The JSON Schema of annotation files, generated from the zod schema so that editors can validate
 * and autocomplete YAML (yaml-language-server) without a second, hand-kept definition. Cross-field
 * rules (RULE needs a rule id, one payload per correction) and everything checked against the
 * article text exist only in zod and in resolve-anchors.
 */
import { z } from 'zod';
import { anyAnnotationFileSchema } from './annotation-schema';

/** Where the generated schema is committed, relative to the repository root. */
export const JSON_SCHEMA_PATH = 'seed/annotation.schema.json';

/** The JSON Schema (draft 2020-12) of an annotation or correction file, describing the input form. */
export function createAnnotationJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(anyAnnotationFileSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    $id: 'https://isnad.invalid/schema/annotation.schema.json',
    title: 'Isnad annotation file (schemaVersion 1)',
  };
}

/** The committed file's exact text: two-space JSON and a final newline, so formatters leave it alone. */
export function renderAnnotationJsonSchema(): string {
  return `${JSON.stringify(createAnnotationJsonSchema(), null, 2)}\n`;
}
