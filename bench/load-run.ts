/**
 * The stepped load benchmark (`npm run bench:load`):
 *   node --expose-gc --import tsx bench/load-run.ts [--seconds 10] [--steps 1,4,16,64]
 *     [--settle 10] [--warmup 200] [--variant "read cache"] [--out bench/out/load.json]
 * Starts its own Neo4j on a data directory of its own (.isnad/load-bench-data, emptied every run)
 * and free ports unless NEO4J_URI is set, ingests the seed articles, and prints Markdown tables to
 * stdout, progress to stderr.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger } from '../src/logging/logger';
import { annotationFilesIn, ingestFiles } from '../src/ingest/ingest-files';
import { isnadTool } from '../src/ingest/tool-info';
import { projectRoot } from '../src/config/project-root';
import { clearGraph, openBenchDatabase } from './bench-database';
import { FULL_LOAD_SETTINGS, runSteppedLoad } from './stepped-load';
import type { SteppedLoadSettings } from './stepped-load';
import { apiMemoryTable, steppedLoadTable } from './stepped-load-report';
import { renderTable } from './table';

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number ≥ 0; got "${text}"`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string' },
      steps: { type: 'string' },
      settle: { type: 'string' },
      warmup: { type: 'string' },
      out: { type: 'string', default: 'bench/out/load.json' },
      variant: { type: 'string' },
    },
  });
  const variants = FULL_LOAD_SETTINGS.variants.filter((v) => !values.variant || v.name === values.variant);
  if (variants.length === 0) {
    throw new Error(`--variant must be one of: ${FULL_LOAD_SETTINGS.variants.map((v) => v.name).join(', ')}`);
  }
  const settings: SteppedLoadSettings = {
    variants,
    steps: values.steps
      ? values.steps.split(',').map((s) => positive('steps', s, 1))
      : FULL_LOAD_SETTINGS.steps,
    seconds: positive('seconds', values.seconds, FULL_LOAD_SETTINGS.seconds),
    settleSeconds: positive('settle', values.settle, FULL_LOAD_SETTINGS.settleSeconds),
    warmupRequests: positive('warmup', values.warmup, FULL_LOAD_SETTINGS.warmupRequests),
  };
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', 'isnad-bench');
  const started = Date.now();
  const progress = (message: string) =>
    process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
  progress('starting Neo4j');
  process.env.ISNAD_NEO4J_DATA ||= '.isnad/load-bench-data';
  // A busy machine can take minutes to start a JVM.
  process.env.ISNAD_NEO4J_START_TIMEOUT_MS ||= '600000';
  // The seed graph is small: the default memory of the benchmark's server is plenty.
  const db = await openBenchDatabase(logger, 0);
  try {
    await clearGraph(db.executor);
    progress('ingesting the seed articles');
    await ingestFiles(db.executor, annotationFilesIn(path.join(projectRoot(), 'seed')), isnadTool(), logger);
    const result = await runSteppedLoad(db.executor, logger, settings, progress);
    process.stdout.write(
      `${renderTable(steppedLoadTable(result))}\n${renderTable(apiMemoryTable(result))}\n`,
    );
    fs.mkdirSync(path.dirname(values.out), { recursive: true });
    fs.writeFileSync(values.out, `${JSON.stringify(result, null, 1)}\n`);
    progress(`done; figures in ${values.out}`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
