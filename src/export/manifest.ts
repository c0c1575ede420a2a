/**
 * The manifest of an export bundle. A bundle is a directory:
 *
 *   manifest.json   this manifest (what was exported, how items are hashed, the root hash)
 *   items.tsv       one line per item, in the order written: `<sha256>\t<kind>\t<id>`
 *   export.nq …     the data file of the format (see DATA_FILE)
 *   manifest.sig    optional: Ed25519 signature (base64) over the canonical JSON of the manifest
 *
 * Items live in their own file so that a million of them can be written and checked as a stream;
 * the manifest binds that file by its SHA-256, so a signature over the manifest covers it too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { canonicalJson } from '../text/hash';
import type { ExportFormat } from './format';
import type { ExportScope } from './scope';

export const MANIFEST_FILE = 'manifest.json';
export const ITEMS_FILE = 'items.tsv';
export const SIGNATURE_FILE = 'manifest.sig';
export const BUNDLE_VERSION = 'isnad-export-bundle/1';
export const ITEM_HASH_METHOD = 'sha256 of RDFC-1.0 canonical N-Quads (UTF-8), per item';
export const ROOT_HASH_METHOD = 'sha256 of the sorted item hashes, as raw 32-byte values';

export interface ArticleHash {
  id: string;
  contentHash: string;
}

export interface BundleManifest {
  bundle: typeof BUNDLE_VERSION;
  format: ExportFormat;
  scope: ExportScope;
  createdAt: string;
  generator: { tool: string; version: string };
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
}

/** The bytes a signature covers: the manifest as canonical JSON (RFC 8785 subset), UTF-8. */
export function manifestBytes(manifest: BundleManifest): Buffer {
  return Buffer.from(canonicalJson(manifest), 'utf8');
}

export function writeManifest(dir: string, manifest: BundleManifest): void {
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
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
  if (manifest.bundle !== BUNDLE_VERSION) throw bundleError(`${file}: not an ${BUNDLE_VERSION} manifest`);
  for (const key of ['format', 'dataFile', 'itemsFile', 'rootHash', 'itemsSha256', 'dataSha256'] as const) {
    if (typeof manifest[key] !== 'string') throw bundleError(`${file}: '${key}' is missing`);
  }
  for (const key of ['dataFile', 'itemsFile'] as const) {
    if (path.basename(manifest[key]!) !== manifest[key])
      throw bundleError(`${file}: '${key}' must be a file name`);
  }
  return manifest as BundleManifest;
}

export function bundleError(message: string): Error {
  return Object.assign(new Error(message), { userFacing: true });
}
