/**
 * What `isnad eval` prints: per set, one row per layer with precision, recall, F1 and the
 * (matched/proposed/hand) counts, then the diagnostics that must be zero; with `--articles`, one row per
 * article. `toJson` is the same report for machines.
 */
import { isolate } from '../../text/bidi';
import { scores } from './match';
import type { Counts } from './match';
import type { EvaluationReport } from './run';
import { LAYERS } from './score';
import type { Layer } from './score';

const LAYER_LABELS: Record<Layer, string> = {
  statements: 'statement span',
  attribution: 'statement -> source',
  sourceKind: 'source kind',
  mode: 'mode',
  chain: 'chain',
  sources: 'sources',
  contradictions: 'contradictions',
  agreements: 'agreements',
};

/** Renders `report` as aligned plain-text tables, one per set. */
export function formatEvaluationTable(
  report: EvaluationReport,
  options: { articles?: boolean } = {},
): string {
  const parts: string[] = [];
  for (const [set, total] of Object.entries(report.sets)) {
    if (!total) continue;
    const rows = LAYERS.map((layer) => [LAYER_LABELS[layer], ...cells(total.counts[layer])]);
    const d = total.diagnostics;
    parts.push(
      `${set} set: ${total.articles} articles`,
      align([['layer', 'P', 'R', 'F1', 'matched/proposed/hand'], ...rows]),
      `inexact spans ${d.inexactSpans}, spans splitting a word ${d.splitWords}, ` +
        `cue statements dropped without an excluded entry ${d.droppedCueStatements}`,
      '',
    );
  }
  if (options.articles) {
    const header = ['article', 'set', ...LAYERS.map((l) => `${LAYER_LABELS[l]} F1 (m/p/h)`)];
    const rows = report.articles.map((a) => [
      a.slug,
      a.set,
      ...LAYERS.map((l) => {
        const c = a.counts[l];
        return `${fmt(scores(c).f1)} (${c.tp}/${c.proposed}/${c.gold})`;
      }),
    ]);
    parts.push(align([header, ...rows]), '');
  }
  return parts.join('\n').trimEnd();
}

/** The report with precision, recall and F1 computed, for `--json`. */
export function evaluationToJson(report: EvaluationReport): unknown {
  const layers = (counts: Record<Layer, Counts>): Record<string, unknown> =>
    Object.fromEntries(LAYERS.map((l) => [l, { ...counts[l], ...scores(counts[l]) }]));
  return {
    sets: Object.fromEntries(
      Object.entries(report.sets).map(([set, total]) => [
        set,
        total && { articles: total.articles, layers: layers(total.counts), diagnostics: total.diagnostics },
      ]),
    ),
    articles: report.articles.map((a) => ({
      slug: a.slug,
      language: a.language,
      set: a.set,
      layers: layers(a.counts),
      diagnostics: a.diagnostics,
    })),
  };
}

function cells(counts: Counts): string[] {
  const { precision, recall, f1 } = scores(counts);
  return [fmt(precision), fmt(recall), fmt(f1), `${counts.tp}/${counts.proposed}/${counts.gold}`];
}

function align(table: string[][]): string {
  const all = table.map((row) => row.map(isolate));
  const widths = (all[0] ?? []).map((_, i) => Math.max(...all.map((row) => [...(row[i] ?? '')].length)));
  const line = (row: string[]): string =>
    row
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(all[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join(
    '\n',
  );
}

function fmt(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}
