import jsonld from 'jsonld';
import { Parser, Writer } from 'n3';
import fs from 'node:fs';
import path from 'node:path';
import { localDocumentLoader, PROV_CONTEXT_URL, shippedContext } from '../../../src/export/document-loader';
import { groupItems } from '../../../src/export/group-items';
import { itemHash } from '../../../src/export/item-hash';
import { ProvJsonLdWriter } from '../../../src/export/formats/prov-rdf';
import { PassThrough } from 'node:stream';
import type { RdfQuad } from '../../../src/export/item-hash';
import { nodeQuads, roleQuads } from '../../../src/export/prov-quads';
import { graphFromItems } from '../../../src/export/rdf-to-graph';
import { LABEL_SPECS } from '../../../src/export/vocabulary';
import { EXPORTED_LABELS } from '../../../src/graph/export-cypher';
import { projectRoot } from '../../../src/config/project-root';
import { sampleNodes } from './export-fixtures';

/** The sample's quads, with the items of the two roles its activity names (as the writers add them). */
const quadsOf = () => [...sampleNodes().flatMap(nodeQuads), ...['annotator', 'software'].flatMap(roleQuads)];
const options = { scope: { kind: 'all' as const }, baseIri: 'https://isnad.test/', inlineContext: true };
const P = 'http://www.w3.org/ns/prov#';
const I = 'https://isnad.example/ns#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

