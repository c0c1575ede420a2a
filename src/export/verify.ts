/**
 * Verifies an export bundle: recomputes every item hash from the data file, the root hash, the
 * hashes of the files, each carried article's content hash, and the signature, and names every
 * item that differs. Data and items.tsv are read side by side as streams, so a bundle of millions
 * of items is checked in bounded memory when its items come in the order written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ids } from '../ingest/ids';
import { sha256Hex } from '../text/hash';
import { sha256File } from './bundle';
import type { RdfItem } from './group-items';
import { itemHash } from './item-hash';
import { kindOfId, NS } from './iri';
import { readManifest, SIGNATURE_FILE } from './manifest';
import { readDataItems, readListedItems } from './read-items';
import type { ListedItem } from './read-items';
import { RootHasher } from './root-hash';
import { checkManifestSignature } from './signature';

export interface ItemProblem {
  id: string;
  kind: string;
  /** `article-slug#local-id` when the data names it. */
  name?: string;
  problem: 'altered' | 'missing' | 'unexpected';
}

export interface VerifyReport {
  ok: boolean;
  format: string;
  itemsChecked: number;
  items: ItemProblem[];
  /** Other failures, one sentence each (files, root hash, articles, signature, stray content). */
  problems: string[];
  articlesChecked: number;
  signature: 'valid' | 'invalid' | 'not signed' | 'not checked (no --key)';
}

/** Verifies the bundle in `dir`; `publicKey` is a PEM file to check the signature with. */
export async function verifyBundle(dir: string, publicKey?: string): Promise<VerifyReport> {
  const manifest = readManifest(dir);
  const problems: string[] = [];
  const items: ItemProblem[] = [];
  const dataFile = path.join(dir, manifest.dataFile);
  const itemsFile = path.join(dir, manifest.itemsFile);
  for (const [file, expected, what] of [
    [dataFile, manifest.dataSha256, 'data file'],
    [itemsFile, manifest.itemsSha256, 'items list'],
  ] as const) {
    if (!fs.existsSync(file)) problems.push(`${what} ${path.basename(file)} is missing`);
    else if ((await sha256File(file)) !== expected)
      problems.push(`${what} ${path.basename(file)}: bytes differ from the manifest's sha256`);
  }

  const signature = checkSignature(dir, manifest, publicKey, problems);
  if (!fs.existsSync(dataFile) || !fs.existsSync(itemsFile)) {
    return {
      ok: false,
      format: manifest.format,
      itemsChecked: 0,
      items,
      problems,
      articlesChecked: 0,
      signature,
    };
  }

  const articleHashes = new Map(manifest.articles.map((a) => [a.id, a.contentHash]));
  const recomputed = new RootHasher();
  const listedRoot = new RootHasher();
  const pending = new Map<string, ListedItem>();
  const listed = readListedItems(itemsFile, problems)[Symbol.asyncIterator]();
  const nextListed = async (): Promise<ListedItem | null> => {
    const next = await listed.next();
    if (next.done) return null;
    listedRoot.add(next.value.hash);
    return next.value;
  };
  /** The listed item with this id: from those read ahead, or reading on until it comes. */
  const findListed = async (id: string): Promise<ListedItem | null> => {
    const held = pending.get(id);
    if (held !== undefined) {
      pending.delete(id);
      return held;
    }
    for (let next = await nextListed(); next !== null; next = await nextListed()) {
      if (next.id === id) return next;
      pending.set(next.id, next);
    }
    return null;
  };

  let itemsChecked = 0;
  let articlesChecked = 0;
  const stray: string[] = [];
  try {
    for await (const item of readDataItems(dataFile, manifest.format, stray)) {
      itemsChecked += 1;
      const hash = await itemHash(item.quads);
      recomputed.add(hash);
      const expected = await findListed(item.id);
      if (expected === null) items.push(describe(item, 'unexpected'));
      else if (expected.hash !== hash) items.push(describe(item, 'altered'));
      if (kindOfId(item.id) === 'article') {
        articlesChecked += 1;
        checkArticle(item, articleHashes.get(item.id), problems);
      }
    }
  } catch (error) {
    problems.push(`${manifest.dataFile} cannot be read as ${manifest.format}: ${(error as Error).message}`);
  }
  for (let next = await nextListed(); next !== null; next = await nextListed()) pending.set(next.id, next);
  for (const missing of pending.values())
    items.push({ id: missing.id, kind: missing.kind, problem: 'missing' });
  problems.push(...stray.map((s) => `content outside any item: ${s}`));

  if (listedRoot.digest() !== manifest.rootHash)
    problems.push('root hash of items.tsv differs from the manifest');
  if (recomputed.digest() !== manifest.rootHash)
    problems.push('root hash recomputed from the data differs from the manifest');
  const ok = items.length === 0 && problems.length === 0 && signature !== 'invalid';
  return { ok, format: manifest.format, itemsChecked, items, problems, articlesChecked, signature };
}

function checkSignature(
  dir: string,
  manifest: ReturnType<typeof readManifest>,
  publicKey: string | undefined,
  problems: string[],
): VerifyReport['signature'] {
  const file = path.join(dir, SIGNATURE_FILE);
  const signed = fs.existsSync(file);
  if (publicKey === undefined) return signed ? 'not checked (no --key)' : 'not signed';
  if (!signed) {
    problems.push(`a key was given but the bundle has no ${SIGNATURE_FILE}`);
    return 'not signed';
  }
  if (checkManifestSignature(manifest, fs.readFileSync(file, 'utf8'), publicKey)) return 'valid';
  problems.push('the signature does not match the manifest and key');
  return 'invalid';
}

const TEXT = `${NS.isnad}text`;

/** An article carried in the data: its text must hash to the manifest's content hash and its id. */
function checkArticle(item: RdfItem, listed: string | undefined, problems: string[]): void {
  const text = item.quads.find((q) => q.subject.termType === 'NamedNode' && q.predicate.value === TEXT)
    ?.object.value;
  if (text === undefined) return; // a format that does not carry article text
  const actual = sha256Hex(text);
  if (listed === undefined) problems.push(`article ${item.id} is not listed in the manifest's articles`);
  else if (actual !== listed)
    problems.push(`article ${item.id}: its text hashes to ${actual}, the manifest lists ${listed}`);
  if (ids.article(actual) !== item.id)
    problems.push(`article ${item.id}: its id does not derive from its text's hash`);
}

function describe(item: RdfItem, problem: ItemProblem['problem']): ItemProblem {
  const value = (name: string) =>
    item.quads.find((q) => q.predicate.value === `${NS.isnad}${name}`)?.object.value;
  const slug = value('articleSlug');
  const localId = value('localId');
  const name = slug !== undefined && localId !== undefined ? `${slug}#${localId}` : undefined;
  return { id: item.id, kind: kindOfId(item.id), ...(name ? { name } : {}), problem };
}
