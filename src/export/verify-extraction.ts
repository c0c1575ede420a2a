/**
 * The auditor's check of an intake, from the bundle alone: each raw page the bundle carries is
 * hashed (its bytes must be the sha256 its name and the manifest give), and each retrieval whose page
 * is carried is re-run — decoded and extracted by the same software — and must give the text whose
 * sha256 it records. A retrieval made with other versions of the extractor than this verifier has
 * is not re-run (another version may rightly give another text): the report says so, as it does
 * for a page the bundle does not carry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sha256Hex } from '../text/hash';
import type { BundleManifest } from './manifest';
import type { RetrievalReplay } from './verify-retrieval';

export interface ExtractionReport {
  /** Retrievals whose extraction was re-run and gave the text they record. */
  checked: number;
  /** Retrievals not re-run, one sentence each (page not carried, other extractor versions). */
  notRerun: string[];
  /** Re-runs that gave another text, and carried pages whose bytes are not theirs. */
  failures: { id: string; field: string; detail: string }[];
  /** Problems with the carried files themselves. */
  problems: string[];
}

/** Checks the carried pages and re-runs the extraction of every retrieval whose page is carried. */
export async function checkExtractions(
  dir: string,
  manifest: BundleManifest,
  replays: readonly RetrievalReplay[],
): Promise<ExtractionReport> {
  const report: ExtractionReport = { checked: 0, notRerun: [], failures: [], problems: [] };
  const pages = new Map<string, Buffer>();
  for (const artifact of manifest.artifacts ?? []) {
    const file = path.join(dir, artifact.file);
    if (!fs.existsSync(file)) {
      report.problems.push(`raw page ${artifact.file} is missing`);
      continue;
    }
    const bytes = fs.readFileSync(file);
    const hash = sha256Hex(bytes);
    if (hash !== artifact.sha256 || path.basename(artifact.file) !== artifact.sha256)
      report.problems.push(
        `raw page ${artifact.file} hashes to ${hash}, the manifest lists ${artifact.sha256}`,
      );
    else if (bytes.byteLength !== artifact.byteLength)
      report.problems.push(
        `raw page ${artifact.file} has ${bytes.byteLength} bytes, the manifest lists ${artifact.byteLength}`,
      );
    else pages.set(hash, bytes);
  }
  const carried = replays.filter((r) => {
    if (pages.has(r.rawSha256)) return true;
    report.notRerun.push(`${r.id}: its raw page (sha256 ${r.rawSha256}) is not in the bundle`);
    return false;
  });
  const used = new Set(replays.map((r) => r.rawSha256));
  for (const sha256 of pages.keys())
    if (!used.has(sha256))
      report.problems.push(`raw page ${sha256} is carried, but no retrieval in the data used it`);
  if (carried.length === 0) return report;
  // Loaded only when there is something to re-run: the DOM and Readability take a second to load.
  const { decodePage } = await import('../intake/decode');
  const { extractArticle } = await import('../intake/extract-article');
  const { extractorVersions } = await import('../intake/versions');
  const installed = extractorVersions();
  for (const r of carried) {
    const bytes = pages.get(r.rawSha256)!;
    if (
      r.extractor !== installed.name ||
      r.extractorVersion !== installed.version ||
      r.domVersion !== installed.dom.version
    ) {
      report.notRerun.push(
        `${r.id}: extracted by ${r.extractor ?? '?'} ${r.extractorVersion ?? '?'} over linkedom ${r.domVersion ?? '?'}; ` +
          `this verifier has ${installed.version} over ${installed.dom.version}`,
      );
      continue;
    }
    let text: string;
    try {
      text = extractArticle(decodePage(bytes, r.contentType).html, r.baseUrl).text;
    } catch (error) {
      report.failures.push({
        id: r.id,
        field: 'textSha256',
        detail: `re-running the extraction fails: ${(error as Error).message}`,
      });
      continue;
    }
    report.checked += 1;
    const hash = sha256Hex(text);
    if (hash !== r.textSha256)
      report.failures.push({
        id: r.id,
        field: 'textSha256',
        detail: `is ${r.textSha256 ?? 'missing'}; re-running the extraction on its raw page gives text ${hash}`,
      });
  }
  return report;
}
