import type { Command } from 'commander';
import { loadConfig } from '../../config/config';
import { createLogger } from '../../logging/logger';
import { serveApi } from '../../app/serve';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API over the seeded graph (starts a local Neo4j unless NEO4J_URI is set)')
    .option('-p, --port <port>', 'HTTP port (overrides ISNAD_PORT)')
    .action(async (options: { port?: string }) => {
      const config = loadConfig(
        options.port === undefined ? process.env : { ...process.env, ISNAD_PORT: options.port },
      );
      const logger = createLogger(config.logLevel);
      const api = await serveApi(config, logger);
      let stopping = false;
      const stop = (signal: string): void => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, 'stopping');
        api.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      // Supervision: a local Neo4j that dies under the API (OOM, kill -9) is started again, a bounded
      // number of times (ISNAD_NEO4J_MAX_RESTARTS within ISNAD_NEO4J_RESTART_WINDOW_MS), while
      // /health/ready answers 503. Past that, serve stops with a non-zero status for its supervisor.
      const supervisor = api.database.supervisor;
      void supervisor?.gaveUp.then(({ code, signal, restartsInWindow }) => {
        if (stopping) return;
        stopping = true;
        process.stderr.write(
          `isnad: the local Neo4j exited (${signal ?? `code ${code}`}) after ${restartsInWindow} restart(s) within ${config.localNeo4jRestarts.windowMs} ms; stopping\n`,
        );
        api.close().then(
          () => process.exit(1),
          () => process.exit(1),
        );
      });
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
      // Announced only once the handlers are in place: a SIGTERM sent on seeing this line is handled.
      logger.info({ url: api.url }, 'GraphQL API ready (GraphiQL at this URL)');
      process.stdout.write(`Isnad GraphQL API: ${api.url}\n`);
    });
}
