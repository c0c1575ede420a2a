/**
 * What an export covers — one statement, one article, or the whole graph — and the pages of nodes
 * that cover it. One statement or article is one page (its provenance closure); `--all` is many
 * pages, so that memory holds a page, never the graph.
 */
import type { GraphExecutor } from '../graph/executor';
import { EXPORTED_LABELS } from '../graph/export-cypher';
import {
  articleSeeds,
  countArticles,
  countExported,
  pagesOfAllNodes,
  pagesOfArticleIds,
  readClosure,
  resolveStatementRef,
  statementSeeds,
} from '../graph/export-reader';
import type { NodeRef } from '../graph/export-reader';
import type { ExportPage, FormatWriter } from './format';

export type ExportScope =
  { kind: 'statement'; ref: string } | { kind: 'article'; ref: string } | { kind: 'all' };

/** Reports progress of an `--all` export (the CLI draws a bar; others ignore it). */
export interface ExportProgress {
  start(total: number): void;
  advance(by: number): void;
  stop(): void;
}

/** Nodes per page when walking the whole graph. */
export const DEFAULT_PAGE_SIZE = 500;
/** Articles per round trip when walking article by article. */
const ARTICLE_ID_PAGE = 100;

/** Thrown when a scope names nothing in the graph; its message is for the user. */
export class ExportScopeError extends Error {
  readonly userFacing = true;
}

/** The pages of a scope, in the walk the format needs. */
export async function* scopePages(
  executor: GraphExecutor,
  scope: ExportScope,
  walk: FormatWriter['walk'],
  options: { pageSize?: number; progress?: ExportProgress } = {},
): AsyncGenerator<ExportPage> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (scope.kind === 'statement') {
    yield closurePage(executor, await statementScopeSeeds(executor, scope.ref), null);
    return;
  }
  if (scope.kind === 'article') {
    const seeds = await articleSeeds(executor, scope.ref);
    if (seeds.length === 0) throw new ExportScopeError(`no article '${scope.ref}' (give its id or slug)`);
    yield closurePage(executor, seeds, null);
    return;
  }
  if (walk === 'nodes') {
    options.progress?.start(await countExported(executor));
    for await (const nodes of pagesOfAllNodes(executor, pageSize)) {
      yield { nodes, seeds: new Set(nodes.map((n) => n.id)), articleSlug: null };
      options.progress?.advance(nodes.length);
    }
    return;
  }
  options.progress?.start(await countArticles(executor));
  for await (const ids of pagesOfArticleIds(executor, ARTICLE_ID_PAGE)) {
    for (const id of ids) {
      const seeds = await articleSeeds(executor, id);
      const page = await closurePage(executor, seeds, null);
      const article = page.nodes.find((n) => n.id === id);
      yield { ...page, articleSlug: String(article?.props.slug ?? '') };
      options.progress?.advance(1);
    }
  }
}

async function closurePage(
  executor: GraphExecutor,
  seeds: NodeRef[],
  articleSlug: string | null,
): Promise<ExportPage> {
  const closure = await readClosure(executor, seeds);
  return { nodes: sortNodes(closure.nodes), seeds: closure.seeds, articleSlug };
}

/** Node order within a page: by label in the `--all` order, then by id, so output is stable. */
function sortNodes(nodes: ExportPage['nodes']): ExportPage['nodes'] {
  const rank = (label: string): number => (EXPORTED_LABELS as readonly string[]).indexOf(label);
  return [...nodes].sort((a, b) => rank(a.label) - rank(b.label) || compareIds(a.id, b.id));
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Seeds of a statement named by id or by `article-slug#local-id` (its current version). */
async function statementScopeSeeds(executor: GraphExecutor, ref: string): Promise<NodeRef[]> {
  const hash = ref.indexOf('#');
  const id = hash < 0 ? ref : await resolveStatementRef(executor, ref.slice(0, hash), ref.slice(hash + 1));
  const seeds = id === null ? [] : await statementSeeds(executor, id);
  if (seeds.length === 0)
    throw new ExportScopeError(`no statement '${ref}' (give its id or article-slug#local-id)`);
  return seeds;
}
