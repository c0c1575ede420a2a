import path from 'node:path';
import { DEFAULT_INPUT_LIMITS } from '../../../src/api/limits';
import { statementIdsMatching } from '../../../src/api/services/text-matches';
import { runMigrations } from '../../../src/graph/migrations';
import { STATEMENT_SEARCH_INDEX } from '../../../src/graph/schema-statements';
import { ingestFiles } from '../../../src/ingest/ingest-files';
import { isnadTool } from '../../../src/ingest/tool-info';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { FIXTURES_DIR } from '../../support/seed';

/** The index as releases before the english analyzer created it (schema-statements.ts then). */
const OLD_INDEX = `CREATE FULLTEXT INDEX statement_search IF NOT EXISTS FOR (n:Statement|Gloss) ON EACH [n.searchText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'whitespace' } }`;

interface IndexRow {
  name: string;
  analyzer: string;
  state: string;
}

describe('a database created with the whitespace search index', () => {
  let graph: TestGraph;

  const fulltextIndexes = (): Promise<IndexRow[]> =>
    graph.executor.read<IndexRow>({
      cypher: `SHOW FULLTEXT INDEXES YIELD name, options, state
               RETURN name, options.indexConfig['fulltext.analyzer'] AS analyzer, state ORDER BY name`,
    });

  beforeAll(async () => {
    graph = await openTestGraph();
    // Put the database back as an older release left it: its index only, and data written then.
    await graph.executor.write({ cypher: `DROP INDEX ${STATEMENT_SEARCH_INDEX} IF EXISTS` });
    await graph.executor.write({ cypher: OLD_INDEX });
    await graph.executor.write({ cypher: 'CALL db.awaitIndexes(300)' });
    await ingestFiles(
      graph.executor,
      [path.join(FIXTURES_DIR, 'tiny.annotation.yaml')],
      isnadTool(),
      graph.logger,
    );
  }, 120_000);
  afterAll(async () => {
    await runMigrations(graph.executor, graph.logger);
    await graph.close();
  });

  it('had only the old index, which does not stem', async () => {
    expect(await fulltextIndexes()).toEqual([
      { name: 'statement_search', analyzer: 'whitespace', state: 'ONLINE' },
    ]);
    const [row] = await graph.executor.read<{ hits: number }>({
      cypher:
        "CALL db.index.fulltext.queryNodes('statement_search', '+closing') YIELD node RETURN count(node) AS hits",
    });
    expect(row!.hits).toBe(0);
  });

  it('gets the english index at the next start, built from the text already stored, and keeps it', async () => {
    await runMigrations(graph.executor, graph.logger);
    await runMigrations(graph.executor, graph.logger);
    expect(await fulltextIndexes()).toEqual([
      { name: STATEMENT_SEARCH_INDEX, analyzer: 'english', state: 'ONLINE' },
    ]);
    // "the base will close" was indexed before the migration; "closing" now finds it by its stem.
    const ids = await statementIdsMatching(graph.executor, 'closing', 'query', DEFAULT_INPUT_LIMITS);
    expect(ids).toHaveLength(3);
  });
});
