/**
 * The PROV-O serialisations of the same quads: N-Quads and Turtle through n3's writer, JSON-LD
 * through jsonld (fromRDF, then compaction against the shipped context). All three describe the
 * same triples, so an item hashes alike in each.
 */
import type { Writable } from 'node:stream';
import jsonld from 'jsonld';
import type { ContextDefinition } from 'jsonld';
import { Writer } from 'n3';
import type { Quad } from 'n3';
import type { ExportNode } from '../../graph/export-reader';
import { contextValue } from '../contexts';
import { localDocumentLoader, PROV_CONTEXT_URL } from '../document-loader';
import type { ExportItem, ExportPage, FormatWriter, WriterOptions } from '../format';
import { drained } from '../format';
import { toPlainQuads, itemHash } from '../item-hash';
import { kindOfId, NS } from '../iri';
import { nodeQuads, roleQuads, rolesOf } from '../prov-quads';
import { JsonGraphStream } from './json-graph-stream';

/**
 * Turns pages of nodes into quads and items. A role's item (`urn:isnad:role:annotator a
 * prov:Role`) is written once, with the first node that names it.
 */
export class ProvItems {
  private readonly rolesWritten = new Set<string>();

  async page(nodes: readonly ExportNode[]): Promise<{ quads: Quad[]; items: ExportItem[] }> {
    const quads: Quad[] = [];
    const items: ExportItem[] = [];
    const addItem = async (id: string, own: Quad[]): Promise<void> => {
      quads.push(...own);
      items.push({ id, kind: kindOfId(id), hash: await itemHash(own) });
    };
    for (const node of nodes) {
      await addItem(node.id, nodeQuads(node));
      for (const role of rolesOf(node)) {
        if (this.rolesWritten.has(role)) continue;
        this.rolesWritten.add(role);
        await addItem(`role:${role}`, roleQuads(role));
      }
    }
    return { quads, items };
  }
}

const XSD_INTEGER = `${NS.xsd}integer`;
const XSD_BOOLEAN = `${NS.xsd}boolean`;

/**
 * Integers and booleans as JSON numbers and booleans, which read back to the same literals. Done
 * here rather than with fromRDF's `useNativeTypes`, which also tags every plain string with
 * `xsd:string` (jsonld.js 9), making each one an object in the output.
 */
function nativeValues<T>(value: T): T {
  if (Array.isArray(value)) return value.map(nativeValues) as T;
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  const literal = object['@value'];
  if (typeof literal === 'string' && Object.keys(object).length === 2) {
    if (object['@type'] === XSD_INTEGER && /^-?(0|[1-9][0-9]{0,14})$/.test(literal))
      return { '@value': Number(literal) } as T;
    if (object['@type'] === XSD_BOOLEAN && /^(true|false)$/.test(literal))
      return { '@value': literal === 'true' } as T;
  }
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, nativeValues(v)])) as T;
}

const TURTLE_PREFIXES = { prov: NS.prov, isnad: NS.isnad, xsd: NS.xsd, rdf: NS.rdf };

/** N-Quads or Turtle, streamed by n3's writer. */
export class N3FormatWriter implements FormatWriter {
  readonly walk = 'nodes' as const;
  private writer: Writer | null = null;
  private out: Writable | null = null;
  private readonly prov = new ProvItems();

  constructor(private readonly n3Format: 'N-Quads' | 'Turtle') {}

  async begin(out: Writable): Promise<void> {
    this.out = out;
    const prefixes = this.n3Format === 'Turtle' ? TURTLE_PREFIXES : undefined;
    this.writer = new Writer(out, { format: this.n3Format, end: false, prefixes });
  }

  async writePage(page: ExportPage): Promise<ExportItem[]> {
    const { quads, items } = await this.prov.page(page.nodes);
    this.writer!.addQuads(quads);
    await drained(this.out!);
    return items;
  }

  end(): Promise<ExportItem[]> {
    return new Promise((resolve, reject) =>
      this.writer!.end((error) => (error ? reject(error) : resolve([]))),
    );
  }
}

/**
 * PROV-O JSON-LD, compacted against the shipped `isnad-prov-v1` context; the document names that
 * context inline or by its URL under the base IRI (the same definitions either way).
 */
export class ProvJsonLdWriter implements FormatWriter {
  readonly walk = 'nodes' as const;
  private readonly stream: JsonGraphStream;
  private readonly prov = new ProvItems();

  constructor(options: WriterOptions) {
    this.stream = new JsonGraphStream(contextValue('prov-jsonld', options));
  }

  begin(out: Writable): Promise<void> {
    return this.stream.begin(out);
  }

  async writePage(page: ExportPage): Promise<ExportItem[]> {
    const { quads, items } = await this.prov.page(page.nodes);
    if (quads.length === 0) return items;
    const expanded = nativeValues(await jsonld.fromRDF(toPlainQuads(quads) as never));
    // A context given by URL is kept as that URL in the output; @types/jsonld only types objects.
    const context = PROV_CONTEXT_URL as unknown as ContextDefinition;
    const compacted = (await jsonld.compact(expanded, context, {
      documentLoader: localDocumentLoader,
    })) as unknown as Record<string, unknown>;
    const graph = compacted['@graph'];
    const { '@context': _context, ...single } = compacted;
    await this.stream.writeNodes(Array.isArray(graph) ? (graph as object[]) : [single]);
    return items;
  }

  async end(): Promise<ExportItem[]> {
    await this.stream.end();
    return [];
  }
}
