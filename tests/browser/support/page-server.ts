import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { KeyStore } from '../../../src/auth/key-store';
import { projectRoot } from '../../../src/config/project-root';
import { graphqlData, openSeededApi } from '../../support/api';
import type { TestGraph } from '../../support/graph';
import type { IsnadYoga } from '../../../src/api/create-yoga';

/**
 * Builds the page from the current sources into a temporary folder (so that a test never sees a
 * stale dist/web), as `npm run build` does.
 */
export function buildPage(): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-web-'));
  const vite = path.join(projectRoot(), 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'web/vite.config.mts', '--outDir', outDir, '--logLevel', 'error'],
    {
      cwd: projectRoot(),
      encoding: 'utf8',
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
  if (result.status !== 0) throw new Error(`the page did not build:\n${result.stderr}${result.stdout}`);
  return outDir;
}

export interface PageServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  yoga: IsnadYoga;
  graph: TestGraph;
  keys: KeyStore;
  close(): Promise<void>;
}

/** The API with the page, over HTTP on a free loopback port, over the seeded test graph. */
export async function startPageServer(): Promise<PageServer> {
  const webDir = buildPage();
  const keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-keys-'));
  const keys = new KeyStore({ file: path.join(keysDir, 'keys.json') });
  const { graph, yoga } = await openSeededApi({ keyStore: keys, webDir });
  await warmUp(yoga);
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    yoga,
    graph,
    keys,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await graph.close();
      fs.rmSync(webDir, { recursive: true, force: true });
      fs.rmSync(keysDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs the queue's queries once in-process, so that Neo4j has planned them before the browser's
 * timeouts start (a cold first query can take seconds on a busy machine).
 */
async function warmUp(yoga: IsnadYoga): Promise<void> {
  await graphqlData(
    yoga,
    /* GraphQL */ `
      {
        contradictions(filter: { topic: "topic:us-forces-iraq" }, first: 10) {
          totalCount
          edges {
            node {
              from {
                text
                article {
                  text
                }
              }
              to {
                text
              }
              fromStrength {
                score
              }
              toStrength {
                score
              }
            }
          }
        }
        statements(filter: { topic: "topic:us-forces-iraq" }, first: 10) {
          totalCount
          edges {
            node {
              text
              source {
                label
              }
            }
          }
        }
      }
    `,
  );
}
