/**
 * Writes an export bundle: the data file, items.tsv as the items are written, the articles' texts
 * (for formats whose data does not carry them), the raw pages of intakes (PROV-O formats, from the
 * artifact store), the JSON-LD context when the data names it by URL, then the manifest and, given
 * a private key, its signature. Everything streams: memory
 * holds one page and the item hashes (for the root), whatever the size of the export.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { appVersion } from '../config/project-root';
import type { GraphExecutor } from '../graph/executor';
import { contextUrl, shippedContextUrl } from './contexts';
import type { JsonLdFormat } from './contexts';
import { shippedContext } from './document-loader';
import { exportTo } from './export-service';
import type { ExportOptions } from './export-service';
import { BundleArtifacts } from './bundle-artifacts';
import { writeText } from './format';
import { CARRIES_TEXT, DATA_FILE } from './formats';
import {
  bundleError,
  BUNDLE_VERSION,
  CONTEXTS_DIR,
  ITEM_HASH_METHOD,
  ITEMS_FILE,
  MANIFEST_FILE,
  ROOT_HASH_METHOD,
  SIGNATURE_FILE,
  TEXTS_DIR,
  writeManifest,
} from './manifest';
import type { BundleManifest, CarriedContext } from './manifest';
import { assertSigningKey, signManifest } from './signature';

export interface BundleOptions extends Omit<ExportOptions, 'onItems' | 'onArticle' | 'inlineContext'> {
  /** PEM file of an Ed25519 private key: the manifest is signed when given. */
  signKey?: string;
  /** Write the JSON-LD context into the data (default), or name it by URL and carry it alongside. */
  inlineContext?: boolean;
  /** The artifact store (ISNAD_ARTIFACTS_DIR): PROV-O bundles carry the raw pages it holds. */
  artifactsDir?: string;
}

const JSON_LD_FORMATS: ReadonlySet<string> = new Set(['prov-jsonld', 'web-annotation', 'claimreview']);

/** Writes a bundle into `dir` (created; it must not already hold a bundle) and returns its manifest. */
export async function writeBundle(
  executor: GraphExecutor,
  dir: string,
  options: BundleOptions,
): Promise<BundleManifest> {
  if (fs.existsSync(path.join(dir, MANIFEST_FILE)))
    throw bundleError(`${dir} already holds a bundle; choose a new directory`);
  if (options.signKey !== undefined) assertSigningKey(options.signKey);
  fs.mkdirSync(dir, { recursive: true });
  const inlineContext = options.inlineContext ?? true;
  const dataFile = DATA_FILE[options.format];
  const data = fs.createWriteStream(path.join(dir, dataFile));
  const items = fs.createWriteStream(path.join(dir, ITEMS_FILE));
  const carryTexts = !CARRIES_TEXT[options.format];
  if (carryTexts) fs.mkdirSync(path.join(dir, TEXTS_DIR), { recursive: true });
  // the formats whose data holds the retrievals; the others describe statements and reviews only
  const artifacts = new BundleArtifacts(dir, carryTexts ? undefined : options.artifactsDir);
  // A refused export (no such statement) still closes both files before the error leaves, so that a
  // caller removing the directory does not pull it from under a stream still opening.
  const result = await exportTo(executor, data, {
    ...options,
    inlineContext,
    onItems: (page) =>
      writeText(items, page.map((item) => `${item.hash}\t${item.kind}\t${item.id}\n`).join('')),
    onArticle: async (article) => {
      if (carryTexts)
        fs.writeFileSync(path.join(dir, textFile(article.id)), String(article.props.text), 'utf8');
    },
    onArtifact: async (artifact) => artifacts.add(artifact),
  }).finally(() => Promise.all([closeStream(data), closeStream(items)]));
  const context = JSON_LD_FORMATS.has(options.format)
    ? inlineContext
      ? ('inline' as const)
      : carryContext(dir, options.format as JsonLdFormat, options.baseIri)
    : undefined;

  const manifest: BundleManifest = {
    bundle: BUNDLE_VERSION,
    format: options.format,
    scope: options.scope,
    createdAt: new Date().toISOString(),
    generator: { tool: 'isnad', version: appVersion() },
    baseIri: options.baseIri,
    ...(context !== undefined ? { context } : {}),
    dataFile,
    dataSha256: await sha256File(path.join(dir, dataFile)),
    itemsFile: ITEMS_FILE,
    itemsSha256: await sha256File(path.join(dir, ITEMS_FILE)),
    itemCount: result.itemCount,
    itemHash: ITEM_HASH_METHOD,
    rootHash: result.rootHash,
    rootHashMethod: ROOT_HASH_METHOD,
    articles: result.articles.map((a) => (carryTexts ? { ...a, textFile: textFile(a.id) } : a)),
  };
  const carried = artifacts.list();
  if (carried !== undefined) manifest.artifacts = carried;
  writeManifest(dir, manifest);
  if (options.signKey !== undefined) {
    fs.writeFileSync(path.join(dir, SIGNATURE_FILE), `${signManifest(manifest, options.signKey)}\n`);
  }
  return manifest;
}

/** Where a bundle keeps an article's text (ids are `art_<hex>`: safe as file names). */
const textFile = (id: string): string => `${TEXTS_DIR}/${id.replace(/[^A-Za-z0-9_-]/g, '_')}.txt`;

/** Copies the context the data names by URL into the bundle, so that verify loads it offline. */
function carryContext(dir: string, format: JsonLdFormat, baseIri: string): CarriedContext {
  const url = contextUrl(format, baseIri);
  const file = `${CONTEXTS_DIR}/${format}.jsonld`;
  const text = `${JSON.stringify(shippedContext(shippedContextUrl(format)), null, 2)}\n`;
  fs.mkdirSync(path.join(dir, CONTEXTS_DIR), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text, 'utf8');
  return { url, file, sha256: createHash('sha256').update(text, 'utf8').digest('hex') };
}

async function closeStream(stream: Writable): Promise<void> {
  stream.end();
  await finished(stream);
}

/** SHA-256 (hex) of a file, read as a stream. */
export async function sha256File(file: string): Promise<string> {
  const digest = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) digest.update(chunk as Buffer);
  return digest.digest('hex');
}
