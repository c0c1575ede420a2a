import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AnnotationError } from '../../../src/ingest/annotation-error';
import { ingestFiles } from '../../../src/ingest/ingest-files';
import { isnadTool } from '../../../src/ingest/tool-info';
import { writeRecords } from '../../../src/graph/ingest-writer';
import { buildAnnotationRecords } from '../../../src/ingest/build-records';
import { IssueList } from '../../../src/ingest/annotation-error';
import { inputHashOf } from '../../../src/ingest/ingest-service';
import { loadResolvedAnnotation } from '../../../src/ingest/resolve-anchors';
import type { ResolvedAnnotation } from '../../../src/ingest/resolved-annotation';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { countGraph, FIXTURES_DIR, ingestSeed, SEED_DIR } from '../../support/seed';

const fixture = (name: string): string => path.join(FIXTURES_DIR, name);

describe('ingest refuses bad input and writes nothing', () => {
  let graph: TestGraph;
  const ingest = (files: string[]) => ingestFiles(graph.executor, files, isnadTool(), graph.logger);

  beforeAll(async () => {
    graph = await openTestGraph();
    await ingestSeed(graph.executor, graph.logger);
  });
  afterAll(() => graph.close());

  it.each([
    ['quote-missing.annotation.yaml', /statements\[1\]\.quote: quote not found in the article/],
    ['quote-ambiguous.annotation.yaml', /quote/],
    ['offsets-disagree.annotation.yaml', /statements\[\d+\]/],
    ['unknown-source.annotation.yaml', /statements\[\d+\]\.source/],
    ['wrong-hash.annotation.yaml', /article\.contentHash: does not match/],
    ['bad-enum.annotation.yaml', /mode/],
  ])('%s: names file, field and reason; the graph is unchanged', async (name, message) => {
    const before = await countGraph(graph.executor);
    const attempt = ingest([fixture(name)]);
    await expect(attempt).rejects.toThrow(AnnotationError);
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toThrow(name);
    expect(await countGraph(graph.executor)).toEqual(before);
  });

  it('refuses a different annotation of an already annotated article, naming the way to correct it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-conflict-'));
    fs.copyFileSync(
      path.join(SEED_DIR, 'harbor-wire-iraq-drawdown.en.txt'),
      path.join(dir, 'harbor-wire-iraq-drawdown.en.txt'),
    );
    const original = fs.readFileSync(
      path.join(SEED_DIR, 'harbor-wire-iraq-drawdown.annotation.yaml'),
      'utf8',
    );
    const changed = original.replace(/confidence: 0\.\d+/, 'confidence: 0.11');
    expect(changed).not.toBe(original);
    fs.writeFileSync(path.join(dir, 'harbor-wire-iraq-drawdown.annotation.yaml'), changed);
    const before = await countGraph(graph.executor);
    await expect(ingest([path.join(dir, 'harbor-wire-iraq-drawdown.annotation.yaml')])).rejects.toThrow(
      /already ingested from a different annotation; nothing is overwritten: send a correction file/,
    );
    expect(await countGraph(graph.executor)).toEqual(before);
  });

  it('rolls back a transaction that fails half-way through its writes', async () => {
    await graph.clear();
    const resolved = loadResolvedAnnotation(
      path.join(SEED_DIR, 'alarabiya-us-forces-iraq.annotation.yaml'),
    ) as ResolvedAnnotation;
    const records = buildAnnotationRecords(resolved, {
      issues: new IssueList('x'),
      refs: new Map(),
      tool: isnadTool(),
      inputHash: inputHashOf(resolved),
    });
    let queries = 0;
    const attempt = graph.executor.writeTransaction((run) =>
      writeRecords((query) => {
        queries += 1;
        if (queries === 9) throw new Error('injected failure after 8 writes');
        return run(query);
      }, records),
    );
    await expect(attempt).rejects.toThrow('injected failure after 8 writes');
    expect(await countGraph(graph.executor)).toEqual({ nodes: 0, relationships: 0 });
    await ingestSeed(graph.executor, graph.logger);
  });

  it('a correction adds new nodes that supersede the old ones, which stay; re-ingesting it changes nothing', async () => {
    const results = await ingest([fixture('correction-defense-official.annotation.yaml')]);
    expect(results[0]?.activityId).toMatch(/^act_/);
    const rows = await graph.executor.read<{
      newQuote: string;
      oldLocal: string;
      reason: string;
      activity: string;
    }>({
      cypher: `MATCH (n)-[s:SUPERSEDES]->(old)
               MATCH (n)-[:WAS_GENERATED_BY]->(act:Activity {type: 'CORRECTION'})
               RETURN coalesce(n.quote, n.reason) AS newQuote, old.localId AS oldLocal, s.reason AS reason, act.id AS activity`,
    });
    expect(rows.map((r) => r.oldLocal).sort()).toEqual([
      'committed-to-timetables-vs-acceleration',
      'no-deployment-changes',
    ]);
    const [old] = await graph.executor.read<{ n: number }>({
      cypher: "MATCH (s:Statement {localId: 'no-deployment-changes'}) RETURN count(s) AS n",
    });
    expect(old?.n).toBe(1);
    const before = await countGraph(graph.executor);
    const again = await ingest([fixture('correction-defense-official.annotation.yaml')]);
    expect(again[0]?.activityId).toBeNull();
    expect(await countGraph(graph.executor)).toEqual(before);
  });
});
