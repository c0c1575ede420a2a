import { PROPOSER_LANGUAGES, proposeAnnotations } from '../../extract';
import type { ExistingStatement, ProposerLanguage } from '../../extract';
import { EXISTING_STATEMENTS } from '../../graph/queries/existing-statements';
import { PROPOSAL_ITEMS } from '../../graph/review-cypher';
import type { ActivityView, ArticleView, AssessmentView, StatementView } from '../../graph/views';
import { idSchema } from '../../ingest/annotation-schema';
import type { Outlet } from '../../ingest/annotation-schema';
import { ingestResolved } from '../../ingest/ingest-service';
import { resolveAnnotation } from '../../ingest/resolve-anchors';
import type { ResolvedAnnotation } from '../../ingest/resolved-annotation';
import { isnadTool } from '../../ingest/tool-info';
import type { RequestContext } from '../context';
import { apiError, ErrorCode } from '../errors';
import type { ProposeArticleInput } from '../generated/resolvers-types';
import { toApiError } from './map-annotation-error';

export interface ProposeArticleResultModel {
  article: ArticleView;
  activity: ActivityView | null;
  statements: StatementView[];
  assessments: AssessmentView[];
}

/** How many of the graph's newest current statements a proposal is compared against. */
const EXISTING_LIMIT = 5_000;

function validate(input: ProposeArticleInput): void {
  const bad = (field: string, message: string) => apiError(ErrorCode.BadUserInput, message, `input.${field}`);
  if (!(PROPOSER_LANGUAGES as readonly string[]).includes(input.language)) {
    throw bad('language', `must be one of ${PROPOSER_LANGUAGES.join(', ')}`);
  }
  if (input.text.trim() === '') throw bad('text', 'must not be empty');
  if (!idSchema.safeParse(input.slug).success) throw bad('slug', 'must be lowercase kebab-case');
  const outlet = input.outlet;
  if (outlet && !idSchema.safeParse(outlet.id).success)
    throw bad('outlet.id', 'must be lowercase kebab-case');
  if (outlet && !idSchema.safeParse(outlet.ownerId).success) {
    throw bad('outlet.ownerId', 'must be lowercase kebab-case');
  }
}

const toOutlet = (o: NonNullable<ProposeArticleInput['outlet']>): Outlet => ({
  id: o.id,
  name: o.name,
  ...(o.nameOriginal ? { nameOriginal: o.nameOriginal } : {}),
  owner: { id: o.ownerId, name: o.ownerName },
});

/**
 * Runs the proposer on a new article and writes its draft through the ingest path (the same
 * records, one transaction), marked as the proposer's: the annotator is the proposer's tool agent
 * with its version, and every source, statement and assessment is `method: RULE`, `status:
 * PROPOSED`, with the rules behind it.
 */
export async function proposeArticleFromApi(
  ctx: RequestContext,
  input: ProposeArticleInput,
  /** What the intake knows of the article from its page (URL, date); the proposer knows none of it. */
  articleFields: Partial<Pick<ResolvedAnnotation['article'], 'url' | 'retrievedFrom' | 'publishedAt'>> = {},
): Promise<ProposeArticleResultModel> {
  validate(input);
  // Candidates against the graph too, as proposeAnnotations does (the newest statements, capped).
  const existing = await ctx.executor.read<ExistingStatement>({
    cypher: EXISTING_STATEMENTS,
    params: { limit: EXISTING_LIMIT },
  });
  const proposal = proposeAnnotations({
    text: input.text,
    language: input.language as ProposerLanguage,
    slug: input.slug,
    existing,
    ...(input.outlet ? { outlet: toOutlet(input.outlet) } : {}),
  });
  const rulesOf = (notes: Record<string, { rules: string[] }>) =>
    Object.fromEntries(Object.entries(notes).map(([id, note]) => [id, note.rules]));
  try {
    // Marked as the proposer's before it is checked: its statements may lack glosses (an Arabic
    // article's all do), which a person's annotation may not.
    const resolved: ResolvedAnnotation = resolveAnnotation(
      { ...proposal.annotation, article: { ...proposal.annotation.article, ...articleFields } },
      Buffer.from(input.text, 'utf8'),
      'input.text',
      `proposal-${input.slug}`,
      { statements: rulesOf(proposal.notes.statements), sources: rulesOf(proposal.notes.sources) },
    );
    const result = await ingestResolved(ctx.executor, resolved, isnadTool());
    const [items] = await ctx.executor.read<{ statementIds: string[]; assessmentIds: string[] }>({
      cypher: PROPOSAL_ITEMS,
      params: { articleId: result.articleId },
    });
    const [article, activity, statements, assessments] = await Promise.all([
      ctx.loaders.node('Article').load(result.articleId) as Promise<ArticleView>,
      result.activityId === null
        ? null
        : (ctx.loaders.node('Activity').load(result.activityId) as Promise<ActivityView>),
      ctx.loaders.statement.loadMany(items?.statementIds ?? []),
      ctx.loaders.assessment.loadMany(items?.assessmentIds ?? []),
    ]);
    const present = <T>(rows: (T | Error | null)[]): T[] =>
      rows.filter((r): r is T => r !== null && !(r instanceof Error));
    return { article, activity, statements: present(statements), assessments: present(assessments) };
  } catch (error) {
    throw toApiError(error, 'input.');
  }
}
