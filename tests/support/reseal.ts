/**
 * A forger's tool for the tests of `isnad verify`: after editing a bundle's data, recompute every
 * hash as the exporter would — each item's, items.tsv, the root — and write them into the
 * manifest with the data's sha256. What is left is an unsigned bundle whose hashes all agree.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import type { JsonLdDocument } from 'jsonld';
import { Parser } from 'n3';
import { localDocumentLoader } from '../../src/export/document-loader';
import { groupItems } from '../../src/export/group-items';
import { itemHash } from '../../src/export/item-hash';
import type { RdfQuad } from '../../src/export/item-hash';
import { kindOfId } from '../../src/export/iri';
import { RootHasher } from '../../src/export/root-hash';

export const sha256 = (bytes: string | Buffer): string => createHash('sha256').update(bytes).digest('hex');

export async function reseal(dir: string): Promise<void> {
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
  const dataFile = path.join(dir, String(manifest.dataFile));
  const text = fs.readFileSync(dataFile, 'utf8');
  const quads =
    String(manifest.format).endsWith('jsonld') || String(manifest.dataFile).endsWith('.jsonld')
      ? ((await jsonld.toRDF(JSON.parse(text) as JsonLdDocument, {
          documentLoader: localDocumentLoader,
        })) as unknown as RdfQuad[])
      : (new Parser({ format: manifest.format === 'turtle' ? 'Turtle' : 'N-Quads' }).parse(
          text,
        ) as RdfQuad[]);
  const { items } = groupItems(quads);
  const root = new RootHasher();
  const lines: string[] = [];
  for (const item of items) {
    const hash = await itemHash(item.quads);
    root.add(hash);
    lines.push(`${hash}\t${kindOfId(item.id)}\t${item.id}\n`);
  }
  fs.writeFileSync(path.join(dir, 'items.tsv'), lines.join(''));
  Object.assign(manifest, {
    dataSha256: sha256(fs.readFileSync(dataFile)),
    itemsSha256: sha256(fs.readFileSync(path.join(dir, 'items.tsv'))),
    rootHash: root.digest(),
    itemCount: items.length,
  });
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
}
