/**
 * The plain-text table `isnad eval` prints: one row per article, then the micro-averaged tuning set
 * and held-out set, each category as precision, recall, F1 and (matched/proposed/hand) counts.
 */
import { scores } from './eval-match';
import type { Counts } from './eval-match';
import type { Category, EvaluationReport } from './evaluate';
import { isolate } from '../text/bidi';

const CATEGORIES: readonly Category[] = ['sources', 'statements', 'contradictions'];

/** Renders `report` as an aligned plain-text table (cells with right-to-left text are isolated). */
export function formatEvaluationTable(report: EvaluationReport): string {
  const header = ['article', 'set', ...CATEGORIES.map((c) => `${c} P / R / F1 (tp/prop/hand)`)];
  const rows: string[][] = report.articles.map((a) => [
    a.slug,
    a.heldOut ? 'held-out' : 'tuning',
    ...CATEGORIES.map((c) => cell(a.counts[c])),
  ]);
  rows.push(['TUNING SET (micro)', 'tuning', ...CATEGORIES.map((c) => cell(report.tuning[c]))]);
  if (report.articles.some((a) => a.heldOut)) {
    rows.push(['HELD-OUT (micro)', 'held-out', ...CATEGORIES.map((c) => cell(report.heldOut[c]))]);
  }
  const all = [header, ...rows].map((row) => row.map(isolate));
  const widths = header.map((_, i) => Math.max(...all.map((row) => [...(row[i] ?? '')].length)));
  const line = (row: string[]): string =>
    row
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const body = all.slice(1).map(line);
  const totalsAt = report.articles.length;
  return [line(all[0] ?? []), rule, ...body.slice(0, totalsAt), rule, ...body.slice(totalsAt)].join('\n');
}

function cell(counts: Counts): string {
  const { precision, recall, f1 } = scores(counts);
  return `${fmt(precision)} / ${fmt(recall)} / ${fmt(f1)} (${counts.tp}/${counts.proposed}/${counts.gold})`;
}

function fmt(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}
