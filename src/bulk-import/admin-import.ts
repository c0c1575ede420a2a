/**
 * Runs Neo4j's own offline importer (`neo4j-admin database import full`) from the launcher's
 * classpath, writing a new `neo4j` database into a local data directory. The importer builds the
 * store files directly, without transactions, which is why it is fast; it needs the database not
 * to exist and no server running on that directory.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureLauncherBuilt, launcherPaths } from '../local-neo4j/build-launcher';
import type { Logger } from '../logging/logger';
import type { ImportFiles } from './graph-csv';

export class OfflineImportError extends Error {
  override name = 'OfflineImportError';
}

export interface AdminImportOptions {
  root: string;
  /** The local Neo4j's data directory (its home: the database goes to `data/databases/neo4j`). */
  dataDir: string;
  files: ImportFiles;
  /** Where the importer's report and output go. */
  workDir: string;
  heap: string;
  logger: Logger;
}

/** The folder the importer would create; its presence means the database already exists. */
export function databaseDirOf(dataDir: string): string {
  return path.join(dataDir, 'data', 'databases', 'neo4j');
}

export async function runAdminImport(options: AdminImportOptions): Promise<void> {
  const { root, dataDir, files, workDir, heap, logger } = options;
  // The importer runs from the launcher's classpath, which a fresh checkout has not built yet.
  ensureLauncherBuilt(root, logger);
  const paths = launcherPaths(root);
  const confDir = path.join(workDir, 'conf');
  fs.mkdirSync(confDir, { recursive: true });
  fs.writeFileSync(path.join(confDir, 'neo4j.conf'), '');
  fs.mkdirSync(dataDir, { recursive: true });
  const outputFile = path.join(workDir, 'neo4j-admin-import.log');
  // Article texts span lines. The importer's per-file list of multi-line files (format v2) fails
  // on cells that cross its read buffer, so multi-line parsing is on for all files or for none.
  const multiline = [...files.nodes, ...files.relationships].some((f) => f.multiline);
  const args = [
    `-Xmx${heap}`,
    '-cp',
    [paths.jar, path.join(paths.libDir, '*')].join(path.delimiter),
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    `--multiline-fields=${multiline}`,
    // Any bad row fails the import instead of being skipped.
    '--bad-tolerance=0',
    '--verbose',
    `--report-file=${path.join(workDir, 'import.report')}`,
    ...files.nodes.map(({ name, file }) => `--nodes=${name}=${file}`),
    ...files.relationships.map(({ name, file }) => `--relationships=${name}=${file}`),
  ];
  const output = fs.openSync(outputFile, 'w');
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn('java', args, {
        stdio: ['ignore', output, output],
        env: { ...process.env, NEO4J_HOME: dataDir, NEO4J_CONF: confDir },
      });
      child.once('error', (error) => reject(new OfflineImportError(`could not run java: ${error.message}`)));
      child.once('exit', resolve);
    });
    if (code !== 0) {
      const tail = fs.readFileSync(outputFile, 'utf8').split('\n').slice(-15).join('\n');
      throw new OfflineImportError(
        `neo4j-admin import exited with ${code}; its output is in ${outputFile}:\n${tail}`,
      );
    }
  } finally {
    fs.closeSync(output);
  }
}
