/**
 * Reads a bundle back as items: the data file parsed with the format's own library (n3 for
 * N-Quads and Turtle, jsonld for the JSON-LD formats), and items.tsv as the manifest lists them.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { StreamParser } from 'n3';
import type { ExportFormat } from './format';
import { jsonLdQuads } from './formats/json-graph-stream';
import { groupItems, StreamingGrouper } from './group-items';
import type { RdfItem } from './group-items';
import type { RdfQuad } from './item-hash';

export interface ListedItem {
  id: string;
  kind: string;
  hash: string;
}

/** The data file's items; `stray` collects quads that belong to no item. */
export async function* readDataItems(
  file: string,
  format: ExportFormat,
  stray: string[],
): AsyncGenerator<RdfItem> {
  if (format === 'nquads' || format === 'turtle') {
    const parser = new StreamParser({ format: format === 'nquads' ? 'N-Quads' : 'Turtle' });
    const grouper = new StreamingGrouper();
    for await (const quad of fs.createReadStream(file).pipe(parser)) {
      const done = grouper.push(quad as RdfQuad);
      if (done !== null) yield done;
    }
    const last = grouper.finish();
    if (last !== null) yield last;
    stray.push(...grouper.stray);
    return;
  }
  // JSON-LD has no streaming parser here: documents in these formats are read whole.
  const document = JSON.parse(fs.readFileSync(file, 'utf8')) as object;
  const grouped = groupItems(await jsonLdQuads(document as never));
  stray.push(...grouped.stray);
  yield* grouped.items;
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
