/**
 * `isnad verify`: re-derives from the bundle alone everything that can be re-derived, then
 * compares. In order: the files' sha256 against the manifest; the data parsed into RDF and split
 * into items as a set (so neither line order, serialisation nor blank node labels matter); each
 * item's hash against items.tsv; each item's content against what it derives from (quotes,
 * prefixes, suffixes and mentions against the carried article text at their code-point spans,
 * content-derived ids against their parts); the root hash; and, given a key, the signature over
 * the manifest. Every failure names the item and the field.
 *
 * What this proves without a key: the bundle is internally consistent (a forger must also change
 * what the content derives from, which changes ids and the text's hash). With a key: that the
 * manifest, and through its sha256s everything else, is what the key's holder exported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ids } from '../ingest/ids';
import { sha256Hex } from '../text/hash';
import { sha256File } from './bundle';
import { documentLoaderWith } from './document-loader';
import { CARRIES_TEXT } from './formats';
import type { RdfItem } from './group-items';
import { itemHash } from './item-hash';
import { kindOfId, NS } from './iri';
import { BUNDLE_VERSION, BUNDLE_VERSION_1, readManifest, SIGNATURE_FILE } from './manifest';
import type { BundleManifest } from './manifest';
import { forEachItem, readListedItems } from './read-items';
import type { ListedItem } from './read-items';
import { RootHasher } from './root-hash';
import { checkManifestSignature } from './signature';
import { AnnotationChecker } from './verify-annotations';
import { ContentChecker } from './verify-content';
import type { ContentProblem } from './verify-content';
import { checkExtractions } from './verify-extraction';
import { ReferenceChecker } from './verify-references';

export interface ItemProblem {
  id: string;
  kind: string;
  /** `article-slug#local-id` when the data names it. */
  name?: string;
  /**
   * altered: its hash differs from items.tsv; missing: listed, not in the data; unexpected: in
   * the data, not listed; inconsistent: a field differs from what it derives from (`field`).
   */
  problem: 'altered' | 'missing' | 'unexpected' | 'inconsistent';
  field?: string;
  detail?: string;
}

export interface VerifyReport {
  ok: boolean;
  bundle: string;
  format: string;
  itemsChecked: number;
  items: ItemProblem[];
  /** Other failures, one sentence each (files, root hash, articles, signature, stray content). */
  problems: string[];
  articlesChecked: number;
  /** Quotes, prefixes, suffixes, mentions and selectors compared with the article text. */
  spansChecked: number;
  /** Content-derived ids recomputed from their parts. */
  idsChecked: number;
  /** Intakes whose extraction was re-run on the raw page the bundle carries, giving their text. */
  extractionsChecked: number;
  /** Intakes not re-run, and why (page not carried, other extractor versions): not failures. */
  extractionsNotRerun: string[];
  /** How the data was read: in the exporter's order (streamed), or as a set. */
  order: string;
  /**
   * The data file's bytes against the manifest's `dataSha256`: informative only, since the
   * content is what the item hashes and the root bind (a re-serialised file has other bytes).
   */
  dataBytes: 'as exported' | 'differ' | 'missing';
  signature: 'valid' | 'invalid' | 'not signed' | 'not checked (no --key)';
}

