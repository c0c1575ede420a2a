import type { Logger } from '../logging/logger';
import type { GraphExecutor } from './executor';
import { LINK_EARLIER_RETRIEVAL_ARTIFACTS } from './intake-cypher';
import { SCHEMA_STATEMENTS } from './schema-statements';

/**
 * Creates every constraint and index the graph relies on. Each statement is `IF NOT EXISTS`, so
 * running at every start is safe and cheap. Schema commands cannot share a transaction with
 * writes, hence one round trip each.
 */
export async function runMigrations(executor: GraphExecutor, logger: Logger): Promise<void> {
  for (const cypher of SCHEMA_STATEMENTS) {
    await executor.write({ cypher });
  }
  await executor.write({ cypher: 'CALL db.awaitIndexes(300)' });
  // Data, not schema: retrievals recorded before raw pages were Artifact nodes get theirs (once).
  const [linked] = await executor.write<{ linked: number }>({ cypher: LINK_EARLIER_RETRIEVAL_ARTIFACTS });
  logger.debug(
    { statements: SCHEMA_STATEMENTS.length, retrievalsLinked: linked?.linked ?? 0 },
    'schema migration applied',
  );
}
