/**
 * Every export format and scope checked with a toolchain no one here wrote: Apache Jena (riot,
 * rdfcompare, SHACL) from Maven Central, run offline. Issue 18: the PROV JSON-LD named a context
 * under a domain that never resolves, so it loaded nowhere else; PROV statements said that agents
 * were generated.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Parser } from 'n3';
import { projectRoot } from '../../../src/config/project-root';
import { writeBundle } from '../../../src/export/bundle';
import { EXPORT_FORMATS } from '../../../src/export/format';
import type { ExportFormat } from '../../../src/export/format';
import { DATA_FILE } from '../../../src/export/formats';
import type { ExportScope } from '../../../src/export/scope';
import { verifyBundle } from '../../../src/export/verify';
import { ingestFiles } from '../../../src/ingest/ingest-files';
import { isnadTool } from '../../../src/ingest/tool-info';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import {
  ensureJena,
  isomorphic,
  riotCheck,
  riotCount,
  riotValidate,
  shaclValidate,
} from '../../support/jena';
import type { RiotFileResult } from '../../support/jena';
import { FIXTURES_DIR, ingestSeed } from '../../support/seed';

const SCOPES: Record<string, ExportScope> = {
  statement: { kind: 'statement', ref: 'alarabiya-us-forces-iraq#no-deployment-changes' },
  article: { kind: 'article', ref: 'alarabiya-us-forces-iraq' },
  all: { kind: 'all' },
};
const SHAPES = path.join(projectRoot(), 'shapes', 'isnad-prov.shacl.ttl');
const BASE = 'https://isnad.test/';

describe('exports read by Apache Jena, offline', () => {
  let graph: TestGraph;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-jena-'));
  const file = (scope: string, format: ExportFormat) =>
    path.join(root, `${scope}-${format}`, DATA_FILE[format]);

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
    for (const [name, scope] of Object.entries(SCOPES)) {
      for (const format of EXPORT_FORMATS) {
        await writeBundle(graph.executor, path.join(root, `${name}-${format}`), {
          format,
          scope,
          baseIri: BASE,
        });
      }
    }
    await writeBundle(graph.executor, path.join(root, 'by-url'), {
      format: 'prov-jsonld',
      scope: SCOPES.statement!,
      baseIri: BASE,
      inlineContext: false,
    });
  }, 600_000);
  afterAll(async () => {
    await graph.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const cases = Object.keys(SCOPES).flatMap((scope) =>
    EXPORT_FORMATS.map((format) => [scope, format] as const),
  );

  let riot: Map<string, RiotFileResult> | undefined;

  it.each(cases)('riot reads the %s export in %s strictly, with no error or warning', (scope, format) => {
    // one JVM reads all fifteen files (riot --count --check --strict), each reported on its own
    riot ??= riotCheck(cases.map(([s, f]) => file(s, f)));
    const result = riot.get(file(scope, format))!;
    expect(result.problems).toEqual([]);
    expect(result.count).toBeGreaterThan(0);
  });

  it.each(Object.keys(SCOPES))(
    'the %s export is one graph in JSON-LD, Turtle and N-Quads (rdfcompare)',
    (scope) => {
      const nquads = file(scope, 'nquads');
      expect(isomorphic(file(scope, 'prov-jsonld'), nquads)).toBe(true);
      expect(isomorphic(file(scope, 'turtle'), nquads)).toBe(true);
      // and Jena reads as many triples as n3 does
      const n3 = new Parser({ format: 'N-Quads' }).parse(fs.readFileSync(nquads, 'utf8')).length;
      expect(riotCount(file(scope, 'prov-jsonld'))).toBe(n3);
    },
  );

  it('rdfcompare tells graphs apart (the check is not vacuous)', () => {
    expect(isomorphic(file('statement', 'nquads'), file('all', 'nquads'))).toBe(false);
  });

  it('a document naming its context by URL does not load offline, but its bundle carries the context and verifies', async () => {
    const data = path.join(root, 'by-url', DATA_FILE['prov-jsonld']);
    expect(fs.readFileSync(data, 'utf8')).toContain(`"@context": "${BASE}contexts/prov-v1.jsonld"`);
    const run = riotValidate(data);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('LOADING_DOCUMENT_FAILED');
    expect(await verifyBundle(path.join(root, 'by-url'))).toMatchObject({
      ok: true,
      items: [],
      problems: [],
    });
  });

  it.each(Object.keys(SCOPES))('the %s PROV-O export conforms to the SHACL shapes (Jena SHACL)', (scope) => {
    const result = shaclValidate(SHAPES, file(scope, 'turtle'));
    expect(result.report).toBe('Conforms\n');
    expect(result.conforms).toBe(true);
  });

  it('the shapes reject an agent that was generated, a role not typed prov:Role, and an untyped date', () => {
    const data = fs.readFileSync(file('statement', 'nquads'), 'utf8');
    const activity =
      /<urn:isnad:(act_[0-9a-f]+)> <http:\/\/www\.w3\.org\/1999\/02\/22-rdf-syntax-ns#type> <http:\/\/www\.w3\.org\/ns\/prov#Activity>/.exec(
        data,
      )![1]!;
    const forged = `${data
      .replace(
        /<urn:isnad:role:annotator> <http:\/\/www\.w3\.org\/1999\/02\/22-rdf-syntax-ns#type> <http:\/\/www\.w3\.org\/ns\/prov#Role> \.\n/,
        '',
      )
      .replace(
        /"(\d{4}-\d{2}-\d{2})"\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#date>/,
        '"$1"',
      )}<urn:isnad:outlet:alarabiya-net> <http://www.w3.org/ns/prov#wasGeneratedBy> <urn:isnad:${activity}> .\n`;
    const out = path.join(root, 'shacl-forged.nt');
    fs.writeFileSync(out, forged);
    const result = shaclValidate(SHAPES, out);
    expect(result.conforms).toBe(false);
    expect(result.report).toMatch(
      /Node=<urn:isnad:outlet:alarabiya-net>\n\s+Path=<http:\/\/www\.w3\.org\/ns\/prov#wasGeneratedBy>/,
    );
    expect(result.report).toContain('an agent is never generated');
    expect(result.report).toContain(
      'Expected class :<http://www.w3.org/ns/prov#Role> for <urn:isnad:role:annotator>',
    );
    expect(result.report).toContain('DateOrDateTime');
  });
});