/** Verifies the bundle in `dir`; `publicKey` is a PEM file to check the signature with. */
export async function verifyBundle(dir: string, publicKey?: string): Promise<VerifyReport> {
  const manifest = readManifest(dir);
  const problems: string[] = [];
  const items: ItemProblem[] = [];
  const report = (partial: Partial<VerifyReport>): VerifyReport => {
    const result: VerifyReport = {
      ok: false,
      bundle: manifest.bundle,
      format: manifest.format,
      itemsChecked: 0,
      items,
      problems,
      articlesChecked: 0,
      spansChecked: 0,
      idsChecked: 0,
      extractionsChecked: 0,
      extractionsNotRerun: [],
      order: 'not read',
      dataBytes,
      signature: 'not signed',
      ...partial,
    };
    result.ok = items.length === 0 && problems.length === 0 && result.signature !== 'invalid';
    return result;
  };
  const dataFile = path.join(dir, manifest.dataFile);
  const itemsFile = path.join(dir, manifest.itemsFile);
  // The data's bytes are compared, but do not decide: its content is bound by the item hashes and
  // the root, so a file sorted, reversed or re-serialised by another tool still verifies.
  let dataBytes: VerifyReport['dataBytes'] = 'missing';
  if (!fs.existsSync(dataFile)) problems.push(`data file ${manifest.dataFile} is missing`);
  else dataBytes = (await sha256File(dataFile)) === manifest.dataSha256 ? 'as exported' : 'differ';
  for (const [file, expected, what] of [
    [itemsFile, manifest.itemsSha256, 'items list'],
    ...(manifest.context !== undefined && manifest.context !== 'inline'
      ? [[path.join(dir, manifest.context.file), manifest.context.sha256, 'context'] as const]
      : []),
  ] as const) {
    if (!fs.existsSync(file)) problems.push(`${what} ${path.basename(file)} is missing`);
    else if ((await sha256File(file)) !== expected)
      problems.push(`${what} ${path.basename(file)}: bytes differ from the manifest's sha256`);
  }
  const signature = checkSignature(dir, manifest, publicKey, problems);
  if (!fs.existsSync(dataFile) || !fs.existsSync(itemsFile)) return report({ signature });

  const texts = readTexts(dir, manifest, problems);
  const listedRoot = new RootHasher();
  const listed = await readListed(itemsFile, listedRoot, problems);

  // version 1 bundles carry no texts beside Web Annotation and ClaimReview data: nothing to check there
  const annotationChecks = manifest.bundle !== BUNDLE_VERSION_1;
  let state = freshState(texts, manifest);
  let read;
  try {
    read = await forEachItem(
      dataFile,
      manifest.format,
      documentLoaderWith(carriedContexts(dir, manifest)),
      async (item) => {
        state.itemsChecked += 1;
        const hash = await itemHash(item.quads);
        state.root.add(hash);
        if (state.seen.has(item.id)) return; // cannot happen: items are grouped by id
        state.seen.add(item.id);
        const expected = listed.get(item.id);
        if (expected === undefined) state.items.push(describe(item, 'unexpected'));
        else if (expected.hash !== hash) state.items.push(describe(item, 'altered'));
        state.names.set(item.id, nameOf(item));
        state.content.add(item);
        state.references.add(item);
        if (annotationChecks) state.annotations.add(item);
      },
      () => (state = freshState(texts, manifest)),
    );
  } catch (error) {
    problems.push(`${manifest.dataFile} cannot be read as ${manifest.format}: ${(error as Error).message}`);
    return report({ signature, itemsChecked: state.itemsChecked });
  }
  items.push(...state.items);
  for (const item of listed.values()) {
    if (!state.seen.has(item.id)) items.push({ id: item.id, kind: item.kind, problem: 'missing' });
  }
  const contentProblems = distinct([
    ...state.content.finish(),
    ...state.annotations.finish(),
    ...state.references.finish(),
  ]);
  const extractions = await checkExtractions(dir, manifest, state.content.retrievalReplays());
  problems.push(...extractions.problems);
  for (const p of [...contentProblems, ...extractions.failures]) {
    const name = state.names.get(p.id);
    items.push({
      id: p.id,
      kind: kindOfId(p.id),
      ...(name ? { name } : {}),
      problem: 'inconsistent',
      field: p.field,
      detail: p.detail,
    });
  }
  problems.push(...read.stray.map((s) => `content outside any item: ${s}`));
  const articlesChecked = checkArticles(manifest, state.content.carriedArticles(), texts, problems);

  if (manifest.itemCount !== undefined && manifest.itemCount !== listed.size)
    problems.push(`the manifest counts ${manifest.itemCount} items; items.tsv lists ${listed.size}`);
  if (listedRoot.digest() !== manifest.rootHash)
    problems.push('root hash of items.tsv differs from the manifest');
  if (state.root.digest() !== manifest.rootHash)
    problems.push('root hash recomputed from the data differs from the manifest');
  return report({
    signature,
    itemsChecked: state.itemsChecked,
    articlesChecked,
    spansChecked: state.content.spansChecked + state.annotations.spansChecked,
    idsChecked: state.content.idsChecked + state.annotations.idsChecked,
    extractionsChecked: extractions.checked,
    extractionsNotRerun: extractions.notRerun,
    order: read.order,
  });
}

