/**
 * Reads a bundle back as items: the data file parsed with a library of its format (n3 for
 * N-Quads and Turtle, jsonld for the JSON-LD formats) into RDF, grouped into items as a set, and
 * items.tsv as the manifest lists them.
 *
 * N-Quads and Turtle are first read as a stream, in bounded memory; if their triples are not in
 * the order the exporter writes (sorted, reversed, shuffled, re-serialised by another tool), the
 * file is read again whole, as a set. Either way the items, and so the hashes, are the same.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import jsonld from 'jsonld';
import type { JsonLdDocument } from 'jsonld';
import { StreamParser } from 'n3';
import type { ExportFormat } from './format';
import { groupItems, OrderedGrouper, OutOfOrder } from './group-items';
import type { RdfItem } from './group-items';
import type { RdfQuad } from './item-hash';

export interface ListedItem {
  id: string;
  kind: string;
  hash: string;
}

export interface ReadResult {
  /** Triples that belong to no item, one line per problem. */
  stray: string[];
  /** `as written` when a stream in the exporter's order sufficed, else `as a set` (and why). */
  order: string;
}

const n3Format = (format: ExportFormat): 'N-Quads' | 'Turtle' | null =>
  format === 'nquads' ? 'N-Quads' : format === 'turtle' ? 'Turtle' : null;

async function* parseFile(file: string, format: 'N-Quads' | 'Turtle'): AsyncGenerator<RdfQuad> {
  for await (const quad of fs.createReadStream(file).pipe(new StreamParser({ format })))
    yield quad as RdfQuad;
}

/**
 * Calls `visit` with every item of the data file. When the data has to be read a second time (as
 * a set), `restart` is called first: the caller forgets what it learnt from the first reading.
 */
export async function forEachItem(
  file: string,
  format: ExportFormat,
  documentLoader: (url: string) => Promise<RemoteDocument>,
  visit: (item: RdfItem) => Promise<void>,
  restart: () => void,
): Promise<ReadResult> {
  const rdf = n3Format(format);
  if (rdf !== null) {
    const grouper = new OrderedGrouper();
    try {
      for await (const quad of parseFile(file, rdf)) {
        const done = grouper.push(quad);
        if (done !== null) await visit(done);
      }
      const last = grouper.finish();
      if (last !== null) await visit(last);
      return { stray: grouper.stray, order: 'as written' };
    } catch (error) {
      if (!(error instanceof OutOfOrder)) throw error;
      restart();
      const quads: RdfQuad[] = [];
      for await (const quad of parseFile(file, rdf)) quads.push(quad);
      const grouped = groupItems(quads);
      for (const item of grouped.items) await visit(item);
      return { stray: grouped.stray, order: `as a set (${error.message})` };
    }
  }
  // JSON-LD has no streaming parser here: documents in these formats are read whole.
  const document = JSON.parse(fs.readFileSync(file, 'utf8')) as JsonLdDocument;
  const quads = (await jsonld.toRDF(document, { documentLoader })) as unknown as RdfQuad[];
  const grouped = groupItems(quads);
  for (const item of grouped.items) await visit(item);
  return { stray: grouped.stray, order: 'as a set' };
}

/** items.tsv, line by line: `<sha256>\t<kind>\t<id>`. */
export async function* readListedItems(file: string, problems: string[]): AsyncGenerator<ListedItem> {
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (line === '') continue;
    const [hash, kind, id, ...rest] = line.split('\t');
    if (
      hash === undefined ||
      kind === undefined ||
      id === undefined ||
      rest.length > 0 ||
      !/^[0-9a-f]{64}$/.test(hash)
    ) {
      problems.push(`items.tsv line ${number} is malformed`);
      continue;
    }
    yield { id, kind, hash };
  }
}
