import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBundle } from '../../../src/export/bundle';
import { importNQuadsFile } from '../../../src/export/rdf-to-graph';
import { verifyBundle } from '../../../src/export/verify';
import { ingestFiles } from '../../../src/ingest/ingest-files';
import { isnadTool } from '../../../src/ingest/tool-info';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { countGraph, FIXTURES_DIR, ingestSeed } from '../../support/seed';

const baseIri = 'https://isnad.test/';

describe('N-Quads round trip through an empty Neo4j', () => {
  let graph: TestGraph;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-round-trip-'));
  const sortedItems = (dir: string) =>
    fs.readFileSync(path.join(dir, 'items.tsv'), 'utf8').split('\n').sort();

  beforeAll(async () => {
    graph = await openTestGraph();
    await ingestSeed(graph.executor, graph.logger);
    const correction = path.join(FIXTURES_DIR, 'correction-defense-official.annotation.yaml');
    await ingestFiles(graph.executor, [correction], isnadTool(), graph.logger);
  });
  afterAll(async () => {
    await graph.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('imports the --all export and exports the same item hashes again', async () => {
    const first = path.join(root, 'first');
    const before = await writeBundle(graph.executor, first, {
      format: 'nquads',
      scope: { kind: 'all' },
      pageSize: 7,
      baseIri,
    });
    expect((await verifyBundle(first)).ok).toBe(true);
    const counts = await countGraph(graph.executor);

    await graph.clear();
    const imported = await importNQuadsFile(graph.executor, path.join(first, 'export.nq'));
    // every item is a node, but the roles (urn:isnad:role:…), which are vocabulary
    const roles = fs
      .readFileSync(path.join(first, 'items.tsv'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('\trole\t'));
    expect(roles).toHaveLength(2);
    expect(imported.nodes).toBe(before.itemCount - roles.length);
    expect(await countGraph(graph.executor)).toEqual(counts);

    const second = path.join(root, 'second');
    const after = await writeBundle(graph.executor, second, {
      format: 'nquads',
      scope: { kind: 'all' },
      baseIri,
    });
    expect(after.rootHash).toBe(before.rootHash);
    expect(sortedItems(second)).toEqual(sortedItems(first));
    expect(after.articles).toEqual(before.articles);

    const statement = path.join(root, 'statement');
    const scope = { kind: 'statement' as const, ref: 'alarabiya-us-forces-iraq#no-posture-changes' };
    await writeBundle(graph.executor, statement, { format: 'web-annotation', scope, baseIri });
    expect((await verifyBundle(statement)).ok).toBe(true);
  });
});
