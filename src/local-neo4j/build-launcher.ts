import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logging/logger';
import { DatabaseSetupError } from './errors';

/** Paths of the launcher's Maven project and its build output. */
export interface LauncherPaths {
  projectDir: string;
  jar: string;
  libDir: string;
  stampFile: string;
}

export function launcherPaths(root: string): LauncherPaths {
  const projectDir = path.join(root, 'neo4j');
  const target = path.join(projectDir, 'target');
  return {
    projectDir,
    jar: path.join(target, 'isnad-neo4j-launcher.jar'),
    libDir: path.join(target, 'lib'),
    stampFile: path.join(target, 'isnad-source.sha256'),
  };
}

/** A hash of every file Maven builds from, so the jar is rebuilt exactly when `neo4j/` changes. */
export function launcherSourceHash(projectDir: string): string {
  const hash = crypto.createHash('sha256');
  const files = [path.join(projectDir, 'pom.xml'), ...listFiles(path.join(projectDir, 'src'))].sort();
  for (const file of files) {
    hash.update(path.relative(projectDir, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** Fails with an actionable message when a command the launcher needs is not installed. */
export function assertToolInstalled(command: string, args: string[], hint: string): void {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error !== undefined) {
    throw new DatabaseSetupError(`${command} was not found (${hint}), or set NEO4J_URI to an existing Neo4j`);
  }
}

/**
 * Builds the launcher jar with Maven unless a jar built from the same sources exists.
 * Returns true when a build ran.
 */
export function ensureLauncherBuilt(root: string, logger: Logger): boolean {
  const paths = launcherPaths(root);
  const sourceHash = launcherSourceHash(paths.projectDir);
  const built =
    fs.existsSync(paths.jar) &&
    fs.existsSync(paths.libDir) &&
    fs.existsSync(paths.stampFile) &&
    fs.readFileSync(paths.stampFile, 'utf8').trim() === sourceHash;
  if (built) return false;

  assertToolInstalled(
    'java',
    ['-version'],
    'install a Java 17+ runtime, e.g. apt-get install openjdk-17-jdk',
  );
  assertToolInstalled('mvn', ['-v'], 'install Apache Maven, e.g. apt-get install maven');
  logger.info(
    { projectDir: paths.projectDir },
    'building the local Neo4j launcher with Maven (first run only)',
  );
  const started = Date.now();
  const result = spawnSync('mvn', ['-B', '-q', '-f', path.join(paths.projectDir, 'pom.xml'), 'package'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new DatabaseSetupError(
      `building the Neo4j launcher failed (mvn package in neo4j/, exit ${result.status}); Maven said:\n${output}`,
    );
  }
  fs.writeFileSync(paths.stampFile, `${sourceHash}\n`);
  logger.info({ ms: Date.now() - started }, 'built the local Neo4j launcher');
  return true;
}
