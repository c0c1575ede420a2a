import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { BookmarkManager, Driver } from 'neo4j-driver';
import { createApi } from '../../../src/api/create-yoga';
import { KeyStore } from '../../../src/auth/key-store';
import { connectToNeo4j } from '../../../src/graph/connect';
import { GraphExecutor } from '../../../src/graph/executor';
import { graphqlData } from '../../support/api';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { ingestSeed, SEED_DIR } from '../../support/seed';
import { spawnCli } from '../../support/spawn-cli';
import { readTestNeo4jEnv } from '../../support/test-neo4j';

/** The test server's address with the routing scheme: the driver asks it for a routing table first. */
function routingUri(): string {
  return readTestNeo4jEnv().uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
}

/** The driver's own bookmark manager, recording what each new session is given and what each commit adds. */
function recordingBookmarkManager() {
  const inner = neo4j.bookmarkManager();
  const given: string[][] = [];
  const committed: string[][] = [];
  const manager: BookmarkManager = {
    async getBookmarks() {
      const bookmarks = [...(await inner.getBookmarks())];
      given.push(bookmarks);
      return bookmarks;
    },
    updateBookmarks(previous, next) {
      committed.push([...next]);
      return inner.updateBookmarks(previous, next);
    },
  } as BookmarkManager;
  return { manager, given, committed };
}

describe('through a neo4j:// routing URI, a read after a write sees it (issue 15: clusters)', () => {
  let graph: TestGraph;
  let driver: Driver;

  beforeAll(async () => {
    graph = await openTestGraph();
    const env = readTestNeo4jEnv();
    driver = await connectToNeo4j({
      uri: routingUri(),
      user: env.user,
      password: env.password,
      database: undefined,
    });
  });
  afterAll(async () => {
    await driver.close();
    await graph.close();
  });

  it('answers routing requests on the local server: its routing table names it as writer and reader', async () => {
    const executor = new GraphExecutor(driver, undefined, graph.logger);
    const [table] = await executor.read<{ servers: { role: string; addresses: string[] }[] }>({
      cypher: "CALL dbms.routing.getRoutingTable({}, 'neo4j') YIELD servers RETURN servers",
    });
    const address = new URL(routingUri()).host;
    expect(table!.servers.map((s) => s.role).sort()).toEqual(['READ', 'ROUTE', 'WRITE']);
    for (const server of table!.servers) expect(server.addresses).toEqual([address]);
  }, 120_000);

  it("gives each session the bookmarks of the writes before it, so a read follows the write's commit", async () => {
    const bookmarks = recordingBookmarkManager();
    const executor = new GraphExecutor(
      driver,
      undefined,
      graph.logger,
      undefined,
      undefined,
      false,
      bookmarks.manager,
    );
    const request = executor.forRequest();
    await request.write({ cypher: 'CREATE (:RoutingProbe {word: $word})', params: { word: 'إسناد' } });
    const afterWrite = bookmarks.committed.at(-1);
    expect(afterWrite?.length).toBeGreaterThan(0);

    const rows = await executor.forRequest().read<{ word: string }>({
      cypher: 'MATCH (p:RoutingProbe) RETURN p.word AS word',
    });
    expect(rows).toEqual([{ word: 'إسناد' }]);
    // The read's session was opened with the write's bookmark: on a cluster, the member serving it
    // waits until it has applied that transaction.
    expect(bookmarks.given.at(-1)).toEqual(expect.arrayContaining(afterWrite!));
    // Request views share the root's manager: one process, one causal chain.
    expect(executor.forRequest().bookmarkManager).toBe(bookmarks.manager);
  }, 120_000);

  it('through the API: an assessment added by a mutation is listed by the next query', async () => {
    await graph.clear();
    const executor = new GraphExecutor(driver, undefined, graph.logger);
    await ingestSeed(executor, graph.logger);
    const store = new KeyStore({
      file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-keys-')), 'keys.json'),
    });
    const annotator = { authorization: `Bearer ${store.createKey('annotator', 'tests').key}` };
    const yoga = createApi({ executor, logger: graph.logger, keyStore: store });
    const listed = await graphqlData<{ statements: { edges: { node: { id: string } }[] } }>(
      yoga,
      '{ statements(first: 3, filter: {article: "art_58276914b82c785f571e0f53"}) { edges { node { id } } } }',
    );
    const [from, , to] = listed.statements.edges.map((e) => e.node.id);
    const added = await graphqlData<{ addAssessment: { id: string } }>(
      yoga,
      'mutation ($input: AddAssessmentInput!) { addAssessment(input: $input) { id } }',
      { input: { from, to, relation: 'AGREES', rationale: 'Both report the first phase.', confidence: 0.6 } },
      annotator,
    );
    const after = await graphqlData<{ agreements: { edges: { node: { id: string } }[] } }>(
      yoga,
      '{ agreements(first: 100) { edges { node { id } } } }',
    );
    expect(after.agreements.edges.map((e) => e.node.id)).toContain(added.addAssessment.id);
    expect([...(await executor.bookmarkManager.getBookmarks())].length).toBeGreaterThan(0);
  }, 180_000);

  it('through the CLI: `isnad ingest` then `isnad search` with NEO4J_URI=neo4j://…', async () => {
    await graph.clear();
    const env = readTestNeo4jEnv();
    const cliEnv = {
      NEO4J_URI: routingUri(),
      NEO4J_USER: env.user,
      NEO4J_PASSWORD: env.password,
      LOG_LEVEL: 'silent',
    };
    const file = path.join(SEED_DIR, 'alarabiya-us-forces-iraq.annotation.yaml');
    const ingest = spawnCli(['ingest', file], cliEnv);
    expect(await ingest.exited).toBe(0);
    const search = spawnCli(['search', 'لا تغييرات لدينا', '--json'], cliEnv);
    expect(await search.exited).toBe(0);
    const { stdout } = search.child;
    if (!stdout?.closed) await new Promise((resolve) => stdout?.once('close', resolve));
    const hits = JSON.parse(search.stdout.join('\n')) as { statement: { quote: string } }[];
    expect(hits.map((hit) => hit.statement.quote)).toContain(
      'لا تغييرات لدينا على خطط الانتشار المستقبلية في العراق',
    );
  }, 180_000);
});
