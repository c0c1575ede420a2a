import type { Plugin } from 'graphql-yoga';
import type { GraphExecutor } from '../../graph/executor';
import { readServerInfo } from '../../graph/server-info';

/**
 * `GET /health/live`: 200 while the process serves HTTP (liveness: restart it when this fails).
 * `GET /health/ready`: 200 with the Neo4j version when the database answers, 503 when it does not
 * (readiness: send it no traffic until this passes). Neither needs a key nor says why in detail.
 * `notReady` names a known outage (the local Neo4j restarting) without asking the database.
 */
export function useHealthRoutes(executor: GraphExecutor, notReady?: () => string | undefined): Plugin {
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname === '/health/live') {
        endResponse(Response.json({ status: 'live' }));
      } else if (url.pathname === '/health/ready') {
        const reason = notReady?.();
        if (reason !== undefined) {
          return endResponse(Response.json({ status: 'not ready', neo4j: null, reason }, { status: 503 }));
        }
        try {
          const neo4j = await readServerInfo(executor);
          endResponse(Response.json({ status: 'ready', neo4j }));
        } catch {
          endResponse(Response.json({ status: 'not ready', neo4j: null }, { status: 503 }));
        }
      }
    },
  };
}
