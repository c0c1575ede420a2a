/**
 * The intake's provenance in PROV-O: a RETRIEVAL activity with its times, the raw page it used as
 * an entity named by its hash, and the article derived from that page by that activity (issue 13).
 */
import { PassThrough } from 'node:stream';
import jsonld from 'jsonld';
import { Writer } from 'n3';
import { localDocumentLoader, PROV_CONTEXT_URL, shippedContext } from '../../../src/export/document-loader';
import { ProvJsonLdWriter } from '../../../src/export/formats/prov-rdf';
import { groupItems } from '../../../src/export/group-items';
import { itemHash } from '../../../src/export/item-hash';
import type { RdfQuad } from '../../../src/export/item-hash';
import { nodeQuads } from '../../../src/export/prov-quads';
import { graphFromItems } from '../../../src/export/rdf-to-graph';
import type { ExportNode } from '../../../src/graph/export-reader';

const P = 'http://www.w3.org/ns/prov#';
const I = 'https://isnad.example/ns#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RAW = 'ab'.repeat(32);
const PAGE = `artifact:sha256:${RAW}`;

const edge = (type: string, to: string, toLabel: string, props: Record<string, unknown> = {}) => ({
  type,
  to,
  toLabel,
  props,
});

/** An article taken from a page by one retrieval, revising the article taken before at its URL. */
function retrievalNodes(): ExportNode[] {
  const article = (id: string, out: ExportNode['out']): ExportNode => ({
    label: 'Article',
    id,
    props: { id, slug: id, contentHash: 'c'.repeat(64), text: 'Ferry timetable changes', language: 'en' },
    out,
    recorded: [],
  });
  return [
    {
      label: 'Activity',
      id: 'act_r',
      props: {
        id: 'act_r',
        type: 'RETRIEVAL',
        source: 'url',
        requestedUrl: 'http://127.0.0.1:8080/old-link',
        finalUrl: 'http://127.0.0.1:8080/ferry',
        redirects:
          '[{"url":"http://127.0.0.1:8080/old-link","status":302,"location":"http://127.0.0.1:8080/ferry"}]',
        requestedAt: '2026-11-25T10:00:00.000Z',
        retrievedAt: '2026-11-25T10:00:00.120Z',
        extractedAt: '2026-11-25T10:00:00.300Z',
        httpStatus: 200,
        contentType: 'text/html; charset=utf-8',
        file: null,
        rawSha256: RAW,
        rawBytes: 1234,
        artifact: `sha256:${RAW}`,
        charset: 'utf-8',
        charsetOrigin: 'http:content-type',
        textSha256: 'c'.repeat(64),
        extractor: '@mozilla/readability',
        extractorVersion: '0.6.0',
        dom: 'linkedom',
        domVersion: '0.18.15',
        tool: 'isnad',
        toolVersion: '0.1.0',
        normalisation: 'html-ascii-whitespace-collapse/1',
        metadata: '{"headline":null}',
        startedAt: '2026-11-25T10:00:01.000Z',
      },
      out: [edge('USED', PAGE, 'Artifact')],
      recorded: [PAGE],
    },
    {
      label: 'Artifact',
      id: PAGE,
      props: { id: PAGE, sha256: RAW, byteLength: 1234 },
      out: [edge('WAS_GENERATED_BY', 'act_r', 'Activity')],
      recorded: [],
    },
    article('art_new', [
      edge('DERIVED_FROM', PAGE, 'Artifact'),
      edge('RETRIEVED_BY', 'act_r', 'Activity', { artifact: PAGE }),
      edge('WAS_REVISION_OF', 'art_old', 'Article'),
    ]),
    article('art_old', []),
  ];
}

const quadsOf = () => retrievalNodes().flatMap(nodeQuads);
const nquads = () => new Writer({ format: 'N-Quads' }).quadsToString(quadsOf());

