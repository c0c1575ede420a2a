/**
 * Item hashes do not depend on when or where a file was ingested (issue 18: two ingests of the same
 * files into two databases gave different hashes for every statement, because every node carried
 * its activity's start time). Here the same files go into an empty graph twice, a moment apart;
 * the second time another annotation is ingested first, so that its activity, not the seed's,
 * records the agents both share. Every item of the seed but the activities hashes alike, and the
 * activities differ by the time each ingest recorded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBundle } from '../../../src/export/bundle';
import { annotationFilesIn, ingestFiles } from '../../../src/ingest/ingest-files';
import { isnadTool } from '../../../src/ingest/tool-info';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { FIXTURES_DIR, SEED_DIR } from '../../support/seed';

const CORRECTION = path.join(FIXTURES_DIR, 'correction-defense-official.annotation.yaml');

describe('two ingests of the same files give the same statement hashes', () => {
  let graph: TestGraph;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-twice-'));

  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(async () => {
    await graph.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  /** Empties the graph, ingests `before` and then the seed and its correction; returns hashes by item. */
  async function ingestAndExport(name: string, before: string[]): Promise<Map<string, string>> {
    await graph.clear();
    await ingestFiles(graph.executor, before, isnadTool(), graph.logger);
    await ingestFiles(graph.executor, annotationFilesIn(SEED_DIR), isnadTool(), graph.logger);
    await ingestFiles(graph.executor, [CORRECTION], isnadTool(), graph.logger);
    const dir = path.join(root, name);
    await writeBundle(graph.executor, dir, {
      format: 'nquads',
      scope: { kind: 'all' },
      baseIri: 'https://isnad.test/',
    });
    const lines = fs.readFileSync(path.join(dir, 'items.tsv'), 'utf8').trim().split('\n');
    return new Map(lines.map((line) => line.split('\t')).map(([hash, kind, id]) => [`${kind} ${id}`, hash!]));
  }

  it('hashes every statement, source, article, outlet and assessment alike; only activities differ', async () => {
    const first = await ingestAndExport('first', []);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await ingestAndExport('second', [path.join(FIXTURES_DIR, 'tiny.annotation.yaml')]);

    for (const key of first.keys()) expect(second.has(key)).toBe(true);
    const differing = [...first].filter(([key, hash]) => second.get(key) !== hash).map(([key]) => key);
    const activities = [...first.keys()].filter((key) => key.startsWith('activity '));
    expect(activities.length).toBeGreaterThan(0);
    // each activity carries its ingest's own time (isnad:recordedAt), and nothing else does
    expect(differing.sort()).toEqual(activities.sort());
    // the second time, tiny's activity recorded the annotator and the tool; their items are alike
    // all the same (the record is the activity's, not theirs)
    const recorders = (name: string) =>
      fs
        .readFileSync(path.join(root, name, 'export.nq'), 'utf8')
        .split('\n')
        .filter((line) =>
          line.endsWith('<https://isnad.example/ns#recorded> <urn:isnad:agent:isnad-project-team> .'),
        );
    expect(recorders('second')).not.toEqual(recorders('first'));
    expect(second.get('agent agent:isnad-project-team')).toBe(first.get('agent agent:isnad-project-team'));
    const statements = [...first.keys()].filter((key) => key.startsWith('statement '));
    expect(statements.length).toBeGreaterThan(40);
    for (const key of statements) expect(second.get(key)).toBe(first.get(key));
  });
});
