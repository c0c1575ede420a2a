import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from '../config/config';
import { openDatabase } from '../graph/open-database';
import type { Database } from '../graph/open-database';
import type { Logger } from '../logging/logger';
import { createApi } from '../api/create-yoga';
import { KeyStore } from '../auth/key-store';
import { seedIfEmpty } from './seed-if-empty';
import { warmUpReads } from './warm-up';

export interface RunningApi {
  url: string;
  database: Database;
  close(): Promise<void>;
}

/** Opens the database (starting a local one when needed), seeds an empty graph, serves GraphQL. */
export async function serveApi(config: AppConfig, logger: Logger): Promise<RunningApi> {
  const database = await openDatabase(config, logger, { supervise: true });
  const { supervisor } = database;
  let server: Server | undefined;
  try {
    await seedIfEmpty(database.executor, logger);
    const keyStore = KeyStore.fromConfig(config.auth);
    keyStore.listKeys(); // a broken key file stops start-up here, not at the first write
    const options = {
      executor: database.executor,
      logger,
      keyStore,
      ...config.api,
      notReady: () => {
        const state = supervisor?.state() ?? 'up';
        return state === 'up' ? undefined : `local Neo4j ${state}`;
      },
      intake: config.intake,
      exportBaseIri: config.export.baseIri,
    };
    const yoga = createApi({ ...options, readAccess: config.auth.readAccess });
    server = createServer(yoga);
    await listen(server, config.http.port, config.http.host);
    // In the background right after listening: the first client request finds the plans compiled.
    // Query plans are the database's, so an in-process API open for reads (never served) warms them
    // whatever ISNAD_READ_ACCESS asks of clients.
    if (config.http.warmUp) void warmUpReads(createApi({ ...options, readAccess: 'open' }), logger);
  } catch (error) {
    await database.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.http.host === '0.0.0.0' ? 'localhost' : config.http.host}:${port}/graphql`;
  const running = server;
  return {
    url,
    database,
    async close() {
      await new Promise<void>((resolve) => running.close(() => resolve()));
      await database.close();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} on ${host} is already in use; set ISNAD_PORT to another port`)
          : error,
      ),
    );
    server.listen(port, host, () => resolve());
  });
}
