/**
 * Generates a benchmark corpus on disk:
 *   npx tsx bench/corpus/generate.ts --statements 10000 --out bench/out/corpus-10k [--seed N] [--json]
 * and prints what it wrote with the benchmark probes for that size.
 */
import { parseArgs } from 'node:util';
import { corpusSizeFor, DEFAULT_SEED } from './generate-corpus';
import { benchmarkProbes } from './probes';
import { writeCorpus } from './write-corpus';

function main(): void {
  const { values } = parseArgs({
    options: {
      statements: { type: 'string', default: '10000' },
      out: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      json: { type: 'boolean', default: false },
    },
  });
  const statements = Number(values.statements);
  const seed = Number(values.seed);
  const out = values.out ?? `bench/out/corpus-${statements}`;
  const size = corpusSizeFor(statements);
  const started = Date.now();
  const written = writeCorpus(out, {
    seed,
    ...size,
    format: values.json ? 'json' : 'yaml',
    onArticle: ({ index }) => {
      if ((index + 1) % 10_000 === 0) process.stderr.write(`${index + 1}/${size.articles} articles\n`);
    },
  });
  const seconds = (Date.now() - started) / 1000;
  const rate = Math.round(written.statements / Math.max(seconds, 0.001));
  console.log(JSON.stringify({ ...written, seed, seconds, statementsPerSecond: rate }, null, 2));
  console.log(JSON.stringify({ probes: benchmarkProbes(statements) }, null, 2));
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
