import type { IntakeConfig } from '../../config/config';
import { LOOKUP_INTAKE_ARTICLE } from '../../graph/intake-cypher';
import { recordRetrieval } from '../../graph/intake-writer';
import type { ArticleView } from '../../graph/views';
import { idSchema } from '../../ingest/annotation-schema';
import { articleFieldsOf } from '../../intake/draft';
import { IntakeError } from '../../intake/errors';
import { parsePageUrl } from '../../intake/fetch-page';
import { intakePage } from '../../intake/intake-page';
import type { IntakeResult, PageInput } from '../../intake/intake-page';
import { retrievalProps } from '../../intake/provenance';
import type { RetrievalActivity } from '../../intake/provenance';
import type { RequestContext } from '../context';
import { apiError, ErrorCode } from '../errors';
import type { IntakePageInput } from '../generated/resolvers-types';
import { proposeArticleFromApi } from './review-propose';
import type { ProposeArticleResultModel } from './review-propose';

export interface IntakePageResultModel {
  text: string;
  headlineLine: string | null;
  paragraphs: string[];
  metadata: IntakeResult['article']['metadata'];
  retrieval: ReturnType<typeof retrievalProps> & { redirects: RetrievalActivity['redirects'] };
  language: string;
  slug: string;
  article: ArticleView | null;
  proposal: ProposeArticleResultModel | null;
  wasRevisionOf: ArticleView | null;
}

function pageInput(input: IntakePageInput): PageInput {
  const bad = (field: string, message: string) => apiError(ErrorCode.BadUserInput, message, `input.${field}`);
  if ((input.url == null) === (input.html == null)) throw bad('url', 'give url or html (one of them)');
  if (input.slug != null && !idSchema.safeParse(input.slug).success)
    throw bad('slug', 'must be lowercase kebab-case');
  if (input.pageUrl != null) {
    // the URL a saved page came from: recorded with html, never fetched, so it has no use with url
    if (input.url != null) throw bad('pageUrl', 'goes with html (the URL the HTML was saved from), not url');
    try {
      parsePageUrl(input.pageUrl);
    } catch (error) {
      throw bad('pageUrl', (error as Error).message);
    }
  }
  return input.url != null ? { url: input.url } : { html: input.html!, pageUrl: input.pageUrl ?? null };
}

/**
 * Takes in a page (intakePage) and, with `propose`, writes it into the graph: the proposer's draft
 * through proposeArticle's path (unless the text is already an article), then the RETRIEVAL
 * activity and the version link. A slug that already names another text gets the text's hash.
 */
export async function intakePageFromApi(
  ctx: RequestContext,
  config: IntakeConfig,
  input: IntakePageInput,
): Promise<IntakePageResultModel> {
  let result: IntakeResult;
  try {
    result = await intakePage(pageInput(input), config);
  } catch (error) {
    if (error instanceof IntakeError) {
      throw apiError(
        ErrorCode.BadUserInput,
        error.message,
        input.url != null ? 'input.url' : 'input.html',
        error.reason,
      );
    }
    throw error;
  }
  const { article, retrieval } = result;
  const base: IntakePageResultModel = {
    text: article.text,
    headlineLine: article.headlineLine,
    paragraphs: article.paragraphs,
    metadata: article.metadata,
    retrieval: { ...retrievalProps(retrieval), redirects: retrieval.redirects },
    language: result.proposerLanguage,
    slug: input.slug ?? result.slug,
    article: null,
    proposal: null,
    wasRevisionOf: null,
  };
  if (!input.propose) return base;

  const [found] = await ctx.executor.read<{
    slugContentHash: string | null;
    hashArticleId: string | null;
    hashSlug: string | null;
  }>({
    cypher: LOOKUP_INTAKE_ARTICLE,
    params: { slug: base.slug, contentHash: retrieval.textSha256 },
  });
  let articleId = found?.hashArticleId ?? null;
  if (articleId !== null) base.slug = found!.hashSlug ?? base.slug;
  else {
    if (found?.slugContentHash != null) base.slug = `${base.slug}-${retrieval.textSha256.slice(0, 8)}`;
    base.proposal = await proposeArticleFromApi(
      ctx,
      {
        text: article.text,
        language: result.proposerLanguage,
        slug: base.slug,
        outlet: input.outlet ?? null,
      },
      articleFieldsOf(result),
    );
    articleId = base.proposal.article.id;
  }
  const id = articleId;
  const recorded = await ctx.executor.writeTransaction((run) =>
    recordRetrieval(run, id, { activity: retrieval, metadata: article.metadata }),
  );
  const load = (id: string) => ctx.loaders.node('Article').load(id) as Promise<ArticleView>;
  base.article = await load(articleId);
  base.wasRevisionOf = recorded.revisionOfId ? await load(recorded.revisionOfId) : null;
  return base;
}
