/**
 * Prints the tables of one or more result files as one report, with the scaling table and a
 * Mermaid chart of latency against N (GitHub renders it; no plotting package needed):
 *   tsx bench/report.ts bench/out/results.json bench/out/results-1m.json
 */
import fs from 'node:fs';
import { allTables, machineTable } from './report-tables';
import type { BenchResults, SizeResult } from './results';
import { renderTable } from './table';

const CHARTED = [
  'contradictions: first page',
  'search (Arabic, folded): first page',
  'provenance of a statement in a contradiction',
];

/** A Mermaid xychart of the p95 of the charted queries at each size. */
export function latencyChart(sizes: SizeResult[]): string {
  const labels = sizes.map((s) => `"${s.statements.toLocaleString('en-US')}"`).join(', ');
  const series = CHARTED.map((name) =>
    sizes.map((s) => s.queries.find((q) => q.name === name)?.latency.p95 ?? 0),
  );
  const top = Math.ceil(Math.max(1, ...series.flat()) * 1.1);
  return [
    '```mermaid',
    'xychart-beta',
    '  title "p95 latency over HTTP (ms) by number of statements"',
    `  x-axis [${labels}]`,
    `  y-axis "ms" 0 --> ${top}`,
    ...series.map((values) => `  line [${values.map((v) => v.toFixed(1)).join(', ')}]`),
    '```',
    '',
    `Lines, in order: ${CHARTED.join('; ')}.`,
  ].join('\n');
}

function main(): void {
  const files = process.argv.slice(2);
  if (files.length === 0) throw new Error('usage: tsx bench/report.ts RESULTS.json [MORE.json ...]');
  const runs = files.map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResults);
  const sizes = runs.flatMap((run) => run.sizes).sort((a, b) => a.statements - b.statements);
  const merged = { machine: runs[0]!.machine, initialFloor: runs[0]!.initialFloor, sizes };
  for (const table of allTables(merged)) console.log(renderTable(table));
  console.log(`${latencyChart(sizes)}\n`);
  for (const run of runs) console.log(renderTable(machineTable(run)));
}

main();
