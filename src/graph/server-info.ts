import type { CypherQuery, GraphExecutor } from './executor';

export const SERVER_COMPONENTS: CypherQuery = {
  cypher: /* cypher */ `
    CALL dbms.components() YIELD name, versions, edition
    WHERE name = 'Neo4j Kernel'
    RETURN versions[0] AS version, edition`,
};

export interface ServerInfo {
  version: string;
  edition: string;
}

/** The Neo4j version and edition as the server itself reports them (asked every time, never cached). */
export async function readServerInfo(executor: GraphExecutor): Promise<ServerInfo> {
  const [row] = await executor.read<ServerInfo>(SERVER_COMPONENTS, { fresh: true });
  if (row === undefined) throw new Error('dbms.components() returned no Neo4j Kernel row');
  return row;
}
