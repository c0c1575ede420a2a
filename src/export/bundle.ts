/**
 * Writes an export bundle: the data file, items.tsv as the items are written, then the manifest
 * and, given a private key, its signature. Everything streams: memory holds one page and the
 * item hashes (for the root), whatever the size of the export.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { appVersion } from '../config/project-root';
import type { GraphExecutor } from '../graph/executor';
import { exportTo } from './export-service';
import type { ExportOptions } from './export-service';
import { writeText } from './format';
import { DATA_FILE } from './formats';
import {
  bundleError,
  BUNDLE_VERSION,
  ITEM_HASH_METHOD,
  ITEMS_FILE,
  MANIFEST_FILE,
  ROOT_HASH_METHOD,
  SIGNATURE_FILE,
  writeManifest,
} from './manifest';
import type { BundleManifest } from './manifest';
import { assertSigningKey, signManifest } from './signature';

export interface BundleOptions extends Omit<ExportOptions, 'onItems'> {
  /** PEM file of an Ed25519 private key: the manifest is signed when given. */
  signKey?: string;
}

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
  const dataFile = DATA_FILE[options.format];
  const data = fs.createWriteStream(path.join(dir, dataFile));
  const items = fs.createWriteStream(path.join(dir, ITEMS_FILE));
  const result = await exportTo(executor, data, {
    ...options,
    onItems: (page) =>
      writeText(items, page.map((item) => `${item.hash}\t${item.kind}\t${item.id}\n`).join('')),
  });
  await Promise.all([closeStream(data), closeStream(items)]);

  const manifest: BundleManifest = {
    bundle: BUNDLE_VERSION,
    format: options.format,
    scope: options.scope,
    createdAt: new Date().toISOString(),
    generator: { tool: 'isnad', version: appVersion() },
    dataFile,
    dataSha256: await sha256File(path.join(dir, dataFile)),
    itemsFile: ITEMS_FILE,
    itemsSha256: await sha256File(path.join(dir, ITEMS_FILE)),
    itemCount: result.itemCount,
    itemHash: ITEM_HASH_METHOD,
    rootHash: result.rootHash,
    rootHashMethod: ROOT_HASH_METHOD,
    articles: result.articles,
  };
  writeManifest(dir, manifest);
  if (options.signKey !== undefined) {
    fs.writeFileSync(path.join(dir, SIGNATURE_FILE), `${signManifest(manifest, options.signKey)}\n`);
  }
  return manifest;
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