/** What one reading of the data learns; a second reading (as a set) starts from a fresh one. */
function freshState(texts: ReadonlyMap<string, string>, manifest: BundleManifest) {
  return {
    itemsChecked: 0,
    root: new RootHasher(),
    seen: new Set<string>(),
    items: [] as ItemProblem[],
    names: new Map<string, string | undefined>(),
    content: new ContentChecker(),
    // version 3 Web Annotation and ClaimReview data carry what their ids derive from
    annotations: new AnnotationChecker(
      texts,
      manifest.bundle === BUNDLE_VERSION && !CARRIES_TEXT[manifest.format],
    ),
    references: new ReferenceChecker(manifest.format),
  };
}

/** Problems without repeats (a missing source is found by its statement's check and as a reference). */
function distinct(problems: readonly ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.id}\t${p.field}\t${p.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** items.tsv as a map by id; an id listed twice is a problem (the root counts both lines). */
async function readListed(
  file: string,
  root: RootHasher,
  problems: string[],
): Promise<Map<string, ListedItem>> {
  const listed = new Map<string, ListedItem>();
  for await (const item of readListedItems(file, problems)) {
    root.add(item.hash);
    if (listed.has(item.id)) problems.push(`items.tsv lists ${item.id} twice`);
    listed.set(item.id, item);
  }
  return listed;
}

/**
 * The texts a bundle carries beside its data (formats without the text): each file's bytes must
 * hash to the article's content hash, and the article's id must derive from that hash.
 */
function readTexts(dir: string, manifest: BundleManifest, problems: string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const article of manifest.articles) {
    if (article.textFile === undefined) continue;
    const file = path.join(dir, article.textFile);
    if (!fs.existsSync(file)) {
      problems.push(`article ${article.id}: its text ${article.textFile} is missing`);
      continue;
    }
    const bytes = fs.readFileSync(file);
    const hash = sha256Hex(bytes);
    if (hash !== article.contentHash)
      problems.push(
        `article ${article.id}: ${article.textFile} hashes to ${hash}, the manifest lists ${article.contentHash}`,
      );
    if (ids.article(hash) !== article.id)
      problems.push(`article ${article.id}: its id does not derive from its text's hash`);
    texts.set(article.id, bytes.toString('utf8'));
  }
  return texts;
}

/** The context a bundle carries for the URL its data names (never fetched). */
function carriedContexts(dir: string, manifest: BundleManifest): Map<string, unknown> {
  const documents = new Map<string, unknown>();
  if (manifest.context === undefined || manifest.context === 'inline') return documents;
  const file = path.join(dir, manifest.context.file);
  if (fs.existsSync(file)) documents.set(manifest.context.url, JSON.parse(fs.readFileSync(file, 'utf8')));
  return documents;
}

/**
 * The manifest's articles against the data: where the data carries the text (PROV-O formats),
 * every carried article must be listed with the hash of its text, and every listed one carried.
 */
function checkArticles(
  manifest: BundleManifest,
  carried: ReadonlyMap<string, { contentHash: string }>,
  texts: ReadonlyMap<string, string>,
  problems: string[],
): number {
  if (!CARRIES_TEXT[manifest.format]) return texts.size;
  const listed = new Map(manifest.articles.map((a) => [a.id, a.contentHash]));
  for (const [id, { contentHash }] of carried) {
    const expected = listed.get(id);
    if (expected === undefined) problems.push(`article ${id} is not listed in the manifest's articles`);
    else if (expected !== contentHash)
      problems.push(`article ${id}: its text hashes to ${contentHash}, the manifest lists ${expected}`);
  }
  for (const id of listed.keys()) {
    if (!carried.has(id))
      problems.push(`article ${id} is listed in the manifest but its text is not in the data`);
  }
  return carried.size;
}

function checkSignature(
  dir: string,
  manifest: BundleManifest,
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

function nameOf(item: RdfItem): string | undefined {
  const value = (name: string) =>
    item.quads.find((q) => q.subject.termType === 'NamedNode' && q.predicate.value === `${NS.isnad}${name}`)
      ?.object.value;
  const slug = value('articleSlug');
  const localId = value('localId');
  return slug !== undefined && localId !== undefined ? `${slug}#${localId}` : undefined;
}

function describe(item: RdfItem, problem: ItemProblem['problem']): ItemProblem {
  const name = nameOf(item);
  return { id: item.id, kind: kindOfId(item.id), ...(name ? { name } : {}), problem };
}
