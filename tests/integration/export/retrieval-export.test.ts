/**
 * The intake's provenance in the exports (issue 13): pages served over local HTTP and taken in
 * through intakePage, then exported. Each retrieval is a prov:Activity with its start and end that
 * used the raw page (an entity named by its sha256); the article is derived from that page by that
 * activity, and a changed page at the same URL is a revision of the article taken before. Jena
 * reads the files strictly and validates them against the shapes, verify re-derives the ids and
 * catches forgeries, an auditor re-runs the extraction from what the export names, and the N-Quads
 * come back into an empty graph as they were.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Parser } from 'n3';
import type { Quad } from 'n3';
import { createApi } from '../../../src/api/create-yoga';
import type { IsnadYoga } from '../../../src/api/create-yoga';
import { KeyStore } from '../../../src/auth/key-store';
import { projectRoot } from '../../../src/config/project-root';
import { writeBundle } from '../../../src/export/bundle';
import type { ExportFormat } from '../../../src/export/format';
import { DATA_FILE } from '../../../src/export/formats';
import { importNQuadsFile } from '../../../src/export/rdf-to-graph';
import type { ExportScope } from '../../../src/export/scope';
import { verifyBundle } from '../../../src/export/verify';
import { runMigrations } from '../../../src/graph/migrations';
import { readArtifact } from '../../../src/intake/artifact-store';
import { decodePage } from '../../../src/intake/decode';
import { extractArticle } from '../../../src/intake/extract-article';
import { sha256Hex } from '../../../src/text/hash';
import { graphqlData } from '../../support/api';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { ensureJena, isomorphic, riotCheck, shaclValidate } from '../../support/jena';
import { ROUTES, startPageServer, testIntakeConfig } from '../../support/page-server';
import type { PageServer } from '../../support/page-server';
import { reseal } from '../../support/reseal';
import { countGraph } from '../../support/seed';

const P = 'http://www.w3.org/ns/prov#';
const I = 'https://isnad.example/ns#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const XSD_DATE_TIME = 'http://www.w3.org/2001/XMLSchema#dateTime';
const SHAPES = path.join(projectRoot(), 'shapes', 'isnad-prov.shacl.ttl');
const BASE = 'https://isnad.test/';
const FORMATS: ExportFormat[] = ['nquads', 'turtle', 'prov-jsonld'];

const INTAKE = /* GraphQL */ `
  mutation ($input: IntakePageInput!) {
    intakePage(input: $input) {
      text
      retrieval {
        id
        requestedUrl
        finalUrl
        retrievedAt
        requestedAt
        extractedAt
        contentType
        rawSha256
        rawBytes
        textSha256
        extractorVersion
        domVersion
      }
      article {
        id
        slug
        contentHash
      }
      proposal {
        statements {
          id
        }
      }
      wasRevisionOf {
        id
      }
    }
  }
`;

interface Retrieval {
  id: string;
  requestedUrl: string;
  finalUrl: string;
  retrievedAt: string;
  requestedAt: string;
  extractedAt: string;
  contentType: string;
  rawSha256: string;
  rawBytes: number;
  textSha256: string;
  extractorVersion: string;
  domVersion: string;
}
interface Intake {
  text: string;
  retrieval: Retrieval;
  article: { id: string; slug: string; contentHash: string };
  proposal: { statements: { id: string }[] } | null;
  wasRevisionOf: { id: string } | null;
}

/** A ferry notice; `note` changes the text, `markup` only the bytes. */
const notice = (note: string, markup = '') => `<!doctype html><html lang="en"><head>
<meta charset="utf-8"><title>Ferry timetable</title>${markup}</head>
<body><nav><a href="/">Home</a></nav><article><h1>Ferry timetable changes</h1>
<p>"The morning ferry will leave at 7.15 from next week," the harbour master, Sami Aziz, told reporters on Monday.</p>
<p>${note}</p></article></body></html>`;

