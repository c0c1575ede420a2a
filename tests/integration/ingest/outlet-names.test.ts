import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AnnotationError } from '../../../src/ingest/annotation-error';
import { ingestBatch } from '../../../src/ingest/ingest-batch';
import { ingestFiles } from '../../../src/ingest/ingest-files';
import { loadResolvedAnnotation } from '../../../src/ingest/resolve-anchors';
import type { ResolvedAnnotation } from '../../../src/ingest/resolved-annotation';
import { isnadTool } from '../../../src/ingest/tool-info';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { countGraph, FIXTURES_DIR } from '../../support/seed';

const TINY = fs.readFileSync(path.join(FIXTURES_DIR, 'tiny.annotation.yaml'), 'utf8');
const TINY_TEXT = fs.readFileSync(path.join(FIXTURES_DIR, 'tiny.en.txt'));

/** Another article (its own text, slug and hash) from the same outlet id, named `outletName`. */
function anotherArticle(dir: string, stem: string, outletName: string): string {
  const text = Buffer.concat([TINY_TEXT, Buffer.from(`\n${stem}\n`)]);
  fs.writeFileSync(path.join(dir, `${stem}.en.txt`), text);
  const annotation = TINY.replace('slug: tiny-base-closure', `slug: ${stem}`)
    .replace('textFile: tiny.en.txt', `textFile: ${stem}.en.txt`)
    .replace(/contentHash: [0-9a-f]{64}/, `contentHash: ${createHash('sha256').update(text).digest('hex')}`)
    .replace('{ id: tiny-wire, name: Tiny Wire,', `{ id: tiny-wire, name: ${outletName},`);
  const file = path.join(dir, `${stem}.annotation.yaml`);
  fs.writeFileSync(file, annotation);
  return file;
}

describe('ingest refuses an outlet id that exists with another name (issue 15, item 6; it was dropped silently)', () => {
  let graph: TestGraph;
  let dir: string;
  const ingest = (files: string[]) => ingestFiles(graph.executor, files, isnadTool(), graph.logger);

  beforeAll(async () => {
    graph = await openTestGraph();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-outlets-'));
    await ingest([path.join(FIXTURES_DIR, 'tiny.annotation.yaml')]);
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await graph.close();
  });

  it('names file and field, and writes nothing', async () => {
    const file = anotherArticle(dir, 'tiny-renamed', 'Tiny Wire Daily');
    const before = await countGraph(graph.executor);
    const attempt = ingest([file]);
    await expect(attempt).rejects.toThrow(AnnotationError);
    await expect(attempt).rejects.toThrow(
      `${file}: outlets[0].name: outlet 'tiny-wire' is already in the graph as 'Tiny Wire', not 'Tiny Wire Daily'`,
    );
    expect(await countGraph(graph.executor)).toEqual(before);
  });

  it('accepts another article that gives the outlet its name, reporting progress per file', async () => {
    const progress: [number, number][] = [];
    const [result] = await ingestFiles(
      graph.executor,
      [anotherArticle(dir, 'tiny-same-name', 'Tiny Wire')],
      isnadTool(),
      graph.logger,
      undefined,
      (done, total) => progress.push([done, total]),
    );
    expect(result?.statements).toBeGreaterThan(0);
    expect(progress).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });
});

describe('bulk ingest refuses an outlet id that exists with another name (issue 15; the bulk path dropped it silently)', () => {
  let graph: TestGraph;
  let dir: string;
  const load = (file: string) => loadResolvedAnnotation(file) as ResolvedAnnotation;

  beforeAll(async () => {
    graph = await openTestGraph();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-bulk-outlets-'));
    await ingestFiles(
      graph.executor,
      [path.join(FIXTURES_DIR, 'tiny.annotation.yaml')],
      isnadTool(),
      graph.logger,
    );
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await graph.close();
  });

  it('against the graph: names file and field, and writes nothing of the batch', async () => {
    const good = anotherArticle(dir, 'tiny-bulk-good', 'Tiny Wire');
    const renamed = anotherArticle(dir, 'tiny-bulk-renamed', 'Tiny Wire Daily');
    const before = await countGraph(graph.executor);
    const attempt = ingestBatch(graph.executor, [load(good), load(renamed)], isnadTool());
    await expect(attempt).rejects.toThrow(AnnotationError);
    await expect(attempt).rejects.toThrow(
      `${renamed}: outlets[0].name: outlet 'tiny-wire' is already in the graph as 'Tiny Wire', not 'Tiny Wire Daily'`,
    );
    expect(await countGraph(graph.executor)).toEqual(before);
  });

  it('within one batch: a new outlet named one way by a file and another way by a later file', async () => {
    await graph.clear();
    const first = anotherArticle(dir, 'tiny-bulk-first', 'Tiny Wire');
    const second = anotherArticle(dir, 'tiny-bulk-second', 'Tiny Wire Weekly');
    const attempt = ingestBatch(graph.executor, [load(first), load(second)], isnadTool());
    await expect(attempt).rejects.toThrow(
      `${second}: outlets[0].name: outlet 'tiny-wire' is named by tiny-bulk-first.annotation.yaml (earlier in this batch) as 'Tiny Wire', not 'Tiny Wire Weekly'`,
    );
    expect(await countGraph(graph.executor)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('accepts a batch whose files agree on the name', async () => {
    const files = ['tiny-bulk-a', 'tiny-bulk-b'].map((stem) => load(anotherArticle(dir, stem, 'Tiny Wire')));
    const result = await ingestBatch(graph.executor, files, isnadTool());
    expect(result.bulkFiles).toBe(2);
    expect(result.statements).toBeGreaterThan(0);
  });
});

describe('concurrent ingests of one file (issue 15, item 6; some printed "created" with 0 nodes)', () => {
  let graph: TestGraph;
  let dir: string;

  beforeAll(async () => {
    graph = await openTestGraph();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-concurrent-'));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await graph.close();
  });

  it('reports "created" only from an ingest that created nodes, and the graph equals one ingest', async () => {
    const file = anotherArticle(dir, 'tiny-concurrent', 'Tiny Wire');
    const results = (
      await Promise.all(
        Array.from({ length: 6 }, () => ingestFiles(graph.executor, [file], isnadTool(), graph.logger)),
      )
    ).flat();
    const created = results.filter((r) => r.activityId !== null);
    expect(created).toHaveLength(1);
    expect(created[0]!.nodesCreated).toBeGreaterThan(0);
    for (const r of results.filter((result) => result.activityId === null)) expect(r.nodesCreated).toBe(0);
  });
});
