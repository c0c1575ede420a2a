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
      await writeBundle(graph.executor, bundles[format], { format, scope });
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
    expect(data('nquads')).toContain('<http://www.w3.org/ns/prov#generatedAtTime>');
  });

  it('PROV-O JSON-LD expands with jsonld and keeps every triple', async () => {
    const document = JSON.parse(data('prov-jsonld')) as object;
    const expanded = await jsonld.expand(document as JsonLdDocument, { documentLoader: localDocumentLoader });
    expect(expanded.length).toBeGreaterThan(10);
    const quads = (await jsonld.toRDF(document, {
      documentLoader: localDocumentLoader,
    })) as unknown as unknown[];
    expect(quads).toHaveLength(new Parser({ format: 'N-Quads' }).parse(data('nquads')).length);
  });

  it('Web Annotation targets the exact code-point span of the article', async () => {
    const document = JSON.parse(data('web-annotation')) as { '@graph': Record<string, unknown>[] };
    await expect(
      jsonld.expand(document as JsonLdDocument, { documentLoader: localDocumentLoader }),
    ).resolves.toBeDefined();
    const text = fs.readFileSync(
      path.join(__dirname, '../../../seed/alarabiya-us-forces-iraq.ar.txt'),
      'utf8',
    );
    for (const annotation of document['@graph']) {
      const selectors = (annotation.target as { selector: Record<string, unknown>[] }).selector;
      const quote = selectors.find((s) => s.type === 'TextQuoteSelector')!;
      const position = selectors.find((s) => s.type === 'TextPositionSelector')!;
      expect([...text].slice(position.start as number, position.end as number).join('')).toBe(quote.exact);
    }
  });

  it('ClaimReview covers the current contradictions, with sources as authors and no rating', async () => {
    const document = JSON.parse(data('claimreview')) as { '@graph': Record<string, unknown>[] };
    await expect(
      jsonld.expand(document as JsonLdDocument, { documentLoader: localDocumentLoader }),
    ).resolves.toBeDefined();
    expect(document['@graph'].length).toBeGreaterThan(0);
    for (const review of document['@graph']) {
      expect(review.type).toBe('ClaimReview');
      expect(review).not.toHaveProperty('reviewRating');
      expect(review.itemReviewed).toMatchObject({ type: 'Claim', author: { name: expect.any(String) } });
    }
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
    expect(report.items).toEqual([{ id, kind: 'statement', name: OFFICIAL, problem: 'altered' }]);

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
  });

  it('a signature verifies with its key and fails with another', async () => {
    const keys = generateSigningKeys(path.join(root, 'keys-a'));
    const other = generateSigningKeys(path.join(root, 'keys-b'));
    const dir = path.join(root, 'signed');
    await writeBundle(graph.executor, dir, { format: 'nquads', scope, signKey: keys.privateKey });
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
    });
    expect(manifest.itemCount).toBeGreaterThan(40);
    expect(executor.roundTrips).toBeLessThanOrEqual(10);
  });

  it('serves exports over HTTP, with a status for bad requests', async () => {
    const handler = createExportHandler(graph.executor);
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
  });
});
