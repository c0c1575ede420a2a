import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolvedCorpus } from '../../../bench/corpus-stream';
import { freePort } from '../../../bench/free-port';
import { databaseDirOf } from '../../../src/bulk-import/admin-import';
import { offlineImport, OfflineImportError } from '../../../src/bulk-import/offline-import';
import { searchStatementIds } from '../../../src/graph/queries/search';
import type { GraphExecutor } from '../../../src/graph/executor';
import { openDatabase } from '../../../src/graph/open-database';
import { loadConfig } from '../../../src/config/config';
import { projectRoot } from '../../../src/config/project-root';
import { AnnotationError } from '../../../src/ingest/annotation-error';
import { annotationFilesIn } from '../../../src/ingest/ingest-files';
import { ingestBatch } from '../../../src/ingest/ingest-batch';
import type { AnyResolved } from '../../../src/ingest/ingest-service';
import { orderByDependencies } from '../../../src/ingest/order-by-dependencies';
import { loadResolvedAnnotation } from '../../../src/ingest/resolve-anchors';
import { isnadTool } from '../../../src/ingest/tool-info';
import { buildFulltextQuery } from '../../../src/text/lucene';
import { searchQueryTokens } from '../../../src/text/arabic-stem';
import { FIXTURES_DIR, SEED_DIR } from '../../support/seed';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';

/**
 * Every node (labels, properties and their stored types) and every relationship (ends, type,
 * properties and types), as sorted strings. Activities keep their start time apart: it is when
 * each path ran.
 */
async function dump(executor: GraphExecutor): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await executor.read<{ labels: string[]; props: Record<string, unknown>; types: string[] }>({
    cypher: `MATCH (n) RETURN labels(n) AS labels, properties(n) AS props,
                    [k IN keys(n) | k + ':' + valueType(n[k])] AS types`,
  });
  const relationships = await executor.read<Record<string, unknown>>({
    cypher: `MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props,
                    [k IN keys(r) | k + ':' + valueType(r[k])] AS types`,
  });
  const canonical = (value: Record<string, unknown>): string =>
    JSON.stringify(value, (_key, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
        : v,
    );
  return {
    nodes: nodes
      .map(({ labels, props, types }) => {
        const { startedAt, ...rest } = props;
        if (labels.includes('Activity')) expect(startedAt).toEqual(expect.any(String));
        return canonical({ labels: [...labels].sort(), props: rest, types: [...types].sort() });
      })
      .sort(),
    relationships: relationships
      .map((r) => canonical({ ...r, types: [...(r.types as string[])].sort() }))
      .sort(),
  };
}

async function localConfig(dataDir: string) {
  return loadConfig({
    ...process.env,
    NEO4J_URI: '',
    ISNAD_NEO4J_DATA: dataDir,
    ISNAD_NEO4J_PORT: String(await freePort()),
    ISNAD_NEO4J_HEAP: '512m',
    ISNAD_NEO4J_PAGECACHE: '128m',
    NEO4J_PASSWORD: 'offline-import-test',
  });
}

const seedFiles = (): AnyResolved[] =>
  orderByDependencies(annotationFilesIn(SEED_DIR).map((file) => loadResolvedAnnotation(file)));

/** The seed (references across its articles included) and a synthetic corpus. */
const importedFiles = (): AnyResolved[] => [...seedFiles(), ...resolvedCorpus(300)];

