/**
 * Writes a JSON-LD document `{"@context": …, "@graph": [ … ]}` one page of node objects at a time,
 * so that even `--all` never holds the whole document. Each node object is complete JSON produced
 * by JSON.stringify; only the enclosing brackets are written here.
 */
import type { Writable } from 'node:stream';
import jsonld from 'jsonld';
import type { JsonLdDocument } from 'jsonld';
import { localDocumentLoader } from '../document-loader';
import type { ExportItem } from '../format';
import { writeText } from '../format';
import { groupItems } from '../group-items';
import type { RdfQuad } from '../item-hash';
import { itemHash } from '../item-hash';
import { kindOfId } from '../iri';

export class JsonGraphStream {
  private out: Writable | null = null;
  private first = true;

  /** `context` is the document's `@context`: a URL, or the definitions themselves. */
  constructor(private readonly context: string | object) {}

  async begin(out: Writable): Promise<void> {
    this.out = out;
    await writeText(out, `{\n  "@context": ${indentJson(this.context, '  ')},\n  "@graph": [\n`);
  }

  async writeNodes(nodes: readonly object[]): Promise<void> {
    const text = nodes
      .map((node) => JSON.stringify(node, null, 2).replace(/^/gm, '    '))
      .map((json) => {
        const separated = this.first ? json : `,\n${json}`;
        this.first = false;
        return separated;
      })
      .join('');
    await writeText(this.out!, text);
  }

  async end(): Promise<void> {
    await writeText(this.out!, `${this.first ? '' : '\n'}  ]\n}\n`);
  }
}

/** JSON text of `value`, pretty-printed, with every line after the first indented by `indent`. */
export function indentJson(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

/** The RDF of a JSON-LD document, through the shipped contexts only. */
export async function jsonLdQuads(document: JsonLdDocument): Promise<RdfQuad[]> {
  return (await jsonld.toRDF(document, { documentLoader: localDocumentLoader })) as unknown as RdfQuad[];
}

/**
 * Hashes the items that node objects describe, exactly as verify will: through the RDF that the
 * JSON-LD means, never through the JSON text.
 */
export async function hashJsonNodes(
  context: string | object,
  nodes: readonly object[],
): Promise<ExportItem[]> {
  // Through JSON text first, so that absent (undefined) members are dropped exactly as in the file.
  const graph = JSON.parse(JSON.stringify(nodes)) as object[];
  const { items, stray } = groupItems(
    await jsonLdQuads({ '@context': context, '@graph': graph } as JsonLdDocument),
  );
  if (stray.length > 0) throw new Error(`export produced content outside any item: ${stray.join('; ')}`);
  return Promise.all(
    items.map(async (item) => ({ id: item.id, kind: kindOfId(item.id), hash: await itemHash(item.quads) })),
  );
}
