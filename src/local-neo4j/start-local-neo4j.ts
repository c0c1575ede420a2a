import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { LocalNeo4jConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import { ensureLauncherBuilt, launcherPaths } from './build-launcher';
import { DatabaseSetupError } from './errors';

/** JVM flags Neo4j's own neo4j.conf passes on Java 17; without them Neo4j fails to start. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
];

export interface LocalNeo4j {
  boltUri: string;
  version: string;
  edition: string;
  pid: number;
  /** Stops the JVM (SIGTERM, then SIGKILL after a grace period). Safe to call twice. */
  stop(): Promise<void>;
  /** Settles when the JVM exits, for whatever reason (its exit code, or the signal that ended it). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

interface ReadyLine {
  event: 'ready';
  bolt: string;
  version: string;
  edition: string;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Whatever happens to this process, no launcher JVM outlives it. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

/**
 * Builds (once) and starts the embedded Neo4j launcher, resolving when Bolt accepts connections.
 * The child's stdin stays open: when this process dies, even by SIGKILL, the pipe closes and
 * the launcher shuts itself down.
 */
export async function startLocalNeo4j(
  root: string,
  config: LocalNeo4jConfig,
  logger: Logger,
): Promise<LocalNeo4j> {
  ensureLauncherBuilt(root, logger);
  const paths = launcherPaths(root);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const args = [
    `-Xmx${config.heap}`,
    `-Xms${config.heap}`,
    ...JVM_FLAGS,
    '-cp',
    [paths.jar, path.join(paths.libDir, '*')].join(path.delimiter),
    'org.isnad.neo4j.Launcher',
    '--data',
    config.dataDir,
    '--port',
    String(config.port),
    '--pagecache',
    config.pageCache,
  ];
  const started = Date.now();
  const child = spawn('java', args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ISNAD_NEO4J_PASSWORD: config.password },
  });
  running.add(child);
  installExitHook();
  child.once('exit', () => running.delete(child));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

  const ready = await waitForReady(child, config, logger);
  logger.info(
    { bolt: ready.bolt, version: ready.version, ms: Date.now() - started, pid: child.pid },
    'local Neo4j is ready',
  );
  return {
    boltUri: ready.bolt,
    version: ready.version,
    edition: ready.edition,
    pid: child.pid ?? -1,
    stop: () => stopChild(child),
    exited,
  };
}

function waitForReady(child: ChildProcess, config: LocalNeo4jConfig, logger: Logger): Promise<ReadyLine> {
  return new Promise((resolve, reject) => {
    const stderrTail: string[] = [];
    const fail = (message: string): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new DatabaseSetupError(message));
    };
    const timer = setTimeout(
      () =>
        fail(
          `Neo4j was not ready within ${config.startTimeoutMs} ms; raise ISNAD_NEO4J_START_TIMEOUT_MS or look at ${path.join(config.dataDir, 'logs')}`,
        ),
      config.startTimeoutMs,
    );
    readline.createInterface({ input: child.stderr! }).on('line', (line) => {
      stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.shift();
      logger.debug({ neo4j: line }, 'neo4j stderr');
    });
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return logger.debug({ neo4j: line }, 'neo4j stdout');
      try {
        const parsed = JSON.parse(line) as ReadyLine;
        if (parsed.event === 'ready') {
          clearTimeout(timer);
          resolve(parsed);
        }
      } catch {
        logger.debug({ neo4j: line }, 'neo4j stdout');
      }
    });
    child.once('error', (error) => fail(`could not run java: ${error.message}`));
    child.once('exit', (code) => {
      clearTimeout(timer);
      const said = stderrTail.find((line) => line.startsWith('isnad-neo4j: '));
      reject(
        new DatabaseSetupError(
          said !== undefined
            ? `local Neo4j: ${said.slice('isnad-neo4j: '.length)}`
            : `local Neo4j exited with code ${code} before it was ready: ${stderrTail.slice(-3).join(' | ')}`,
        ),
      );
    });
  });
}

async function stopChild(child: ChildProcess, graceMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
