/**
 * The benchmark entry point (`npm run bench`, `npm run bench:1m`):
 *   tsx bench/run.ts [--sizes 10000,100000] [--quick] [--out bench/out/results.json]
 * Starts its own Neo4j on a data directory of its own (.isnad/bench-data, emptied every run) and
 * free ports, unless NEO4J_URI is set; prints Markdown tables to stdout, progress to stderr.
 * Neo4j gets 2 GB of heap and 2 GB of page cache, 4 and 4 from 1M statements on; ISNAD_NEO4J_HEAP
 * and ISNAD_NEO4J_PAGECACHE override them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger } from '../src/logging/logger';
import { clearGraph, openBenchDatabase } from './bench-database';
import { FULL_SETTINGS, QUICK_SETTINGS, runBenchmarks } from './run-benchmarks';
import type { BenchSettings } from './run-benchmarks';
import { machineTable } from './report-tables';
import { renderTable } from './table';

function parseSizes(text: string): number[] {
  const sizes = text.split(',').map((part) => Number(part.trim().replace(/_/g, '')));
  if (sizes.some((size) => !Number.isInteger(size) || size < 100)) {
    throw new Error(`--sizes must be integers of at least 100, comma-separated; got "${text}"`);
  }
  return sizes;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      quick: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench/out/results.json' },
      'bulk-articles': { type: 'string' },
      'sample-articles': { type: 'string' },
      'load-seconds': { type: 'string' },
      'warmup-statements': { type: 'string' },
    },
  });
  const base: BenchSettings = values.quick ? QUICK_SETTINGS : { ...FULL_SETTINGS, sizes: [10_000, 100_000] };
  const settings: BenchSettings = {
    ...base,
    sizes: values.sizes ? parseSizes(values.sizes) : base.sizes,
    bulkArticles: values['bulk-articles'] ? Number(values['bulk-articles']) : base.bulkArticles,
    sampleArticles: values['sample-articles'] ? Number(values['sample-articles']) : base.sampleArticles,
    loadSeconds: values['load-seconds'] ? Number(values['load-seconds']) : base.loadSeconds,
    warmupStatements: values['warmup-statements']
      ? Number(values['warmup-statements'])
      : base.warmupStatements,
  };
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', 'isnad-bench');
  const started = Date.now();
  const progress = (message: string) =>
    process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${message}\n`);
  progress('starting Neo4j');
  const db = await openBenchDatabase(logger, Math.max(...settings.sizes));
  try {
    const results = await runBenchmarks(
      {
        executor: db.executor,
        logger,
        clear: () => clearGraph(db.executor),
        jvmPid: db.local?.pid,
        print: (text) => process.stdout.write(`${text}\n`),
        progress,
      },
      settings,
    );
    process.stdout.write(`${renderTable(machineTable(results))}\n`);
    fs.mkdirSync(path.dirname(values.out), { recursive: true });
    fs.writeFileSync(values.out, `${JSON.stringify(results, null, 1)}\n`);
    progress(`done in ${results.seconds.toFixed(0)} s; figures in ${values.out}`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