// Each import runs neo4j-admin and starts a Neo4j of its own (about 30 s on two cores).
describe('offline import (neo4j-admin) into a new local database', () => {
  let graph: TestGraph;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-offline-test-'));
  const silent = { root: projectRoot(), tool: isnadTool() };

  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(async () => {
    await graph.clear();
    await graph.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('builds the graph bulk ingest builds, property types included, and its full-text index', async () => {
    const dataDir = path.join(workDir, 'same-graph');
    const config = await localConfig(dataDir);
    const files = importedFiles();
    // Two batches: references from the second to the first resolve from what was built.
    const result = await offlineImport([files.slice(0, 40), files.slice(40)], {
      ...silent,
      config,
      logger: graph.logger,
    });
    await ingestBatch(graph.executor, files, isnadTool());
    const expected = await dump(graph.executor);

    const database = await openDatabase(config, graph.logger);
    try {
      const imported = await dump(database.executor);
      expect(imported.nodes.length).toBeGreaterThan(1000);
      expect(result).toMatchObject({
        files: files.length,
        nodes: imported.nodes.length,
        relationships: imported.relationships.length,
      });
      expect(imported.nodes).toEqual(expected.nodes);
      expect(imported.relationships).toEqual(expected.relationships);

      // Folded Arabic search finds the same statements in both graphs (the index was populated).
      const lucene = buildFulltextQuery(searchQueryTokens('الانسحاب'))!;
      const query = searchStatementIds({ lucene, language: null, maxHits: 1000 });
      const [inImport] = await database.executor.read<{ ids: string[] }>(query);
      const [inIngest] = await graph.executor.read<{ ids: string[] }>(query);
      expect(inImport!.ids.length).toBeGreaterThan(0);
      expect([...inImport!.ids].sort()).toEqual([...inIngest!.ids].sort());
    } finally {
      await database.close();
    }
  }, 300_000);

  it('refuses a data directory whose database exists, and leaves its files as they were', async () => {
    const dataDir = path.join(workDir, 'same-graph');
    const listing = (): string[] =>
      fs
        .readdirSync(databaseDirOf(dataDir))
        .map((name) => `${name} ${fs.statSync(path.join(databaseDirOf(dataDir), name)).size}`)
        .sort();
    const before = listing();
    await expect(
      offlineImport([seedFiles()], { ...silent, config: await localConfig(dataDir), logger: graph.logger }),
    ).rejects.toThrow(/a database already exists at .*neo4j; an offline import only creates a new one/);
    expect(listing()).toEqual(before);
  });

  it('names the file and field of a reference outside the import, and leaves no database', async () => {
    const dataDir = path.join(workDir, 'outside-reference');
    const [first, ...rest] = seedFiles();
    // The later seed articles refer to the first; imported without it, they cannot be built.
    const error = await offlineImport([rest], {
      ...silent,
      config: await localConfig(dataDir),
      logger: graph.logger,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnnotationError);
    expect((error as AnnotationError).file).toBe(rest[0]!.file);
    expect((error as AnnotationError).message).toContain(`${first!.article.slug}#`);
    expect((error as AnnotationError).path).toMatch(/^(assessments|sources)\[\d+\]/);
    expect(fs.existsSync(databaseDirOf(dataDir))).toBe(false);
  });

  it('refuses corrections, a repeated article and NEO4J_URI before writing anything', async () => {
    const dataDir = path.join(workDir, 'refusals');
    const config = await localConfig(dataDir);
    const run = (files: AnyResolved[], cfg = config) =>
      offlineImport([files], { ...silent, config: cfg, logger: graph.logger }).catch((e: unknown) => e);

    const correction = loadResolvedAnnotation(
      path.join(FIXTURES_DIR, 'correction-defense-official.annotation.yaml'),
    );
    expect(await run([...seedFiles(), correction])).toMatchObject({
      name: 'AnnotationError',
      path: 'corrections',
    });
    const [seed] = seedFiles();
    expect(await run([seed!, seed!])).toMatchObject({
      name: 'AnnotationError',
      path: 'article',
      message: expect.stringContaining('is already in this import'),
    });
    const remote = {
      ...config,
      neo4j: { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', database: undefined },
    };
    expect(await run(seedFiles(), remote)).toBeInstanceOf(OfflineImportError);
    expect(fs.existsSync(databaseDirOf(dataDir))).toBe(false);
  });
});
