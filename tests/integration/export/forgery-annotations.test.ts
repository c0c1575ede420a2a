/**
 * The forgery suite of `isnad verify` for the two formats that do not carry the articles' text in
 * their data, Web Annotation and ClaimReview: the bundle carries the texts beside the data, and
 * (version 3) what each annotation's, claim's, source's and review's id derives from. A forger who
 * edits the data and recomputes every hash must still be named, item and field; the same RDF
 * re-serialised by Apache Jena verifies.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBundle } from '../../../src/export/bundle';
import type { ExportScope } from '../../../src/export/scope';
import { verifyBundle } from '../../../src/export/verify';
import { ingestFiles } from '../../../src/ingest/ingest-files';
import { isnadTool } from '../../../src/ingest/tool-info';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { ensureJena, riotConvert } from '../../support/jena';
import { reseal } from '../../support/reseal';
import { FIXTURES_DIR, ingestSeed } from '../../support/seed';

const OFFICIAL = 'alarabiya-us-forces-iraq#no-deployment-changes';
const OFFICIAL_IRI = 'urn:isnad:st_c6660243d69eed104e70b852';
const TEXT = [
  ...fs.readFileSync(path.join(__dirname, '../../../seed/alarabiya-us-forces-iraq.ar.txt'), 'utf8'),
];

interface Annotation {
  id: string;
  body: { purpose: string; source?: { id: string } }[];
  target: {
    selector: {
      type: string;
      exact?: string;
      prefix?: string;
      suffix?: string;
      start?: number;
      end?: number;
    }[];
  };
}
interface Claim {
  id: string;
  text: string;
  author: { id: string };
}
interface Review {
  id: string;
  claimReviewed: string;
  itemReviewed: Claim;
  isBasedOn: Claim;
}

describe('isnad verify against Web Annotation and ClaimReview forgeries', () => {
  let graph: TestGraph;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-forgery-wa-'));
  const bundles: Record<string, string> = {};

  /** A copy of a bundle whose JSON-LD data `edit` changes, then resealed as a forger would. */
  const forge = async <T>(from: string, name: string, edit: (document: T) => void): Promise<string> => {
    const dir = path.join(root, name);
    fs.cpSync(bundles[from]!, dir, { recursive: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
      dataFile: string;
    };
    const file = path.join(dir, manifest.dataFile);
    const document = JSON.parse(fs.readFileSync(file, 'utf8')) as T;
    edit(document);
    fs.writeFileSync(file, JSON.stringify(document, null, 2));
    await reseal(dir);
    return dir;
  };
  const annotations = (d: { first: { items: Annotation[] } }) => d.first.items;
  const official = (d: { first: { items: Annotation[] } }) =>
    annotations(d).find((a) => a.id === OFFICIAL_IRI)!;
  const selector = (a: Annotation, type: string) => a.target.selector.find((s) => s.type === type)!;

  beforeAll(async () => {
    ensureJena();
    graph = await openTestGraph();
    await ingestSeed(graph.executor, graph.logger);
    await ingestFiles(
      graph.executor,
      [path.join(FIXTURES_DIR, 'correction-defense-official.annotation.yaml')],
      isnadTool(),
      graph.logger,
    );
    const scopes: Record<string, ExportScope> = {
      statement: { kind: 'statement', ref: OFFICIAL },
      article: { kind: 'article', ref: 'alarabiya-us-forces-iraq' },
    };
    for (const format of ['web-annotation', 'claimreview'] as const) {
      for (const [name, scope] of Object.entries(scopes)) {
        bundles[`${format}-${name}`] = path.join(root, `${format}-${name}`);
        await writeBundle(graph.executor, bundles[`${format}-${name}`]!, {
          format,
          scope,
          baseIri: 'https://isnad.test/',
        });
      }
    }
  }, 300_000);
  afterAll(async () => {
    await graph.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it.each([
    'web-annotation-statement',
    'web-annotation-article',
    'claimreview-statement',
    'claimreview-article',
  ])('the untouched %s bundle verifies, its ids re-derived', async (name) => {
    const report = await verifyBundle(bundles[name]!);
    expect(report).toMatchObject({ ok: true, bundle: 'isnad-export-bundle/3', items: [], problems: [] });
    expect(report.idsChecked).toBeGreaterThan(2);
  });

  describe('Web Annotation', () => {
    it('a span moved with its words, prefix and suffix is named by the annotation id it no longer derives', async () => {
      const dir = await forge(
        'web-annotation-statement',
        'moved',
        (d: { first: { items: Annotation[] } }) => {
          const a = official(d);
          const position = selector(a, 'TextPositionSelector');
          const quote = selector(a, 'TextQuoteSelector');
          position.start! += 3;
          position.end! += 3;
          quote.exact = TEXT.slice(position.start, position.end).join('');
          quote.prefix = TEXT.slice(position.start! - 32, position.start).join('');
          quote.suffix = TEXT.slice(position.end, position.end! + 32).join('');
        },
      );
      const report = await verifyBundle(dir);
      expect(report.ok).toBe(false);
      expect(report.items).toEqual([expect.objectContaining({ id: OFFICIAL_IRI.slice(10), field: 'id' })]);
    });

    it("a source swapped for another of the article's sources is named", async () => {
      const dir = await forge(
        'web-annotation-article',
        'swapped',
        (d: { first: { items: Annotation[] } }) => {
          const a = official(d);
          const identifying = (x: Annotation) => x.body.find((b) => b.purpose === 'identifying')!;
          const other = annotations(d).find((x) => identifying(x).source!.id !== identifying(a).source!.id)!;
          identifying(a).source = identifying(other).source;
        },
      );
      const report = await verifyBundle(dir);
      expect(report.items).toContainEqual(
        expect.objectContaining({ id: OFFICIAL_IRI.slice(10), field: 'id' }),
      );
    });

    it('a second TextQuoteSelector with other words is named, whichever comes first', async () => {
      const dir = await forge(
        'web-annotation-statement',
        'second-quote',
        (d: { first: { items: Annotation[] } }) => {
          official(d).target.selector.push({
            type: 'TextQuoteSelector',
            exact: 'لا تغييرات لدينا على خطط الانسحاب',
          });
        },
      );
      const report = await verifyBundle(dir);
      expect(report.items).toContainEqual(
        expect.objectContaining({
          id: OFFICIAL_IRI.slice(10),
          field: expect.stringMatching(/^selector\[\d\]\.exact$/),
        }),
      );
    });
  });

  describe('ClaimReview', () => {
    it("a claim cut short (its text and the review's claimReviewed) is named against the text at its span", async () => {
      const dir = await forge('claimreview-statement', 'shortened', (d: { '@graph': Review[] }) => {
        for (const review of d['@graph']) {
          for (const claim of [review.itemReviewed, review.isBasedOn]) {
            if (claim.id === OFFICIAL_IRI) claim.text = 'لا تغييرات لدينا';
          }
          if (review.itemReviewed.id === OFFICIAL_IRI) review.claimReviewed = 'لا تغييرات لدينا';
        }
      });
      const report = await verifyBundle(dir);
      expect(report.ok).toBe(false);
      expect(report.items).toContainEqual(
        expect.objectContaining({ id: OFFICIAL_IRI.slice(10), field: 'text' }),
      );
    });

    it('a review pointed at another claim is named by the review id it no longer derives', async () => {
      let forged = '';
      const dir = await forge('claimreview-article', 'other-claim', (d: { '@graph': Review[] }) => {
        const [first, ...rest] = d['@graph'];
        const other = rest.find(
          (r) => r.isBasedOn.id !== first!.isBasedOn.id && r.isBasedOn.id !== first!.itemReviewed.id,
        )!;
        first!.isBasedOn = other.isBasedOn;
        forged = first!.id.slice(10);
      });
      const report = await verifyBundle(dir);
      expect(report.items).toContainEqual(expect.objectContaining({ id: forged, field: 'id' }));
    });

    it("a claim's author swapped for another source of its article is named", async () => {
      const dir = await forge('claimreview-article', 'other-author', (d: { '@graph': Review[] }) => {
        const claims = d['@graph'].flatMap((r) => [r.itemReviewed, r.isBasedOn]);
        const target = claims.find((c) => c.id === OFFICIAL_IRI)!;
        const article = (target as unknown as { appearance: { id: string } }).appearance.id;
        const other = claims.find(
          (c) =>
            c.author.id !== target.author.id &&
            (c as unknown as { appearance: { id: string } }).appearance.id === article,
        )!;
        for (const c of claims) if (c.id === OFFICIAL_IRI) c.author = other.author;
      });
      const report = await verifyBundle(dir);
      expect(report.items).toContainEqual(
        expect.objectContaining({ id: OFFICIAL_IRI.slice(10), field: 'id' }),
      );
    });
  });

  it.each([
    ['web-annotation-article', 'export.annotations.jsonld'],
    ['claimreview-article', 'export.claimreview.jsonld'],
  ])('%s re-serialised by Apache Jena (riot --formatted=JSONLD) verifies', async (name, file) => {
    const dir = path.join(root, `jena-${name}`);
    fs.cpSync(bundles[name]!, dir, { recursive: true });
    riotConvert(path.join(bundles[name]!, file), 'JSONLD', path.join(dir, file));
    const report = await verifyBundle(dir);
    expect(report).toMatchObject({ ok: true, items: [], problems: [], dataBytes: 'differ' });
    expect(report.idsChecked).toBeGreaterThan(2);
  });
});
