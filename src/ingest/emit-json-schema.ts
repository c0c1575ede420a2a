/**
 * Writes seed/annotation.schema.json from the zod schema. Run after changing the format:
 *   npx tsc -p tsconfig.build.json && node dist/src/ingest/emit-json-schema.js
 * A unit test fails while the committed file differs from the generated one.
 */
import { existsSync, writeFileSync } from 'fs';
import { dirname, resolve } from 'path';
import { JSON_SCHEMA_PATH, renderAnnotationJsonSchema } from './json-schema';

/** Writes the schema under `root` (the repository root) and resolves to the path written. */
export async function emitAnnotationJsonSchema(root: string): Promise<string> {
  const path = resolve(root, JSON_SCHEMA_PATH);
  writeFileSync(path, await formatLikeTheRepository(renderAnnotationJsonSchema(), path), 'utf8');
  return path;
}

/**
 * Formats with the repository's prettier settings, so that `prettier --check .` passes on the
 * committed file; prettier is a dev dependency, so without it the plain JSON is written.
 */
async function formatLikeTheRepository(json: string, path: string): Promise<string> {
  try {
    const prettier = await import('prettier');
    const options = await prettier.resolveConfig(path);
    return await prettier.format(json, { ...options, filepath: path });
  } catch {
    return json;
  }
}

/** The nearest directory above `from` holding package.json: works from src/ and from dist/src/. */
function findRepositoryRoot(from: string): string {
  let dir = from;
  while (!existsSync(resolve(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

if (require.main === module) {
  emitAnnotationJsonSchema(findRepositoryRoot(__dirname)).then(
    (path) => process.stdout.write(`wrote ${path}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
