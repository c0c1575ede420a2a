import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import jsonld from 'jsonld';
import type { JsonLdDocument } from 'jsonld';
import { Parser } from 'n3';
import { registerVerify } from '../../../src/cli/commands/verify';
import { writeBundle } from '../../../src/export/bundle';
import { localDocumentLoader } from '../../../src/export/document-loader';
import { EXPORT_FORMATS } from '../../../src/export/format';
import type { ExportFormat } from '../../../src/export/format';
import { DATA_FILE } from '../../../src/export/formats';
import { createExportHandler } from '../../../src/export/http-route';
import { generateSigningKeys } from '../../../src/export/signature';
import { verifyBundle } from '../../../src/export/verify';
import { ingestFiles } from '../../../src/ingest/ingest-files';
import { isnadTool } from '../../../src/ingest/tool-info';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { FIXTURES_DIR, ingestSeed } from '../../support/seed';

const OFFICIAL = 'alarabiya-us-forces-iraq#no-deployment-changes';
const scope = { kind: 'statement' as const, ref: OFFICIAL };
const baseIri = 'https://isnad.test/';

describe("exports of the defense official's statement", () => {
  let graph: TestGraph;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-export-'));
  const bundles = {} as Record<ExportFormat, string>;
  const data = (format: ExportFormat) =>
    fs.readFileSync(path.join(bundles[format], DATA_FILE[format]), 'utf8');
  const items = (format: ExportFormat) => fs.readFileSync(path.join(bundles[format], 'items.tsv'), 'utf8');

  beforeAll(async () => {
    graph = await openTestGraph();
    await ingestSeed(graph.executor, graph.logger);
    const correction = path.join(FIXTURES_DIR, 'correction-defense-official.annotation.yaml');
    await ingestFiles(graph.executor, [correction], isnadTool(), graph.logger);
    for (const format of EXPORT_FORMATS) {
      bundles[format] = path.join(root, format);
      await writeBundle(graph.executor, bundles[format], { format, scope, baseIri });
    }
  });
  afterAll(async () => {
    await graph.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('N-Quads and Turtle parse with n3; both list the same items with the same hashes', () => {
    const nquads = new Parser({ format: 'N-Quads' }).parse(data('nquads'));
    const turtle = new Parser({ format: 'Turtle' }).parse(data('turtle'));
    expect(turtle).toHaveLength(nquads.length);
    expect(items('turtle')).toBe(items('nquads'));
    expect(items('prov-jsonld')).toBe(items('nquads'));
    expect(data('nquads')).toMatch(/<http:\/\/www\.w3\.org\/ns\/prov#wasRevisionOf> <urn:isnad:st_/);
    // issue 18: no node carries the time of the ingest; the activity does, as isnad:recordedAt
    expect(data('nquads')).not.toContain('<http://www.w3.org/ns/prov#generatedAtTime>');
    expect(data('nquads')).toMatch(
      /<urn:isnad:act_[0-9a-f]+> <https:\/\/isnad\.example\/ns#recordedAt> "[^"]+"\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#dateTime>/,
    );
    expect(data('nquads')).toContain(
      '<https://isnad.example/ns#annotatedAt> "2026-11-25"^^<http://www.w3.org/2001/XMLSchema#date>',
    );
  });

  it('says in PROV what the graph means: agents and articles are not generated, the article is used', () => {
    const lines = data('nquads').split('\n');
    const generated = lines
      .filter((l) => l.includes('<http://www.w3.org/ns/prov#wasGeneratedBy>'))
      .map((l) => /^<urn:isnad:([a-z]+)[_:]/.exec(l)?.[1]);
    expect(new Set(generated)).toEqual(new Set(['st', 'gl', 'as']));
    const article =
      /<urn:isnad:(art_[0-9a-f]+)> <https:\/\/isnad\.example\/ns#slug> "alarabiya-us-forces-iraq"/.exec(
        data('nquads'),
      )![1]!;
    expect(data('nquads')).toMatch(new RegExp(`<http://www.w3.org/ns/prov#used> <urn:isnad:${article}>`));
    expect(data('nquads')).toContain(
      `<urn:isnad:${article}> <http://www.w3.org/ns/prov#wasAttributedTo> <urn:isnad:outlet:alarabiya-net>`,
    );
    expect(data('nquads')).not.toMatch(
      /<urn:isnad:src_[0-9a-f]+> <http:\/\/www\.w3\.org\/ns\/prov#wasDerivedFrom>/,
    );
    expect(data('nquads')).toContain(
      '<urn:isnad:role:annotator> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/prov#Role>',
    );
  });

  it('PROV-O JSON-LD carries its context inline, expands with jsonld and keeps every triple', async () => {
    const document = JSON.parse(data('prov-jsonld')) as { '@context': unknown };
    expect(typeof document['@context']).toBe('object');
    const expanded = await jsonld.expand(document as JsonLdDocument, {
      documentLoader: () => Promise.reject(new Error('nothing may be fetched')),
    });
    expect(expanded.length).toBeGreaterThan(10);
    const quads = (await jsonld.toRDF(document as JsonLdDocument, {
      documentLoader: localDocumentLoader,
    })) as unknown as unknown[];
    expect(quads).toHaveLength(new Parser({ format: 'N-Quads' }).parse(data('nquads')).length);
  });

  it('Web Annotation is a collection with a page, each annotation on the exact code-point span', async () => {
    const document = JSON.parse(data('web-annotation')) as {
      type: string;
      total: number;
      first: { type: string; items: Record<string, unknown>[]; partOf: string };
      id: string;
    };
    await expect(
      jsonld.expand(document as unknown as JsonLdDocument, { documentLoader: localDocumentLoader }),
    ).resolves.toBeDefined();
    expect(document).toMatchObject({ type: 'AnnotationCollection', first: { type: 'AnnotationPage' } });
    expect(document.first.partOf).toBe(document.id);
    expect(document.total).toBe(document.first.items.length);
    const text = fs.readFileSync(
      path.join(__dirname, '../../../seed/alarabiya-us-forces-iraq.ar.txt'),
      'utf8',
    );
    // the texts the selectors count in travel with the bundle
    const manifest = JSON.parse(
      fs.readFileSync(path.join(bundles['web-annotation'], 'manifest.json'), 'utf8'),
    ) as {
      articles: { textFile?: string }[];
    };
    expect(manifest.articles.every((a) => a.textFile !== undefined)).toBe(true);
    for (const annotation of document.first.items) {
      const selectors = (annotation.target as { selector: Record<string, unknown>[] }).selector;
      const quote = selectors.find((s) => s.type === 'TextQuoteSelector')!;
      const position = selectors.find((s) => s.type === 'TextPositionSelector')!;
      expect([...text].slice(position.start as number, position.end as number).join('')).toBe(quote.exact);
    }
  });

  it('ClaimReview covers the current contradictions, with a url, identified claims, sources as authors and no rating', async () => {
    const document = JSON.parse(data('claimreview')) as { '@graph': Record<string, unknown>[] };
    await expect(
      jsonld.expand(document as JsonLdDocument, { documentLoader: localDocumentLoader }),
    ).resolves.toBeDefined();
    expect(document['@graph'].length).toBeGreaterThan(0);
    for (const review of document['@graph']) {
      expect(review.type).toBe('ClaimReview');
      expect(review).not.toHaveProperty('reviewRating');
      expect(review.url).toBe(`${baseIri}#/contradiction/${String(review.id).slice('urn:isnad:'.length)}`);
      expect(review.itemReviewed).toMatchObject({
        id: expect.stringMatching(/^urn:isnad:st_/),
        type: 'Claim',
        author: { id: expect.stringMatching(/^urn:isnad:src_/), name: expect.any(String) },
      });
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // in RDF, no claim is a blank node
    const quads = (await jsonld.toRDF(document as JsonLdDocument, {
      documentLoader: localDocumentLoader,
    })) as unknown as { subject: { termType: string } }[];
    expect(quads.filter((q) => q.subject.termType === 'BlankNode')).toEqual([]);
    expect(data('claimreview')).toContain('مسؤول دفاعي أميركي');
  });

  it.each(EXPORT_FORMATS)('an unaltered %s bundle verifies', async (format) => {
    const report = await verifyBundle(bundles[format]);
    expect(report).toMatchObject({ ok: true, items: [], problems: [] });
    expect(report.itemsChecked).toBeGreaterThan(0);
  });

  it('one changed character in one quote fails verify, naming that statement', async () => {
    const dir = path.join(root, 'tampered');
    fs.cpSync(bundles.nquads, dir, { recursive: true });
    const file = path.join(dir, 'export.nq');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const quoteLine = lines.findIndex(
      (l) => l.includes('<https://isnad.example/ns#localId> "no-deployment-changes"') || false,
    );
    const subject = lines[quoteLine]!.split(' ')[0]!;
    const target = lines.findIndex((l) => l.startsWith(`${subject} <https://isnad.example/ns#quote>`));
    lines[target] = lines[target]!.replace('تغييرات', 'تغييرا ت');
    fs.writeFileSync(file, lines.join('\n'));

    const report = await verifyBundle(dir);
    expect(report.ok).toBe(false);
    const id = subject.slice('<urn:isnad:'.length, -1);
    expect(report.items).toEqual([
      { id, kind: 'statement', name: OFFICIAL, problem: 'altered' },
      expect.objectContaining({ id, name: OFFICIAL, problem: 'inconsistent', field: 'quote' }),
    ]);

    const program = new Command().exitOverride();
    registerVerify(program);
    const printed: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    try {
      await program.parseAsync(['node', 'isnad', 'verify', dir]);
    } finally {
      write.mockRestore();
    }
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
    expect(printed.join('')).toContain(`ALTERED statement ${id} (${OFFICIAL})`);
    expect(printed.join('')).toContain(`INCONSISTENT statement ${id} (${OFFICIAL}) quote: "لا تغييرا ت`);
  });

  it('a signature verifies with its key and fails with another', async () => {
    const keys = generateSigningKeys(path.join(root, 'keys-a'));
    const other = generateSigningKeys(path.join(root, 'keys-b'));
    const dir = path.join(root, 'signed');
    await writeBundle(graph.executor, dir, { format: 'nquads', scope, baseIri, signKey: keys.privateKey });
    expect(await verifyBundle(dir, keys.publicKey)).toMatchObject({ ok: true, signature: 'valid' });
    expect(await verifyBundle(dir, other.publicKey)).toMatchObject({ ok: false, signature: 'invalid' });

    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({ ...manifest, createdAt: '2000-01-01T00:00:00Z' }),
    );
    expect(await verifyBundle(dir, keys.publicKey)).toMatchObject({ ok: false, signature: 'invalid' });
  });

  it('reads a whole article in a bounded number of round trips', async () => {
    const executor = graph.executor.forRequest();
    const dir = path.join(root, 'article');
    const manifest = await writeBundle(executor, dir, {
      format: 'nquads',
      scope: { kind: 'article', ref: 'alarabiya-us-forces-iraq' },
      baseIri,
    });
    expect(manifest.itemCount).toBeGreaterThan(40);
    expect(executor.roundTrips).toBeLessThanOrEqual(10);
  });

  it('serves exports over HTTP, with a status for bad requests', async () => {
    const handler = createExportHandler(graph.executor, baseIri);
    const ok = await handler(
      new Request(`http://isnad/export?format=nquads&statement=${encodeURIComponent(OFFICIAL)}`),
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('application/n-quads');
    expect(new Parser({ format: 'N-Quads' }).parse(await ok.text()).length).toBeGreaterThan(100);
    const all = await handler(new Request('http://isnad/export?format=turtle&all=true'));
    expect(new Parser({ format: 'Turtle' }).parse(await all.text()).length).toBeGreaterThan(100);
    expect((await handler(new Request('http://isnad/export?format=nquads&statement=st_nope'))).status).toBe(
      404,
    );
    expect((await handler(new Request('http://isnad/export?format=xml&all=true'))).status).toBe(400);
    const bad = await handler(new Request('http://isnad/export?format=nquads&all=true&inlineContext=yes'));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'inlineContext must be true or false' });
    // JSON-LD over HTTP names the context served under the base IRI, or carries it when asked
    const url = `http://isnad/export?format=prov-jsonld&statement=${encodeURIComponent(OFFICIAL)}`;
    const byUrl = (await (await handler(new Request(url))).json()) as { '@context': unknown };
    expect(byUrl['@context']).toBe(`${baseIri}contexts/prov-v1.jsonld`);
    const inline = (await (await handler(new Request(`${url}&inlineContext=true`))).json()) as {
      '@context': unknown;
    };
    expect(typeof inline['@context']).toBe('object');
  });
});
