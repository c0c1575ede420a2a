import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphConflictError } from '../../../src/graph/driver-errors';
import { ingestFiles } from '../../../src/ingest/ingest-files';
import { isnadTool } from '../../../src/ingest/tool-info';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { FIXTURES_DIR } from '../../support/seed';

const TINY = fs.readFileSync(path.join(FIXTURES_DIR, 'tiny.annotation.yaml'), 'utf8');
const TINY_TEXT = fs.readFileSync(path.join(FIXTURES_DIR, 'tiny.en.txt'));

/** Another article (its own text, slug and hash) from the same outlet `tiny-wire`. */
function anotherArticle(dir: string, stem: string): string {
  const text = Buffer.concat([TINY_TEXT, Buffer.from(`\n${stem}\n`)]);
  fs.writeFileSync(path.join(dir, `${stem}.en.txt`), text);
  const annotation = TINY.replace('slug: tiny-base-closure', `slug: ${stem}`)
    .replace('textFile: tiny.en.txt', `textFile: ${stem}.en.txt`)
    .replace(/contentHash: [0-9a-f]{64}/, `contentHash: ${createHash('sha256').update(text).digest('hex')}`);
  const file = path.join(dir, `${stem}.annotation.yaml`);
  fs.writeFileSync(file, annotation);
  return file;
}

describe('concurrent writes (issue 16, item 2)', () => {
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

  it('several ingests sharing one outlet all succeed and leave one outlet node', async () => {
    const files = Array.from({ length: 6 }, (_, i) => anotherArticle(dir, `tiny-concurrent-${i}`));
    const results = await Promise.all(
      files.map((file) => ingestFiles(graph.executor, [file], isnadTool(), graph.logger)),
    );
    expect(results).toHaveLength(files.length);
    const [outlets] = await graph.executor.read<{ outlets: number; owners: number; articles: number }>({
      cypher: `MATCH (o:Outlet {id: 'outlet:tiny-wire'}) WITH count(o) AS outlets
               MATCH (w:Owner {id: 'owner:tiny-wire'}) WITH outlets, count(w) AS owners
               MATCH (a:Article) WHERE a.slug STARTS WITH 'tiny-concurrent-'
               RETURN outlets, owners, count(a) AS articles`,
    });
    expect(outlets).toEqual({ outlets: 1, owners: 1, articles: files.length });
    const [generated] = await graph.executor.read<{ links: number; flags: number }>({
      cypher: `MATCH (:Outlet {id: 'outlet:tiny-wire'})-[g:WAS_GENERATED_BY]->() WITH count(g) AS links
               OPTIONAL MATCH (n) WHERE n._isnadNew IS NOT NULL
               RETURN links, count(n) AS flags`,
    });
    expect(generated).toEqual({ links: 1, flags: 0 });
  });

  it('a constraint violation through the write path is a CONFLICT naming the node', async () => {
    const attempt = graph.executor.write({
      cypher: 'CREATE (:Outlet {id: $id})',
      params: { id: 'outlet:tiny-wire' },
    });
    await expect(attempt).rejects.toBeInstanceOf(GraphConflictError);
    await expect(attempt).rejects.toMatchObject({
      node: { label: 'Outlet', property: 'id', value: 'outlet:tiny-wire' },
      message: 'a Outlet with id "outlet:tiny-wire" exists already; try again',
    });
  });
});
