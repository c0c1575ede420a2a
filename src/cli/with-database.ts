import { loadConfig } from '../config/config';
import { openDatabase } from '../graph/open-database';
import type { Database } from '../graph/open-database';
import { createLogger } from '../logging/logger';
import type { Logger } from '../logging/logger';

/** Runs `work` against the configured database (a local one is started and stopped around it). */
export async function withDatabase<T>(work: (database: Database, logger: Logger) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  try {
    return await work(database, logger);
  } finally {
    await database.close();
  }
}