describe('PROV-O mapping', () => {
  it('maps every exported label, and only those', () => {
    expect(LABEL_SPECS.map((s) => s.label).sort()).toEqual([...EXPORTED_LABELS].sort());
  });

  it('gives every predicate and class of the vocabulary a term in the shipped PROV context', async () => {
    const context = (shippedContext(PROV_CONTEXT_URL) as { '@context': Record<string, unknown> })['@context'];
    const expand = (value: string) =>
      value.replace(/^prov:/, 'http://www.w3.org/ns/prov#').replace(/^isnad:/, 'https://isnad.example/ns#');
    const defined = new Set(
      Object.values(context).map((v) =>
        expand(typeof v === 'string' ? v : String((v as { '@id'?: string })['@id'])),
      ),
    );
    const used = new Set(
      quadsOf().flatMap((q) => [
        q.predicate.value,
        ...(q.predicate.value.endsWith('#type') ? [q.object.value] : []),
      ]),
    );
    used.delete('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
    expect([...used].filter((iri) => !defined.has(iri))).toEqual([]);
  });

  it('qualifies relationships that carry properties (revision, transmission, association) with PROV-O terms', () => {
    const triples = new Writer({ format: 'N-Quads' }).quadsToString(quadsOf());
    expect(triples).toContain('<urn:isnad:st_2> <http://www.w3.org/ns/prov#wasRevisionOf> <urn:isnad:st_1>');
    expect(triples).toContain('<http://www.w3.org/ns/prov#qualifiedRevision>');
    expect(triples).toContain('"gloss fixed"');
    expect(triples).toContain('<http://www.w3.org/ns/prov#hadRole> <urn:isnad:role:annotator>');
    expect(triples).toContain(
      '<urn:isnad:role:annotator> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/prov#Role>',
    );
    expect(triples).toContain('<urn:isnad:gl_1> <http://www.w3.org/ns/prov#wasDerivedFrom> <urn:isnad:st_1>');
    expect(triples).toContain('"0.8"^^<http://www.w3.org/2001/XMLSchema#decimal>');
  });

  describe('PROV terms on the right things (issue 18)', () => {
    const triples = () => new Writer({ format: 'N-Quads' }).quadsToString(quadsOf());

    it('generates only what the annotation made; agents, the article and the source are recorded', () => {
      const generated = quadsOf()
        .filter((q) => q.predicate.value === `${P}wasGeneratedBy`)
        .map((q) => q.subject.value)
        .sort();
      expect(generated).toEqual(['urn:isnad:as_1', 'urn:isnad:gl_1', 'urn:isnad:st_1', 'urn:isnad:st_2']);
      expect(triples()).not.toContain('generatedAtTime');
      for (const id of ['agent:team', 'art_1', 'src_1', 'entity:iraq'])
        expect(triples()).toContain(`<urn:isnad:act_1> <${I}recorded> <urn:isnad:${id}> .`);
      expect(triples()).toContain(`<urn:isnad:act_1> <${P}used> <urn:isnad:art_1> .`);
    });

    it('a source is an agent named in the article, not derived from it', () => {
      const source = quadsOf().filter((q) => q.subject.value === 'urn:isnad:src_1');
      expect(source.map((q) => q.predicate.value)).not.toContain(`${P}wasDerivedFrom`);
      expect(source.map((q) => q.object.value)).not.toContain(`${P}Entity`);
      expect(triples()).toContain(`<urn:isnad:src_1> <${I}inArticle> <urn:isnad:art_1> .`);
      expect(triples()).toContain(
        `<urn:isnad:src_1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${P}Person> .`,
      );
    });

    it("keeps the annotation's date and the ingest's time apart, typed", () => {
      expect(triples()).toContain(`<urn:isnad:act_1> <${I}annotatedAt> "2026-11-25"^^<${XSD}date> .`);
      expect(triples()).toMatch(
        new RegExp(`<urn:isnad:act_1> <${I}recordedAt> "[^"]+"\\^\\^<${XSD}dateTime> \\.`),
      );
      expect(triples()).not.toContain(`${P}startedAtTime`);
    });

    it('refuses a date that is neither an xsd:date nor an xsd:dateTime', () => {
      const [activity] = sampleNodes();
      expect(() =>
        nodeQuads({ ...activity!, props: { ...activity!.props, annotatedAt: '25/11/2026' } }),
      ).toThrow(/annotatedAt: "25\/11\/2026" is not a valid temporal/);
    });
  });

  it('reads its own triples back into the same nodes and relationships', () => {
    const { items } = groupItems(quadsOf());
    const { nodes, relationships } = graphFromItems(items);
    const statement = nodes.find((n) => n.props.id === 'st_1')!;
    expect(statement.label).toBe('Statement');
    expect(statement.props).toMatchObject({
      quote: sampleNodes()[6]!.props.quote,
      start: sampleNodes()[6]!.props.start,
      articleId: 'art_1',
    });
    expect(relationships).toContainEqual(
      expect.objectContaining({ type: 'VIA', from: 'st_1', to: 'src_1', props: { position: 0 } }),
    );
    expect(relationships).toContainEqual(
      expect.objectContaining({ type: 'WAS_ASSOCIATED_WITH', from: 'act_1', props: { role: 'software' } }),
    );
    // what the activity recorded comes back as the graph's WAS_GENERATED_BY
    expect(relationships).toContainEqual(
      expect.objectContaining({ type: 'WAS_GENERATED_BY', from: 'src_1', to: 'act_1', props: {} }),
    );
    expect(nodes.map((n) => n.props.id)).not.toContain('role:annotator');
  });

  it('refuses a triple that the vocabulary does not explain, instead of dropping it', () => {
    const quads = new Parser().parse(
      `${new Writer({ format: 'N-Quads' }).quadsToString(quadsOf())}<urn:isnad:st_1> <https://isnad.example/ns#secret> "x" .\n`,
    );
    expect(() => graphFromItems(groupItems(quads).items)).toThrow(
      /st_1: <https:\/\/isnad.example\/ns#secret> is not in the Statement vocabulary/,
    );
  });

  it('hashes an item alike in N-Quads, Turtle and JSON-LD (compacted, then expanded)', async () => {
    const quads = quadsOf();
    const byId = async (qs: readonly RdfQuad[]) =>
      Object.fromEntries(
        await Promise.all(groupItems(qs).items.map(async (i) => [i.id, await itemHash(i.quads)] as const)),
      );
    const expected = await byId(quads);
    const writer = new Writer({ format: 'Turtle', prefixes: { isnad: 'https://isnad.example/ns#' } });
    writer.addQuads(quads);
    const turtle = await new Promise<string>((resolve, reject) =>
      writer.end((error, result: string) => (error ? reject(error) : resolve(result))),
    );
    expect(turtle).toMatch(/^@prefix isnad:/);
    expect(await byId(new Parser({ format: 'Turtle' }).parse(turtle))).toEqual(expected);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const jsonLdWriter = new ProvJsonLdWriter(options);
    await jsonLdWriter.begin(out);
    await jsonLdWriter.writePage({ nodes: sampleNodes(), seeds: new Set(), articleSlug: null });
    await jsonLdWriter.end();
    const compacted = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { '@context': unknown };
    expect(compacted['@context']).toEqual(
      (shippedContext(PROV_CONTEXT_URL) as { '@context': unknown })['@context'],
    );
    expect(JSON.stringify(compacted)).toContain('"start":' + String(sampleNodes()[6]!.props.start));
    // every key is a term of the context: no compact or full IRI was left as a key
    expect(JSON.stringify(compacted)).not.toMatch(/"(isnad:|prov:|https?:)[^"]*":/);
    const back = (await jsonld.toRDF(compacted as object, {
      documentLoader: localDocumentLoader,
    })) as unknown as RdfQuad[];
    expect(back).toHaveLength(quads.length);
    expect(await byId(back)).toEqual(expected);
  });

  it('names the context by its URL under the base IRI when it is not inline', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const writer = new ProvJsonLdWriter({ ...options, inlineContext: false });
    await writer.begin(out);
    await writer.end();
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8'))).toEqual({
      '@context': 'https://isnad.test/contexts/prov-v1.jsonld',
      '@graph': [],
    });
  });

  it('gives the same hash whatever the blank node labels and quad order', async () => {
    const statement = sampleNodes()[6]!;
    const quads = nodeQuads(statement);
    const relabelled = new Parser().parse(
      new Writer({ format: 'N-Quads' }).quadsToString([...quads].reverse()).replace(/_:st_1-q0/g, '_:other'),
    );
    expect(await itemHash(relabelled)).toBe(await itemHash(quads));
  });

  it('ships the contexts it serves, and serves nothing else', async () => {
    for (const file of ['isnad-prov-v1.jsonld', 'anno.jsonld', 'schema-org.jsonld']) {
      expect(() =>
        JSON.parse(fs.readFileSync(path.join(projectRoot(), 'contexts', file), 'utf8')),
      ).not.toThrow();
    }
    await expect(localDocumentLoader('https://example.org/context.jsonld')).rejects.toThrow(
      /not shipped with Isnad/,
    );
    await expect(
      jsonld.expand(
        { '@context': 'https://w3id.org/security/v2', x: 1 },
        { documentLoader: localDocumentLoader },
      ),
    ).rejects.toThrow();
  });
});
