/**
 * Ingest throughput at one corpus size, three ways in the same run on the same (growing) graph:
 * most of the corpus through bulk ingest (`ingestBatch`, many articles per transaction), then a
 * sample through `ingestResolved` (one transaction per article, as `isnad ingest` does), then a
 * sample through the per-statement baseline. The graph ends up holding the whole corpus, which
 * the query benchmarks then read.
 *
 * Rates count only the time spent in the ingest call: the synthetic corpus is generated and
 * anchored between calls, in bounded chunks, and that time is reported on its own.
 */
import type { GraphExecutor } from '../src/graph/executor';
import { ingestBatch } from '../src/ingest/ingest-batch';
import { ingestResolved } from '../src/ingest/ingest-service';
import { isnadTool } from '../src/ingest/tool-info';
import { chunked, corpusSizeFor, resolvedCorpus } from './corpus-stream';
import { nowMs } from './latency';
import { writeArticlePerStatement } from './per-statement-writer';
import { cpuSince, cpuSnapshot } from './cpu-time';
import type { CpuSnapshot } from './cpu-time';

export type IngestPath = 'bulk' | 'per-article' | 'per-statement';

export interface IngestFigure {
  path: IngestPath;
  articles: number;
  statements: number;
  transactions: number;
  /** Seconds inside ingest calls. */
  seconds: number;
  statementsPerSecond: number;
  /** CPU milliseconds per 1,000 statements, Node and JVM. */
  cpuPerThousand: CpuSnapshot;
}

export interface IngestRun {
  statements: number;
  figures: IngestFigure[];
  /** Seconds spent generating and anchoring the corpus (outside the rates). */
  corpusSeconds: number;
  wallSeconds: number;
}

export interface IngestOptions {
  /** Articles per bulk transaction. */
  bulkArticles: number;
  /** Most articles each of the two slower paths gets (its sample, taken from the end of the corpus). */
  sampleArticles: number;
  /** The local Neo4j's process id, for its CPU time. */
  jvmPid?: number;
  onProgress?: (message: string) => void;
}

/** Articles generated and anchored before the next timed ingest call: bounds memory. */
const CHUNK_ARTICLES = 500;

/** Ingests the corpus of `statements` statements into an empty graph and times each path. */
export async function runIngest(
  executor: GraphExecutor,
  statements: number,
  options: IngestOptions,
): Promise<IngestRun> {
  const tool = isnadTool();
  const { articles } = corpusSizeFor(statements);
  // Each slow path gets at most a quarter of the corpus, so bulk always has the larger share.
  const sample = Math.max(1, Math.min(options.sampleArticles, Math.floor(articles / 4)));
  const perStatementFrom = articles - sample;
  const perArticleFrom = perStatementFrom - sample;
  const figures = new Map<IngestPath, IngestFigure>(
    (['bulk', 'per-article', 'per-statement'] as const).map((path) => [
      path,
      {
        path,
        articles: 0,
        statements: 0,
        transactions: 0,
        seconds: 0,
        statementsPerSecond: 0,
        cpuPerThousand: { nodeMs: 0, jvmMs: options.jvmPid === undefined ? null : 0 },
      },
    ]),
  );
  const started = nowMs();
  let corpusMs = 0;
  let index = 0;
  const stream = chunked(resolvedCorpus(statements), CHUNK_ARTICLES);
  for (;;) {
    const generating = nowMs();
    const next = stream.next();
    corpusMs += nowMs() - generating;
    if (next.done) break;
    const chunk = next.value;
    // Split the chunk where the paths change, then time each part.
    const parts: { path: IngestPath; files: typeof chunk }[] = [];
    for (const file of chunk) {
      const path: IngestPath =
        index >= perStatementFrom ? 'per-statement' : index >= perArticleFrom ? 'per-article' : 'bulk';
      const last = parts[parts.length - 1];
      if (last?.path === path) last.files.push(file);
      else parts.push({ path, files: [file] });
      index++;
    }
    for (const { path, files } of parts) {
      const figure = figures.get(path)!;
      const t0 = nowMs();
      const cpu0 = cpuSnapshot(options.jvmPid);
      if (path === 'bulk') {
        for (const group of chunked(files, options.bulkArticles)) {
          await ingestBatch(executor, group, tool);
          figure.transactions++;
        }
      } else {
        for (const file of files) {
          if (path === 'per-article') {
            await ingestResolved(executor, file, tool);
            figure.transactions++;
          } else {
            figure.transactions += await writeArticlePerStatement(executor, file, tool);
          }
        }
      }
      figure.seconds += (nowMs() - t0) / 1000;
      const cpu = cpuSince(cpu0, options.jvmPid);
      figure.cpuPerThousand.nodeMs += cpu.nodeMs;
      if (cpu.jvmMs !== null && figure.cpuPerThousand.jvmMs !== null)
        figure.cpuPerThousand.jvmMs += cpu.jvmMs;
      figure.articles += files.length;
      figure.statements += files.reduce((sum, f) => sum + f.statements.length, 0);
    }
    options.onProgress?.(`${index}/${articles} articles ingested`);
  }
  for (const figure of figures.values()) {
    figure.statementsPerSecond = figure.seconds > 0 ? figure.statements / figure.seconds : 0;
    const thousands = Math.max(figure.statements, 1) / 1000;
    figure.cpuPerThousand.nodeMs /= thousands;
    if (figure.cpuPerThousand.jvmMs !== null) figure.cpuPerThousand.jvmMs /= thousands;
  }
  return {
    statements,
    figures: [...figures.values()],
    corpusSeconds: corpusMs / 1000,
    wallSeconds: (nowMs() - started) / 1000,
  };
}
