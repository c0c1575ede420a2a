/**
 * The manifest of an export bundle. A bundle is a directory:
 *
 *   manifest.json   this manifest (what was exported, how items are hashed, the root hash)
 *   items.tsv       one line per item, in the order written: `<sha256>\t<kind>\t<id>`
 *   export.nq …     the data file of the format (see DATA_FILE)
 *   texts/<id>.txt  the text of each article, for formats whose data does not carry it
 *   contexts/…      the JSON-LD context the data names by URL (none when it is inline)
 *   artifacts/sha256/<hex>  the raw pages the data's retrievals used (PROV-O formats, when the
 *                   exporter's artifact store holds them), so that verify re-runs the extraction
 *   manifest.sig    optional: Ed25519 signature (base64) over the canonical JSON of the manifest
 *
 * Items live in their own file so that a million of them can be written and checked as a stream;
 * the manifest binds that file, the texts and the context by their SHA-256, so a signature over
 * the manifest covers them too.
 *
 * Version 2 changed what items contain (no ingest time outside the activity, PROV terms, roles,
 * Web Annotation collections, ClaimReview ids): its hashes differ from version 1's for the same
 * graph. Version 3 (this one) adds to Web Annotation and ClaimReview what their ids derive from
 * (formats/id-parts.ts); its PROV-O items are version 2's. Versions 1 and 2 are still read and
 * verified (verify.ts), each with the checks its data allows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { canonicalJson } from '../text/hash';
import type { ExportFormat } from './format';
import type { ExportScope } from './scope';

export const MANIFEST_FILE = 'manifest.json';
export const ITEMS_FILE = 'items.tsv';
export const SIGNATURE_FILE = 'manifest.sig';
export const TEXTS_DIR = 'texts';
export const CONTEXTS_DIR = 'contexts';
export const ARTIFACTS_DIR = 'artifacts';
export const BUNDLE_VERSION = 'isnad-export-bundle/3';
export const BUNDLE_VERSION_2 = 'isnad-export-bundle/2';
export const BUNDLE_VERSION_1 = 'isnad-export-bundle/1';
const READABLE_VERSIONS: readonly string[] = [BUNDLE_VERSION, BUNDLE_VERSION_2, BUNDLE_VERSION_1];
export const ITEM_HASH_METHOD = 'sha256 of RDFC-1.0 canonical N-Quads (UTF-8), per item';
export const ROOT_HASH_METHOD = 'sha256 of the sorted item hashes, as raw 32-byte values';

export interface ArticleHash {
  id: string;
  contentHash: string;
  /** `texts/<id>.txt`, whose bytes hash to `contentHash`, when the data does not carry the text. */
  textFile?: string;
}

/** A context the data names by URL, carried in the bundle so that verify never fetches it. */
export interface CarriedContext {
  url: string;
  file: string;
  sha256: string;
}

/** A raw page (an intake's bytes as received) carried in the bundle, by its sha256. */
export interface CarriedArtifact {
  sha256: string;
  byteLength: number;
  /** `artifacts/sha256/<sha256>`. */
  file: string;
}

export interface BundleManifest {
  bundle: typeof BUNDLE_VERSION | typeof BUNDLE_VERSION_2 | typeof BUNDLE_VERSION_1;
  format: ExportFormat;
  scope: ExportScope;
  createdAt: string;
  generator: { tool: string; version: string };
  /** Version 2: the base IRI the data's URLs (context, review pages) were written under. */
  baseIri?: string;
  /** Version 2, JSON-LD formats: 'inline', or the context named by URL and carried in the bundle. */
  context?: 'inline' | CarriedContext;
  dataFile: string;
  dataSha256: string;
  itemsFile: string;
  itemsSha256: string;
  itemCount: number;
  itemHash: string;
  rootHash: string;
  rootHashMethod: string;
  /** Articles the exported items come from, with the content hash the graph records. */
  articles: ArticleHash[];
  /** Raw pages of the data's retrievals that the bundle carries (absent when none). */
  artifacts?: CarriedArtifact[];
}

/** The bytes a signature covers: the manifest as canonical JSON (RFC 8785 subset), UTF-8. */
export function manifestBytes(manifest: BundleManifest): Buffer {
  return Buffer.from(canonicalJson(manifest), 'utf8');
}

export function writeManifest(dir: string, manifest: BundleManifest): void {
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** A file named by the manifest must stay inside the bundle: `texts/x.txt` yes, `../x` no. */
function assertInside(file: string, what: string, where: string): void {
  const normal = path.posix.normalize(file);
  if (path.isAbsolute(file) || normal.startsWith('..') || normal !== file || file.includes('\\'))
    throw bundleError(`${where}: ${what} '${file}' must be a path inside the bundle`);
}

/** Reads a bundle's manifest; throws a user-facing error naming what is missing or malformed. */
export function readManifest(dir: string): BundleManifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file)) throw bundleError(`${file} not found: is ${dir} an export bundle?`);
  let manifest: Partial<BundleManifest>;
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<BundleManifest>;
  } catch (error) {
    throw bundleError(`${file} is not JSON: ${(error as Error).message}`);
  }
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest))
    throw bundleError(`${file}: not a manifest (a JSON object is expected)`);
  if (typeof manifest.bundle !== 'string' || !READABLE_VERSIONS.includes(manifest.bundle))
    throw bundleError(`${file}: not an ${READABLE_VERSIONS.join(', ')} manifest`);
  for (const key of ['format', 'dataFile', 'itemsFile', 'rootHash', 'itemsSha256', 'dataSha256'] as const) {
    if (typeof manifest[key] !== 'string') throw bundleError(`${file}: '${key}' is missing`);
  }
  for (const key of ['dataFile', 'itemsFile'] as const) {
    if (path.basename(manifest[key]!) !== manifest[key])
      throw bundleError(`${file}: '${key}' must be a file name`);
  }
  if (!Array.isArray(manifest.articles)) throw bundleError(`${file}: 'articles' must be a list`);
  manifest.articles.forEach((article, i) => {
    if (typeof article?.id !== 'string' || typeof article.contentHash !== 'string')
      throw bundleError(`${file}: articles[${i}] needs an id and a contentHash`);
    if (article.textFile !== undefined) assertInside(article.textFile, `articles[${i}].textFile`, file);
  });
  if (manifest.artifacts !== undefined) {
    if (!Array.isArray(manifest.artifacts)) throw bundleError(`${file}: 'artifacts' must be a list`);
    manifest.artifacts.forEach((artifact, i) => {
      if (
        typeof artifact?.sha256 !== 'string' ||
        typeof artifact.file !== 'string' ||
        typeof artifact.byteLength !== 'number'
      )
        throw bundleError(`${file}: artifacts[${i}] needs a sha256, a byteLength and a file`);
      assertInside(artifact.file, `artifacts[${i}].file`, file);
    });
  }
  if (manifest.context !== undefined && manifest.context !== 'inline') {
    const context = manifest.context;
    if (
      typeof context?.url !== 'string' ||
      typeof context.file !== 'string' ||
      typeof context.sha256 !== 'string'
    )
      throw bundleError(`${file}: 'context' needs a url, a file and a sha256`);
    assertInside(context.file, 'context.file', file);
  }
  return manifest as BundleManifest;
}

export function bundleError(message: string): Error {
  return Object.assign(new Error(message), { userFacing: true });
}
