/**
 * schema.org ClaimReview, one per current contradiction assessment: the reviewed claim is the
 * assessment's `from` statement, the claim it conflicts with is `isBasedOn`, each with its source
 * as author and its article as appearance. Every thing has its `@id` (the node's IRI), so that in
 * RDF claims, authors, articles and outlets are named nodes, each its own item; the review's `url`
 * is the fact-checker's page of the contradiction under the base IRI. There is no `reviewRating`:
 * an assessment records a relation between two claims, not a verdict on either, and a rating would
 * look like one.
 */
import type { Writable } from 'node:stream';
import type { ExportNode } from '../../graph/export-reader';
import { contextValue, hashingContext } from '../contexts';
import type { ExportItem, ExportPage, FormatWriter, WriterOptions } from '../format';
import { nodeIri } from '../iri';
import { NodeIndex, num, str } from '../node-index';
import { revisionOf, sourceParts } from './id-parts';
import { hashJsonNodes, JsonGraphStream } from './json-graph-stream';

/** Sources that are one person are `Person`s; groups, institutions and the outlet's voice are not. */
const PERSON_KINDS = new Set(['NAMED_PERSON', 'ANONYMOUS_INDIVIDUAL']);

const XSD_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The page that shows a contradiction (the web page's `#/contradiction/<id>` route). */
export function reviewUrl(baseIri: string, assessmentId: string): string {
  return `${baseIri}#/contradiction/${encodeURIComponent(assessmentId)}`;
}

function claim(index: NodeIndex, statement: ExportNode): object {
  const source = index.first(statement, 'ATTRIBUTED_TO');
  const article = index.first(statement, 'IN_ARTICLE');
  const publisher = article && index.first(article, 'PUBLISHED_BY');
  return {
    id: nodeIri(statement.id),
    type: 'Claim',
    text: str(statement, 'quote'),
    inLanguage: str(statement, 'language'),
    // where the text is in the article (code points), and what the claim's id derives from
    'isnad:start': num(statement, 'start'),
    'isnad:end': num(statement, 'end'),
    ...revisionOf(statement),
    author: source && {
      id: nodeIri(source.id),
      type: PERSON_KINDS.has(str(source, 'kind') ?? '') ? 'Person' : 'Organization',
      name: str(source, 'label'),
      alternateName: str(source, 'labelEn'),
      description: str(source, 'kind'),
      ...sourceParts(source, article),
    },
    appearance: article && {
      id: nodeIri(article.id),
      type: 'NewsArticle',
      url: str(article, 'url'),
      headline: str(article, 'headline'),
      inLanguage: str(article, 'language'),
      publisher: publisher && {
        id: nodeIri(publisher.id),
        type: 'Organization',
        name: str(publisher, 'name'),
      },
    },
  };
}

/** A date as schema.org's Date, a date-time as its DateTime (the context types the term as Date). */
function schemaDate(value: string | undefined): unknown {
  if (value === undefined || XSD_DATE.test(value)) return value;
  return { '@value': value, '@type': 'schema:DateTime' };
}

/** The ClaimReview of one contradiction assessment, or null when a claim is not in the page. */
export function contradictionReview(
  index: NodeIndex,
  assessment: ExportNode,
  baseIri: string,
): object | null {
  const from = index.first(assessment, 'FROM');
  const to = index.first(assessment, 'TO');
  if (from?.label !== 'Statement' || to?.label !== 'Statement') return null;
  const asserter = index.first(assessment, 'ASSERTED_BY');
  const activity = index.first(assessment, 'WAS_GENERATED_BY');
  return {
    id: nodeIri(assessment.id),
    type: 'ClaimReview',
    url: reviewUrl(baseIri, assessment.id),
    claimReviewed: str(from, 'quote'),
    reviewAspect: 'contradiction',
    reviewBody: str(assessment, 'rationale'),
    itemReviewed: claim(index, from),
    isBasedOn: claim(index, to),
    author: asserter && {
      id: nodeIri(asserter.id),
      type: str(asserter, 'kind') === 'PERSON' ? 'Person' : 'Organization',
      name: str(asserter, 'name'),
    },
    // the annotator's date, never the time of the ingest
    datePublished: schemaDate(str(activity, 'annotatedAt')),
    // what the review's id derives from beyond its claims and author
    'isnad:method': str(assessment, 'method'),
    'isnad:rule': str(assessment, 'rule'),
    ...revisionOf(assessment),
  };
}

export class ClaimReviewWriter implements FormatWriter {
  readonly walk = 'articles' as const;
  private readonly stream: JsonGraphStream;
  /** Items already listed: a claim, source or outlet shared by reviews of two articles is one item. */
  private readonly listed = new Map<string, string>();

  constructor(private readonly options: WriterOptions) {
    this.stream = new JsonGraphStream(contextValue('claimreview', options));
  }

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
      .map((assessment) => contradictionReview(index, assessment, this.options.baseIri))
      .filter((review): review is object => review !== null);
    if (reviews.length === 0) return [];
    const items = (await hashJsonNodes(hashingContext('claimreview'), reviews)).filter((item) => {
      const seen = this.listed.get(item.id);
      if (seen === undefined) {
        this.listed.set(item.id, item.hash);
        return true;
      }
      // the same node described twice must be described alike, or the file would merge two versions
      if (seen !== item.hash) throw new Error(`ClaimReview export: ${item.id} is described two ways`);
      return false;
    });
    await this.stream.writeNodes(reviews);
    return items;
  }

  async end(): Promise<ExportItem[]> {
    await this.stream.end();
    return [];
  }
}