describe('a retrieval in PROV-O', () => {
  it('is a prov:Activity with its start and end, which used the raw page', () => {
    const triples = nquads();
    expect(triples).toContain(
      `<urn:isnad:act_r> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${P}Activity> .`,
    );
    expect(triples).toContain(`<urn:isnad:act_r> <${I}activityType> "RETRIEVAL" .`);
    expect(triples).toContain(
      `<urn:isnad:act_r> <${P}startedAtTime> "2026-11-25T10:00:00.000Z"^^<${XSD}dateTime> .`,
    );
    expect(triples).toContain(
      `<urn:isnad:act_r> <${P}endedAtTime> "2026-11-25T10:00:00.300Z"^^<${XSD}dateTime> .`,
    );
    expect(triples).toContain(
      `<urn:isnad:act_r> <${I}retrievedAt> "2026-11-25T10:00:00.120Z"^^<${XSD}dateTime> .`,
    );
    expect(triples).toContain(`<urn:isnad:act_r> <${P}used> <urn:isnad:${PAGE}> .`);
    expect(triples).toContain(`<urn:isnad:act_r> <${I}requestedUrl> "http://127.0.0.1:8080/old-link" .`);
    expect(triples).toContain(`<urn:isnad:act_r> <${I}finalUrl> "http://127.0.0.1:8080/ferry" .`);
    expect(triples).toContain(`<urn:isnad:act_r> <${I}httpStatus> "200"^^<${XSD}integer> .`);
    expect(triples).toContain(`<urn:isnad:act_r> <${I}textSha256> "${'c'.repeat(64)}" .`);
    expect(triples).toContain(`<urn:isnad:act_r> <${I}extractorVersion> "0.6.0" .`);
    expect(triples).toContain(`<urn:isnad:act_r> <${I}recorded> <urn:isnad:${PAGE}> .`);
    // the intake's own time of recording stays apart from the retrieval's times
    expect(triples).toContain(
      `<urn:isnad:act_r> <${I}recordedAt> "2026-11-25T10:00:01.000Z"^^<${XSD}dateTime> .`,
    );
    // absent values are absent, never empty
    expect(triples).not.toContain(`<${I}file>`);
  });

  it('names the raw page by its hash, an entity never generated', () => {
    const page = quadsOf().filter((q) => q.subject.value === `urn:isnad:${PAGE}`);
    expect(page.map((q) => [q.predicate.value, q.object.value])).toEqual([
      ['http://www.w3.org/1999/02/22-rdf-syntax-ns#type', `${I}Artifact`],
      ['http://www.w3.org/1999/02/22-rdf-syntax-ns#type', `${P}Entity`],
      [`${I}sha256`, RAW],
      [`${I}byteLength`, '1234'],
    ]);
  });

  it('derives the article from the raw page by the retrieval, and never says the retrieval generated it', () => {
    const article = quadsOf().filter((q) => q.subject.value === 'urn:isnad:art_new');
    const blank = article.find((q) => q.predicate.value === `${P}qualifiedDerivation`)!.object;
    const derivation = quadsOf().filter((q) => q.subject.equals(blank));
    expect(derivation.map((q) => [q.predicate.value, q.object.value])).toEqual([
      ['http://www.w3.org/1999/02/22-rdf-syntax-ns#type', `${P}Derivation`],
      [`${P}hadActivity`, 'urn:isnad:act_r'],
      [`${P}entity`, `urn:isnad:${PAGE}`],
    ]);
    const predicates = article.map((q) => q.predicate.value);
    expect(predicates).toContain(`${P}wasDerivedFrom`);
    expect(predicates).not.toContain(`${P}wasGeneratedBy`);
    expect(nquads()).toContain(`<urn:isnad:art_new> <${P}wasRevisionOf> <urn:isnad:art_old> .`);
  });

  it('has a term in the shipped context for every predicate and class it uses, and compacts to terms only', async () => {
    const context = (shippedContext(PROV_CONTEXT_URL) as { '@context': Record<string, unknown> })['@context'];
    const expand = (v: string) => v.replace(/^prov:/, P).replace(/^isnad:/, I);
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

    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const writer = new ProvJsonLdWriter({
      scope: { kind: 'all' },
      baseIri: 'https://isnad.test/',
      inlineContext: true,
    });
    await writer.begin(out);
    await writer.writePage({ nodes: retrievalNodes(), seeds: new Set(), articleSlug: null });
    await writer.end();
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text).not.toMatch(/"(isnad:|prov:|https?:)[^"]*":/);
    const back = (await jsonld.toRDF(JSON.parse(text) as object, {
      documentLoader: localDocumentLoader,
    })) as unknown as RdfQuad[];
    const hashes = async (qs: readonly RdfQuad[]) =>
      Object.fromEntries(
        await Promise.all(groupItems(qs).items.map(async (i) => [i.id, await itemHash(i.quads)])),
      );
    expect(await hashes(back)).toEqual(await hashes(quadsOf()));
  });

  it('reads back into the same nodes and relationships', () => {
    const { nodes, relationships } = graphFromItems(groupItems(quadsOf()).items);
    const byId = new Map(nodes.map((n) => [n.props.id, n]));
    expect(byId.get(PAGE)).toEqual({ label: 'Artifact', props: { id: PAGE, sha256: RAW, byteLength: 1234 } });
    expect(byId.get('act_r')!.props).toEqual(
      Object.fromEntries(Object.entries(retrievalNodes()[0]!.props).filter(([, v]) => v !== null)),
    );
    const links = relationships.map(({ type, from, to, props }) => ({ type, from, to, props }));
    expect(links).toEqual(
      expect.arrayContaining([
        { type: 'USED', from: 'act_r', to: PAGE, props: {} },
        { type: 'WAS_GENERATED_BY', from: PAGE, to: 'act_r', props: {} },
        { type: 'DERIVED_FROM', from: 'art_new', to: PAGE, props: {} },
        { type: 'RETRIEVED_BY', from: 'art_new', to: 'act_r', props: { artifact: PAGE } },
        { type: 'WAS_REVISION_OF', from: 'art_new', to: 'art_old', props: {} },
      ]),
    );
    expect(links).toHaveLength(5);
  });
});
