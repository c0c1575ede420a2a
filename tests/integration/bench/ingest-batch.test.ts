import { chunked, resolvedCorpus } from '../../../bench/corpus-stream';
import { ingestBatch } from '../../../src/ingest/ingest-batch';
import { ingestResolved } from '../../../src/ingest/ingest-service';
import { isnadTool } from '../../../src/ingest/tool-info';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';

interface Shape {
  nodes: string[];
  relationships: string[];
}

/** Every node as `labels id` and every relationship as `from -TYPE-> to`, sorted. */
async function graphShape(graph: TestGraph): Promise<Shape> {
  const [row] = await graph.executor.read<{ nodes: string[] }>({
    cypher: `MATCH (n) RETURN collect(reduce(s = '', l IN labels(n) | s + l + ' ') + n.id) AS nodes`,
  });
  const [rels] = await graph.executor.read<{ relationships: string[] }>({
    cypher: `MATCH (a)-[r]->(b) RETURN collect(a.id + ' -' + type(r) + '-> ' + b.id) AS relationships`,
  });
  return { nodes: [...row!.nodes].sort(), relationships: [...rels!.relationships].sort() };
}

const STATEMENTS = 400;

describe('bulk ingest (ingestBatch)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(async () => {
    await graph.clear();
    await graph.close();
  });

  it('builds the same graph as one ingestResolved per article, references across batches included', async () => {
    const tool = isnadTool();
    for (const file of resolvedCorpus(STATEMENTS)) await ingestResolved(graph.executor, file, tool);
    const perArticle = await graphShape(graph);

    await graph.clear();
    let statements = 0;
    for (const files of chunked(resolvedCorpus(STATEMENTS), 7)) {
      statements += (await ingestBatch(graph.executor, files, tool)).statements;
    }
    expect(statements).toBe(STATEMENTS);
    const bulk = await graphShape(graph);
    // Activities record when they started; everything else is content-derived and must match.
    expect(bulk.nodes).toEqual(perArticle.nodes);
    expect(bulk.relationships).toEqual(perArticle.relationships);
    expect(bulk.relationships.some((r) => r.includes(' -FROM-> '))).toBe(true);
  });

  it('hands articles already in the graph to ingestResolved, which writes nothing for the same input', async () => {
    const tool = isnadTool();
    const before = await graphShape(graph);
    const [files] = [...chunked(resolvedCorpus(STATEMENTS), 1000)];
    const result = await ingestBatch(graph.executor, files!, tool);
    expect(result).toMatchObject({ bulkFiles: 0, singleFiles: files!.length, nodesCreated: 0 });
    expect(await graphShape(graph)).toEqual(before);
  });
});
