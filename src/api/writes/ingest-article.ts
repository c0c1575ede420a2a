import { isnadTool } from '../../ingest/tool-info';
import { ingestResolved } from '../../ingest/ingest-service';
import { parseAnnotation } from '../../ingest/load-annotation';
import { resolveLoadedAnnotation } from '../../ingest/resolve-anchors';
import type { ArticleView, ActivityView } from '../../graph/views';
import type { RequestContext } from '../context';
import { apiError, ErrorCode } from '../errors';
import type { IngestArticleInput } from '../generated/resolvers-types';
import type { IngestArticleResultModel } from '../models';
import { toApiError } from './map-annotation-error';

/** The same validation and transaction as `isnad ingest`, from text sent by the client. */
export async function ingestArticleFromApi(
  ctx: RequestContext,
  input: IngestArticleInput,
): Promise<IngestArticleResultModel> {
  try {
    const annotation = parseAnnotation(input.annotation, 'annotation');
    if (annotation.kind === 'annotation' && annotation.article.retrievalRecord !== undefined) {
      // The API reads no files: a page taken in through it has its retrieval recorded by intakePage.
      throw apiError(
        ErrorCode.BadUserInput,
        'article.retrievalRecord names a file, which the API does not read; take the page in with intakePage, or ingest the files with isnad ingest',
        'input.annotation.article.retrievalRecord',
      );
    }
    const resolved = resolveLoadedAnnotation({
      file: 'annotation',
      annotation,
      articlePath: 'articleText',
      articleBytes: Buffer.from(input.articleText, 'utf8'),
    });
    const result = await ingestResolved(ctx.executor, resolved, isnadTool());
    const article = (await ctx.loaders.node('Article').load(result.articleId)) as ArticleView;
    const activity =
      result.activityId === null
        ? null
        : ((await ctx.loaders.node('Activity').load(result.activityId)) as ActivityView);
    return {
      article,
      activity,
      statementsCreated: result.activityId === null ? 0 : result.statements,
      nodesCreated: result.nodesCreated,
      relationshipsCreated: result.relationshipsCreated,
    };
  } catch (error) {
    throw toApiError(error, 'input.annotation.');
  }
}
