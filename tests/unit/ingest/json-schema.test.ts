import { readFileSync } from 'fs';
import { resolve } from 'path';
import { createAnnotationJsonSchema, JSON_SCHEMA_PATH } from '../../../src/ingest/json-schema';

describe('the committed JSON Schema', () => {
  it('equals the one generated from the zod schema (run src/ingest/emit-json-schema.ts after a change)', () => {
    const committed: unknown = JSON.parse(
      readFileSync(resolve(__dirname, '../../..', JSON_SCHEMA_PATH), 'utf8'),
    );
    expect(committed).toEqual(createAnnotationJsonSchema());
  });

  it('describes both file kinds and forbids unknown fields', () => {
    const schema = createAnnotationJsonSchema() as {
      $defs: Record<string, { additionalProperties?: boolean }>;
    };
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining(['AnnotationFile', 'CorrectionFile', 'Statement']),
    );
    expect(schema.$defs.Statement?.additionalProperties).toBe(false);
  });
});
