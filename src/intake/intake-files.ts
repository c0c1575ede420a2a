import fs from 'node:fs';
import path from 'node:path';
import { formatDraftYaml } from '../extract';
import { proposeForIntake } from './draft';
import type { IntakeResult } from './intake-page';

/** What `isnad intake` wrote, and whether the text was new. */
export interface WrittenIntake {
  slug: string;
  textFile: string;
  recordFile: string;
  draftFile: string | null;
  /** False when the same text had been taken in before under this slug (nothing was rewritten). */
  written: boolean;
  /** The slug of the earlier version this one revises, when the slug held a different text. */
  revisionOf: string | null;
}

/**
 * Writes an intake next to each other in `dir`: `<slug>.<lang>.txt` (the text, exact bytes),
 * `<slug>.intake.json` (metadata with origins, and the retrieval activity) and, with `propose`,
 * `<slug>.annotation.yaml`. Nothing is overwritten: when `<slug>` already holds a different text,
 * the new one is `<slug>-<first 8 hex of its sha256>` and its record names the earlier version.
 */
export function writeIntakeFiles(
  result: IntakeResult,
  dir: string,
  options: { slug: string; propose: boolean },
): WrittenIntake {
  const lang = result.proposerLanguage;
  const { textSha256 } = result.retrieval;
  let slug = options.slug;
  let revisionOf: string | null = null;
  const textPath = (s: string) => path.join(dir, `${s}.${lang}.txt`);
  if (fs.existsSync(textPath(slug))) {
    const same = fs.readFileSync(textPath(slug)).equals(Buffer.from(result.article.text, 'utf8'));
    if (same) return paths(dir, slug, lang, false, null, options.propose);
    revisionOf = slug;
    slug = `${slug}-${textSha256.slice(0, 8)}`;
    if (fs.existsSync(textPath(slug))) return paths(dir, slug, lang, false, revisionOf, options.propose);
  }
  fs.mkdirSync(dir, { recursive: true });
  const written = paths(dir, slug, lang, true, revisionOf, options.propose);
  fs.writeFileSync(written.textFile, result.article.text, { flag: 'wx' });
  const record = {
    slug,
    textFile: path.basename(written.textFile),
    wasRevisionOf: revisionOf,
    headlineLine: result.article.headlineLine,
    metadata: result.article.metadata,
    retrieval: result.retrieval,
  };
  fs.writeFileSync(written.recordFile, `${JSON.stringify(record, null, 2)}\n`);
  if (written.draftFile !== null) {
    const proposal = proposeForIntake(result, {
      slug,
      textFile: path.basename(written.textFile),
      retrievalRecord: path.basename(written.recordFile),
    });
    fs.writeFileSync(written.draftFile, formatDraftYaml(proposal));
  }
  return written;
}

function paths(
  dir: string,
  slug: string,
  lang: string,
  written: boolean,
  revisionOf: string | null,
  propose: boolean,
): WrittenIntake {
  return {
    slug,
    textFile: path.join(dir, `${slug}.${lang}.txt`),
    recordFile: path.join(dir, `${slug}.intake.json`),
    draftFile: propose ? path.join(dir, `${slug}.annotation.yaml`) : null,
    written,
    revisionOf,
  };
}