describe('retrievals in the PROV exports', () => {
  let graph: TestGraph;
  let server: PageServer;
  let yoga: IsnadYoga;
  let annotator: Record<string, string>;
  const config = testIntakeConfig();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-retrieval-export-'));
  const intake = async (url: string): Promise<Intake> =>
    (await graphqlData<{ intakePage: Intake }>(yoga, INTAKE, { input: { url, propose: true } }, annotator))
      .intakePage;
  const bundle = (name: string, format: ExportFormat) => path.join(root, `${name}-${format}`);
  const data = (name: string, format: ExportFormat) => path.join(bundle(name, format), DATA_FILE[format]);
  const quadsOf = (file: string): Quad[] =>
    new Parser({ format: 'N-Quads' }).parse(fs.readFileSync(file, 'utf8'));
  const objects = (quads: Quad[], subject: string, predicate: string) =>
    quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);
  const iri = (id: string) => `urn:isnad:${id}`;
  const artifactIri = (sha256: string) => iri(`artifact:sha256:${sha256}`);

  let first: Intake;
  let changed: Intake;
  let mirrored: Intake;

  beforeAll(async () => {
    ensureJena();
    graph = await openTestGraph();
    server = await startPageServer();
    const store = new KeyStore({
      file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-keys-')), 'keys.json'),
    });
    annotator = { authorization: `Bearer ${store.createKey('annotator', 'export desk').key}` };
    yoga = createApi({ executor: graph.executor, logger: graph.logger, keyStore: store, intake: config });

    // Asked at a link that redirects to the page; then the page changes; then the changed text is
    // reached at a mirror whose bytes differ (a comment in the head) but whose text is the same.
    ROUTES['/ferry-link'] = { redirect: '/ferry' };
    server.serve('/ferry', notice('Passengers were told to check the board for delays.'));
    first = await intake(`${server.origin}/ferry-link`);
    server.serve('/ferry', notice('The afternoon ferry is cancelled until further notice.'));
    changed = await intake(`${server.origin}/ferry`);
    server.serve(
      '/ferry-mirror',
      notice('The afternoon ferry is cancelled until further notice.', '<!-- mirror -->'),
    );
    mirrored = await intake(`${server.origin}/ferry-mirror`);

    const scopes: Record<string, ExportScope> = {
      article: { kind: 'article', ref: changed.article.id },
      statement: { kind: 'statement', ref: changed.proposal!.statements[0]!.id },
      all: { kind: 'all' },
    };
    for (const [name, scope] of Object.entries(scopes))
      for (const format of FORMATS)
        await writeBundle(graph.executor, bundle(name, format), {
          format,
          scope,
          baseIri: BASE,
          artifactsDir: config.artifactsDir,
        });
  }, 600_000);
  afterAll(async () => {
    delete ROUTES['/ferry-link'];
    await server.close();
    await graph.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('takes the pages as intended: a revision, then the same text from other bytes', () => {
    expect(first.retrieval.requestedUrl).toBe(`${server.origin}/ferry-link`);
    expect(first.retrieval.finalUrl).toBe(`${server.origin}/ferry`);
    expect(changed.wasRevisionOf).toEqual({ id: first.article.id });
    expect(mirrored.article.id).toBe(changed.article.id);
    expect(mirrored.proposal).toBeNull();
    expect(mirrored.retrieval.rawSha256).not.toBe(changed.retrieval.rawSha256);
    expect(changed.proposal!.statements.length).toBeGreaterThan(0);
  });

  it('writes each retrieval as a prov:Activity that began, had its answer and ended in order, and used the raw page', () => {
    const quads = quadsOf(data('article', 'nquads'));
    for (const { retrieval, article } of [first, changed, mirrored]) {
      const act = iri(retrieval.id);
      const one = (predicate: string) => {
        const found = objects(quads, act, predicate);
        expect(found).toHaveLength(1);
        return found[0]!;
      };
      expect(objects(quads, act, RDF_TYPE).map((t) => t.value)).toEqual(
        expect.arrayContaining([`${P}Activity`, `${I}Activity`]),
      );
      expect(one(`${I}activityType`).value).toBe('RETRIEVAL');
      const times = [`${P}startedAtTime`, `${I}retrievedAt`, `${P}endedAtTime`].map((p) => {
        const term = one(p);
        expect(term.termType === 'Literal' && term.datatype.value).toBe(XSD_DATE_TIME);
        return Date.parse(term.value);
      });
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(one(`${P}startedAtTime`).value).toBe(retrieval.requestedAt);
      expect(one(`${P}endedAtTime`).value).toBe(retrieval.extractedAt);
      expect(one(`${P}used`).value).toBe(artifactIri(retrieval.rawSha256));
      expect(one(`${I}requestedUrl`).value).toBe(retrieval.requestedUrl);
      expect(one(`${I}finalUrl`).value).toBe(retrieval.finalUrl);
      expect(one(`${I}httpStatus`).value).toBe('200');
      expect(one(`${I}contentType`).value).toBe(retrieval.contentType);
      expect(one(`${I}rawSha256`).value).toBe(retrieval.rawSha256);
      expect(one(`${I}artifact`).value).toBe(`sha256:${retrieval.rawSha256}`);
      expect(one(`${I}textSha256`).value).toBe(article.contentHash);
      expect(one(`${I}extractor`).value).toBe('@mozilla/readability');
      expect(one(`${I}extractorVersion`).value).toBe(retrieval.extractorVersion);
      expect(one(`${I}domVersion`).value).toBe(retrieval.domVersion);
      // the raw page: an entity named by its hash, with its size; received, never generated
      const page = artifactIri(retrieval.rawSha256);
      expect(
        objects(quads, page, RDF_TYPE)
          .map((t) => t.value)
          .sort(),
      ).toEqual([`${P}Entity`, `${I}Artifact`]);
      expect(objects(quads, page, `${I}sha256`).map((t) => t.value)).toEqual([retrieval.rawSha256]);
      expect(objects(quads, page, `${I}byteLength`).map((t) => t.value)).toEqual([
        String(retrieval.rawBytes),
      ]);
      expect(objects(quads, page, `${P}wasGeneratedBy`)).toEqual([]);
    }
    // the redirect: asked at one URL, answered at another, hop by hop
    const hops = JSON.parse(objects(quads, iri(first.retrieval.id), `${I}redirects`)[0]!.value) as unknown[];
    expect(hops).toEqual([
      { url: `${server.origin}/ferry-link`, status: 302, location: `${server.origin}/ferry` },
    ]);
  });

  it('derives the article from each raw page by the retrieval that took it, and revises the earlier version', () => {
    const quads = quadsOf(data('article', 'nquads'));
    const article = iri(changed.article.id);
    expect(
      objects(quads, article, `${P}wasDerivedFrom`)
        .map((t) => t.value)
        .sort(),
    ).toEqual([changed, mirrored].map((t) => artifactIri(t.retrieval.rawSha256)).sort());
    const derivations = objects(quads, article, `${P}qualifiedDerivation`).map((blank) => ({
      type: objects(quads, blank.value, RDF_TYPE).map((t) => t.value),
      entity: objects(quads, blank.value, `${P}entity`).map((t) => t.value),
      activity: objects(quads, blank.value, `${P}hadActivity`).map((t) => t.value),
    }));
    expect(derivations).toHaveLength(2);
    expect(derivations).toEqual(
      expect.arrayContaining(
        [changed, mirrored].map((t) => ({
          type: [`${P}Derivation`],
          entity: [artifactIri(t.retrieval.rawSha256)],
          activity: [iri(t.retrieval.id)],
        })),
      ),
    );
    // PROV would make two generations of one entity one instant: the article is derived, not generated
    expect(objects(quads, article, `${P}wasGeneratedBy`)).toEqual([]);
    expect(objects(quads, article, `${P}wasRevisionOf`).map((t) => t.value)).toEqual([iri(first.article.id)]);
    // the earlier version travels with it, derived from its own page
    expect(objects(quads, iri(first.article.id), `${P}wasDerivedFrom`).map((t) => t.value)).toEqual([
      artifactIri(first.retrieval.rawSha256),
    ]);
  });

  it('is read strictly by riot, one graph in the three formats, and conforms to the shapes', () => {
    const files = ['article', 'statement', 'all'].flatMap((name) => FORMATS.map((f) => data(name, f)));
    const riot = riotCheck(files);
    for (const file of files) {
      expect({ file, problems: riot.get(file)!.problems }).toEqual({ file, problems: [] });
      expect(riot.get(file)!.count).toBeGreaterThan(0);
    }
    for (const name of ['article', 'statement', 'all']) {
      expect(isomorphic(data(name, 'prov-jsonld'), data(name, 'nquads'))).toBe(true);
      expect(isomorphic(data(name, 'turtle'), data(name, 'nquads'))).toBe(true);
      const shacl = shaclValidate(SHAPES, data(name, 'turtle'));
      expect(shacl.report).toBe('Conforms\n');
    }
  });

  it('the shapes reject a derivation whose retrieval extracted another text, and a retrieval out of order', () => {
    const text = fs.readFileSync(data('article', 'nquads'), 'utf8');
    const act = `<${iri(changed.retrieval.id)}>`;
    const forged = text
      .replace(
        `${act} <${I}textSha256> "${changed.article.contentHash}" .`,
        `${act} <${I}textSha256> "${'0'.repeat(64)}" .`,
      )
      .replace(
        new RegExp(`${act} <${P}endedAtTime> "[^"]+"`),
        `${act} <${P}endedAtTime> "2000-01-01T00:00:00.000Z"`,
      );
    expect(forged).not.toBe(text);
    const file = path.join(root, 'shacl-forged.nq');
    fs.writeFileSync(file, forged);
    const result = shaclValidate(SHAPES, file);
    expect(result.conforms).toBe(false);
    expect(result.report).toContain('which did not use it or extracted another text');
    expect(result.report).toContain('its times are out of order');
  });

  it('verifies every bundle, re-deriving each retrieval and artifact id and re-running each extraction', async () => {
    for (const name of ['article', 'statement', 'all'])
      for (const format of FORMATS) {
        const report = await verifyBundle(bundle(name, format));
        expect({ name, format, items: report.items, problems: report.problems, ok: report.ok }).toEqual({
          name,
          format,
          items: [],
          problems: [],
          ok: true,
        });
        // the bundle carries the three raw pages, and each extraction gives its text again
        expect(report.extractionsChecked).toBe(3);
        expect(report.extractionsNotRerun).toEqual([]);
      }
    const manifest = JSON.parse(
      fs.readFileSync(path.join(bundle('article', 'nquads'), 'manifest.json'), 'utf8'),
    ) as {
      artifacts: { sha256: string; byteLength: number; file: string }[];
    };
    expect(manifest.artifacts).toEqual(
      [first, changed, mirrored]
        .map(({ retrieval }) => ({
          sha256: retrieval.rawSha256,
          byteLength: retrieval.rawBytes,
          file: `artifacts/sha256/${retrieval.rawSha256}`,
        }))
        .sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1)),
    );
  });

  it('says which extractions it could not re-run without failing, and fails a raw page that is not its bytes', async () => {
    const bare = path.join(root, 'no-pages');
    await writeBundle(graph.executor, bare, {
      format: 'nquads',
      scope: { kind: 'article', ref: changed.article.id },
      baseIri: BASE,
    });
    const report = await verifyBundle(bare);
    expect(report.ok).toBe(true);
    expect(report.extractionsChecked).toBe(0);
    expect(report.extractionsNotRerun).toHaveLength(3);
    expect(report.extractionsNotRerun[0]).toMatch(
      /: its raw page \(sha256 [0-9a-f]{64}\) is not in the bundle$/,
    );

    const tampered = path.join(root, 'tampered-page');
    fs.cpSync(bundle('article', 'nquads'), tampered, { recursive: true });
    const page = path.join(tampered, 'artifacts', 'sha256', changed.retrieval.rawSha256);
    fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('cancelled', 'restored'));
    const altered = await verifyBundle(tampered);
    expect(altered.ok).toBe(false);
    expect(altered.problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^raw page artifacts/sha256/${changed.retrieval.rawSha256} hashes to [0-9a-f]{64}, the manifest lists`,
        ),
      ),
    ]);
  });

  it('names the forged item and field when a retrieval or a derivation is altered and every hash recomputed', async () => {
    const forge = async (name: string, edit: (text: string) => string) => {
      const dir = path.join(root, `forged-${name}`);
      fs.cpSync(bundle('article', 'nquads'), dir, { recursive: true });
      const file = path.join(dir, DATA_FILE.nquads);
      const before = fs.readFileSync(file, 'utf8');
      const after = edit(before);
      expect(after).not.toBe(before);
      fs.writeFileSync(file, after);
      await reseal(dir);
      const report = await verifyBundle(dir);
      expect(report.ok).toBe(false);
      return report.items.map(({ id, field, problem }) => ({ id, field, problem }));
    };
    const act = `<${iri(changed.retrieval.id)}>`;
    // where the page came from
    expect(
      await forge('url', (t) =>
        t.replace(
          `${act} <${I}requestedUrl> "${server.origin}/ferry" .`,
          `${act} <${I}requestedUrl> "https://elsewhere.example/ferry" .`,
        ),
      ),
    ).toContainEqual({ id: changed.retrieval.id, field: 'id', problem: 'inconsistent' });
    // which text the retrieval extracted
    expect(
      await forge('text', (t) =>
        t.replace(
          `${act} <${I}textSha256> "${changed.article.contentHash}" .`,
          `${act} <${I}textSha256> "${'0'.repeat(64)}" .`,
        ),
      ),
    ).toContainEqual({
      id: changed.article.id,
      field: expect.stringMatching(/^qualifiedDerivation\[[01]\]$/) as unknown,
      problem: 'inconsistent',
    });
    // which bytes the retrieval used
    expect(
      await forge('page', (t) =>
        t.replace(
          `${act} <${P}used> <${artifactIri(changed.retrieval.rawSha256)}> .`,
          `${act} <${P}used> <${artifactIri(mirrored.retrieval.rawSha256)}> .`,
        ),
      ),
    ).toContainEqual({ id: changed.retrieval.id, field: 'used', problem: 'inconsistent' });
  });

  it('lets an auditor re-run the extraction from the artifact the export names and get the same text', () => {
    const quads = quadsOf(data('article', 'nquads'));
    for (const { retrieval, article } of [first, changed, mirrored]) {
      const act = iri(retrieval.id);
      const page = objects(quads, act, `${P}used`)[0]!.value;
      const sha256 = objects(quads, page, `${I}sha256`)[0]!.value;
      const bytes = readArtifact(config.artifactsDir, sha256);
      expect(bytes).not.toBeNull();
      expect(sha256Hex(bytes!)).toBe(sha256);
      const contentType = objects(quads, act, `${I}contentType`)[0]!.value;
      const finalUrl = objects(quads, act, `${I}finalUrl`)[0]!.value;
      const again = extractArticle(decodePage(bytes!, contentType).html, finalUrl);
      expect(again.extractor.version).toBe(objects(quads, act, `${I}extractorVersion`)[0]!.value);
      expect(sha256Hex(again.text)).toBe(objects(quads, act, `${I}textSha256`)[0]!.value);
      expect(sha256Hex(again.text)).toBe(article.contentHash);
    }
  });

  it('comes back from N-Quads into an empty graph as it was, retrievals included', async () => {
    const counts = await countGraph(graph.executor);
    const before = JSON.parse(
      fs.readFileSync(path.join(bundle('all', 'nquads'), 'manifest.json'), 'utf8'),
    ) as {
      rootHash: string;
    };
    await graph.clear();
    await importNQuadsFile(graph.executor, data('all', 'nquads'));
    expect(await countGraph(graph.executor)).toEqual(counts);
    const again = await writeBundle(graph.executor, path.join(root, 'again'), {
      format: 'nquads',
      scope: { kind: 'all' },
      baseIri: BASE,
    });
    expect(again.rootHash).toBe(before.rootHash);
    const [links] = await graph.executor.read<{ retrievals: number }>({
      cypher: `MATCH (:Article {id: $id})-[l:RETRIEVED_BY]->(:Activity {type: 'RETRIEVAL'}) RETURN count(l) AS retrievals`,
      params: { id: changed.article.id },
    });
    expect(links!.retrievals).toBe(2);
  });

  it('gives retrievals recorded before artifacts were nodes their artifact at migration, once', async () => {
    const counts = await countGraph(graph.executor);
    const before = JSON.parse(
      fs.readFileSync(path.join(bundle('all', 'nquads'), 'manifest.json'), 'utf8'),
    ) as {
      rootHash: string;
    };
    // the graph as an earlier version wrote it: no Artifact nodes, links naming none
    await graph.executor.write({
      cypher: `MATCH (p:Artifact) DETACH DELETE p WITH count(*) AS gone
        MATCH (:Article)-[l:RETRIEVED_BY]->() REMOVE l.artifact`,
    });
    expect((await countGraph(graph.executor)).nodes).toBe(counts.nodes - 3);
    await runMigrations(graph.executor, graph.logger);
    await runMigrations(graph.executor, graph.logger);
    expect(await countGraph(graph.executor)).toEqual(counts);
    const again = await writeBundle(graph.executor, path.join(root, 'migrated'), {
      format: 'nquads',
      scope: { kind: 'all' },
      baseIri: BASE,
    });
    expect(again.rootHash).toBe(before.rootHash);
  });
});
