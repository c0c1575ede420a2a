/**
 * schema.org ClaimReview, one per current contradiction assessment: the reviewed claim is the
 * assessment's `from` statement, the claim it conflicts with is `isBasedOn`, each with its source
 * as author and its article as appearance. There is no `reviewRating`: an assessment records a
 * relation between two claims, not a verdict on either, and a rating would look like one.
 */
import type { Writable } from 'node:stream';
import type { ExportNode } from '../../graph/export-reader';
import { SCHEMA_CONTEXT_URL } from '../document-loader';
import type { ExportItem, ExportPage, FormatWriter } from '../format';
import { nodeIri } from '../iri';
import { NodeIndex, str } from '../node-index';
import { hashJsonNodes, JsonGraphStream } from './json-graph-stream';

/** Sources that are one person are `Person`s; groups, institutions and the outlet's voice are not. */
const PERSON_KINDS = new Set(['NAMED_PERSON', 'ANONYMOUS_INDIVIDUAL']);

function claim(index: NodeIndex, statement: ExportNode): object {
  const source = index.first(statement, 'ATTRIBUTED_TO');
  const article = index.first(statement, 'IN_ARTICLE');
  const publisher = article && index.first(article, 'PUBLISHED_BY');
  return {
    type: 'Claim',
    sameAs: nodeIri(statement.id),
    text: str(statement, 'quote'),
    inLanguage: str(statement, 'language'),
    author: source && {
      type: PERSON_KINDS.has(str(source, 'kind') ?? '') ? 'Person' : 'Organization',
      sameAs: nodeIri(source.id),
      name: str(source, 'label'),
      alternateName: str(source, 'labelEn'),
      description: str(source, 'kind'),
    },
    appearance: article && {
      type: 'NewsArticle',
      sameAs: nodeIri(article.id),
      url: str(article, 'url'),
      headline: str(article, 'headline'),
      inLanguage: str(article, 'language'),
      publisher: publisher && {
        type: 'Organization',
        sameAs: nodeIri(publisher.id),
        name: str(publisher, 'name'),
      },
    },
  };
}

/** The ClaimReview of one contradiction assessment, or null when a claim is not in the page. */
export function contradictionReview(index: NodeIndex, assessment: ExportNode): object | null {
  const from = index.first(assessment, 'FROM');
  const to = index.first(assessment, 'TO');
  if (from?.label !== 'Statement' || to?.label !== 'Statement') return null;
  const asserter = index.first(assessment, 'ASSERTED_BY');
  const activity = index.first(assessment, 'WAS_GENERATED_BY');
  return {
    id: nodeIri(assessment.id),
    type: 'ClaimReview',
    claimReviewed: str(from, 'quote'),
    reviewAspect: 'contradiction',
    reviewBody: str(assessment, 'rationale'),
    itemReviewed: claim(index, from),
    isBasedOn: claim(index, to),
    author: asserter && {
      type: str(asserter, 'kind') === 'PERSON' ? 'Person' : 'Organization',
      sameAs: nodeIri(asserter.id),
      name: str(asserter, 'name'),
    },
    datePublished: str(activity, 'annotatedAt'),
  };
}

export class ClaimReviewWriter implements FormatWriter {
  readonly walk = 'articles' as const;
  private readonly stream = new JsonGraphStream(SCHEMA_CONTEXT_URL);

  begin(out: Writable): Promise<void> {
    return this.stream.begin(out);
  }

  async writePage(page: ExportPage): Promise<ExportItem[]> {
    const index = new NodeIndex(page.nodes);
    const reviews = page.nodes
      .filter(
        (node) =>
          node.label === 'Assessment' &&
          page.seeds.has(node.id) &&
          node.props.relation === 'CONTRADICTS' &&
          index.incoming(node.id, 'SUPERSEDES').length === 0 &&
          // walking article by article, a review belongs to the article whose annotation recorded it
          (page.articleSlug === null || node.props.articleSlug === page.articleSlug),
      )
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((assessment) => contradictionReview(index, assessment))
      .filter((review): review is object => review !== null);
    if (reviews.length === 0) return [];
    const items = await hashJsonNodes(SCHEMA_CONTEXT_URL, reviews);
    await this.stream.writeNodes(reviews);
    return items;
  }

  end(): Promise<void> {
    return this.stream.end();
  }
}
