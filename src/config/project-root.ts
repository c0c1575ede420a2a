import fs from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/**
 * The folder holding Isnad's package.json. Code runs both from `src/` (tests, ts) and from
 * `dist/src/` (the built CLI), so paths to `neo4j/`, `schema/` and `seed/` are resolved from here.
 */
export function projectRoot(): string {
  if (cached !== undefined) return cached;
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      const { name } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === 'isnad') return (cached = dir);
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the isnad package.json above ${__dirname}`);
    dir = parent;
  }
}

/** The version in package.json: recorded in every activity as the tool version. */
export function appVersion(): string {
  const manifest = path.join(projectRoot(), 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}
