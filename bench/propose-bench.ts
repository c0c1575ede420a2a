/**
 * `npm run bench:propose`: how long the rule-based proposer takes for a 1,000-word article, Arabic and
 * English, with the seed's statements as the graph to compare against. The article is built from the
 * seed texts' paragraphs, repeated until it has 1,000 words. The baseline, run in the same process, is
 * the proposer on the original seed article alone; the ratio per word shows whether time grows faster
 * than the text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { proposeAnnotations, toExisting } from '../src/extract';
import type { ExistingStatement, ProposerLanguage } from '../src/extract';
import { projectRoot } from '../src/config/project-root';
import { loadResolvedAnnotation } from '../src/ingest/resolve-anchors';
import { renderTable } from './table';

const RUNS = 20;
const TARGET_WORDS = 1_000;

const seedDir = path.join(projectRoot(), 'seed');
const ARTICLES: Record<ProposerLanguage, string> = {
  ar: 'alarabiya-us-forces-iraq.ar.txt',
  en: 'harbor-wire-iraq-drawdown.en.txt',
};

function words(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** The article's paragraphs (headline first) repeated until the text has `target` words. */
function lengthen(text: string, target: number): string {
  const paragraphs = text.split('\n').filter(Boolean);
  const out = [...paragraphs];
  for (let i = 1; words(out.join('\n')) < target; i++)
    out.push(paragraphs[1 + (i % (paragraphs.length - 1))] ?? '');
  return `${out.join('\n')}\n`;
}

function time(text: string, language: ProposerLanguage, existing: ExistingStatement[]): number[] {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    proposeAnnotations({ text, language, slug: 'bench-article', existing });
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b);
}

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

function main(): void {
  const existing = fs
    .readdirSync(seedDir)
    .filter((f) => f.endsWith('.annotation.yaml'))
    .flatMap((f) => {
      const hand = loadResolvedAnnotation(path.join(seedDir, f));
      return hand.kind === 'annotation' ? toExisting(hand) : [];
    });
  const rows: string[][] = [];
  for (const language of Object.keys(ARTICLES) as ProposerLanguage[]) {
    const seedText = fs.readFileSync(path.join(seedDir, ARTICLES[language]), 'utf8');
    const long = lengthen(seedText, TARGET_WORDS);
    time(long, language, existing); // warm-up: rule compilation, JIT
    const base = time(seedText, language, existing);
    const big = time(long, language, existing);
    const perWord = (ms: number, text: string): number => ms / words(text);
    rows.push([
      language,
      String(words(seedText)),
      quantile(base, 0.5).toFixed(1),
      String(words(long)),
      quantile(big, 0.5).toFixed(1),
      quantile(big, 0.95).toFixed(1),
      (perWord(quantile(big, 0.5), long) / perWord(quantile(base, 0.5), seedText)).toFixed(2),
    ]);
  }
  process.stdout.write(
    `${renderTable({
      title: 'Proposer: a 1,000-word article',
      headers: [
        'language',
        'seed words',
        'seed p50 ms',
        'long words',
        'long p50 ms',
        'long p95 ms',
        'per-word ratio',
      ],
      rows,
      notes: [
        `${RUNS} runs each, with ${existing.length} seed statements as the graph; baseline: the seed article alone.`,
      ],
    })}\n`,
  );
}

main();
