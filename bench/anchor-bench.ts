/**
 * `npm run bench:anchor`: how long `resolveAnnotation` (anchoring, grapheme checks, references)
 * takes for one generated article of 300, 1,500 and 5,000 statements, the article the
 * readers-during-ingest check writes. The ratio is the time per statement against the 300-statement
 * article: about 1 when time grows with the annotation, 5 and 17 when it grows with its square (as it
 * did: 2.4 s for 300, 122 s for 1,500). A benchmark, not a test: nothing fails on a slow machine.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_SEED, generateCorpus } from './corpus/generate-corpus';
import { loadAverage } from './machine';
import { fmt, renderTable } from './table';
import { resolveAnnotation } from '../src/ingest/resolve-anchors';

const SIZES = [300, 1_500, 5_000];
const RUNS = 5;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timeResolve(statements: number): { chars: number; ms: number } {
  const [article] = [
    ...generateCorpus({ seed: DEFAULT_SEED + 7, articles: 1, statementsPerArticle: statements }),
  ];
  if (!article) throw new Error('the generator yielded no article');
  const bytes = new TextEncoder().encode(article.text);
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    resolveAnnotation(article.annotation, bytes, `${article.slug}.txt`, `${article.slug}.annotation.yaml`);
    samples.push(performance.now() - started);
  }
  return { chars: article.text.length, ms: median(samples) };
}

function main(): void {
  const load = loadAverage();
  for (let i = 0; i < 3; i++) timeResolve(SIZES[0] ?? 300); // warm-up: JIT, ICU data
  const results = SIZES.map((statements) => ({ statements, ...timeResolve(statements) }));
  const base = results[0];
  const perStatement = (r: { statements: number; ms: number }): number => r.ms / r.statements;
  const rows = results.map((r) => [
    r.statements,
    r.chars,
    r.ms,
    perStatement(r),
    base ? perStatement(r) / perStatement(base) : null,
  ]);
  process.stdout.write(
    `${renderTable({
      title: 'resolveAnnotation: one generated article',
      headers: ['statements', 'characters', 'median ms', 'ms per statement', 'per-statement ratio'],
      rows,
      notes: [
        `median of ${RUNS} runs per size, after a warm-up; load average ${fmt(load, 2)} at the start, ${fmt(loadAverage(), 2)} at the end.`,
      ],
    })}\n`,
  );
  for (const r of results)
    process.stdout.write(
      `anchor-bench: ${r.statements} statements ${r.ms.toFixed(1)} ms, ratio ${base ? (perStatement(r) / perStatement(base)).toFixed(2) : 'n/a'}\n`,
    );
}

main();
