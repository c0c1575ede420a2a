import path from 'node:path';

/**
 * The article slugs whose commit the `isnad ingest` process acknowledged: it logs `ingested`
 * (LOG_LEVEL=info, JSON on stderr) after each file's transaction has committed.
 */
export function acknowledgedSlugs(stderr: readonly string[]): string[] {
  const slugs: string[] = [];
  for (const line of stderr) {
    if (!line.startsWith('{') || !line.includes('"ingested"')) continue;
    const entry = JSON.parse(line) as { msg?: string; file?: string };
    if (entry.msg === 'ingested' && entry.file !== undefined) {
      slugs.push(path.basename(entry.file).replace(/\.annotation\.(ya?ml|json)$/, ''));
    }
  }
  return slugs;
}
