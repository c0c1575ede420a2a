/**
 * W3C Web Annotation: an AnnotationCollection of the scope, with one AnnotationPage per article,
 * each holding that article's statements as annotations. The target carries a TextQuoteSelector
 * (the exact words, with prefix and suffix) and a TextPositionSelector whose start and end count
 * Unicode code points, as the Web Annotation model specifies. The statement is the annotation, so
 * the annotation's IRI is the statement's.
 *
 * The document is the collection itself; its first page is embedded as `first`, the others follow
 * in `@included` (JSON-LD 1.1), each linked by `next`/`prev`, and `last` and `total` close the
 * object. A page is written once the next one is known, so memory holds one article's annotations.
 */
import type { Writable } from 'node:stream';
import type { ExportNode } from '../../graph/export-reader';
import { sliceCodePoints } from '../../text/spans';
import { contextValue, hashingContext } from '../contexts';
import type { ExportItem, ExportPage, FormatWriter, WriterOptions } from '../format';
import { writeText } from '../format';
import { nodeIri } from '../iri';
import { NodeIndex, num, str } from '../node-index';
import type { ExportScope } from '../scope';
import { revisionOf, sourceParts } from './id-parts';
import { hashJsonNodes, indentJson } from './json-graph-stream';

/** Code points of context taken from the article when the annotator recorded no prefix/suffix. */
const CONTEXT_LENGTH = 32;

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi']);

const XSD_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date-time in UTC with 'Z', as the model requires of `created` and `sourceDate`; else undefined. */
function utcDateTime(value: string | undefined): string | undefined {
  if (value === undefined || XSD_DATE.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * The state of the article that the selectors were made on: Isnad's copy (`cached`, the article's
 * IRI, whose text the bundle carries) at the time of the article's date (published, else annotated).
 * A date without a time becomes the UTC day it names (the model's `sourceDate` is a date-time).
 */
function timeState(article: ExportNode, annotatedAt: string | undefined): object {
  const dates = [str(article, 'publishedAt'), annotatedAt].filter((d): d is string => d !== undefined);
  const at = dates.map(utcDateTime).find((d) => d !== undefined);
  const day = dates.find((d) => XSD_DATE.test(d));
  const window =
    at !== undefined
      ? { sourceDate: at }
      : day !== undefined
        ? {
            sourceDateStart: `${day}T00:00:00Z`,
            sourceDateEnd: new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString(),
          }
        : {};
  return { type: 'TimeState', cached: nodeIri(article.id), ...window };
}

/** The annotation of one statement, as a JSON-LD node object in the anno.jsonld context. */
export function statementAnnotation(index: NodeIndex, statement: ExportNode): object {
  const article = index.first(statement, 'IN_ARTICLE');
  const source = index.first(statement, 'ATTRIBUTED_TO');
  const activity = index.first(statement, 'WAS_GENERATED_BY');
  const role = (name: string) => (props: Record<string, unknown>) => props.role === name;
  const annotator = activity && index.first(activity, 'WAS_ASSOCIATED_WITH', role('annotator'));
  const software = activity && index.first(activity, 'WAS_ASSOCIATED_WITH', role('software'));
  const start = num(statement, 'start') ?? 0;
  const end = num(statement, 'end') ?? 0;
  const text = str(article, 'text');
  const language = str(statement, 'language');
  const glosses = index.incoming(statement.id, 'GLOSS_OF');
  const tags = [str(statement, 'mode'), str(statement, 'cue')].filter((t): t is string => t !== undefined);
  const annotatedAt = str(activity, 'annotatedAt');
  const url = str(article, 'url');

  return {
    id: nodeIri(statement.id),
    type: 'Annotation',
    motivation: 'describing',
    // the annotator's own time; a date alone cannot be the model's date-time, so it is left out
    created: utcDateTime(annotatedAt),
    creator: annotator && nodeIri(annotator.id),
    generator: software && nodeIri(software.id),
    // what the statement's id derives from beyond the target: what it corrects, and its source's local id
    ...revisionOf(statement),
    body: [
      ...(source
        ? [
            {
              type: 'SpecificResource',
              purpose: 'identifying',
              source: { id: nodeIri(source.id), ...sourceParts(source, article) },
            },
          ]
        : []),
      ...glosses.map((gloss) => ({
        type: 'TextualBody',
        purpose: 'describing',
        value: str(gloss, 'text'),
        language: str(gloss, 'language'),
        format: 'text/plain',
      })),
      ...tags.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value })),
    ],
    target: {
      type: 'SpecificResource',
      // the article's web address when known; the selectors count in Isnad's copy (the state)
      source: url ?? (article ? nodeIri(article.id) : undefined),
      state: url !== undefined && article ? timeState(article, annotatedAt) : undefined,
      language,
      textDirection: language !== undefined && RTL_LANGUAGES.has(language.split('-')[0]!) ? 'rtl' : 'ltr',
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: str(statement, 'quote'),
          prefix:
            str(statement, 'prefix') ??
            (text && sliceCodePoints(text, Math.max(0, start - CONTEXT_LENGTH), start)),
          suffix: str(statement, 'suffix') ?? (text && sliceCodePoints(text, end, end + CONTEXT_LENGTH)),
        },
        { type: 'TextPositionSelector', start, end },
      ],
    },
  };
}

/** The collection's IRI part for a scope: `statement:<ref>`, `article:<ref>` or `all`. */
function scopeKey(scope: ExportScope): string {
  return scope.kind === 'all' ? 'all' : `${scope.kind}:${encodeURIComponent(scope.ref)}`;
}

function scopeLabel(scope: ExportScope): string {
  switch (scope.kind) {
    case 'all':
      return 'Isnad: the statements of every article';
    case 'article':
      return `Isnad: the statements of article ${scope.ref}`;
    case 'statement':
      return `Isnad: statement ${scope.ref}, with the versions that replace it`;
  }
}

/** The IRI of the collection of a scope, and of its pages (numbered from 1). */
export function collectionIri(scope: ExportScope): string {
  return nodeIri(`collection:${scopeKey(scope)}`);
}
export function pageIri(scope: ExportScope, n: number): string {
  return nodeIri(`page:${scopeKey(scope)}:${n}`);
}

export class WebAnnotationWriter implements FormatWriter {
  readonly walk = 'articles' as const;
  private out: Writable | null = null;
  /** The last page read, written when the next one (or the end) is known. */
  private pending: Record<string, unknown> | null = null;
  private pages = 0;
  private total = 0;
  private readonly collection: string;
  private readonly label: string;

  constructor(private readonly options: WriterOptions) {
    this.collection = collectionIri(options.scope);
    this.label = scopeLabel(options.scope);
  }

  async begin(out: Writable): Promise<void> {
    this.out = out;
    const context = indentJson(contextValue('web-annotation', this.options), '  ');
    await writeText(
      out,
      `{\n  "@context": ${context},\n  "id": ${JSON.stringify(this.collection)},\n` +
        `  "type": "AnnotationCollection",\n  "label": ${JSON.stringify(this.label)}`,
    );
  }

  /** Reads a page; writes (and returns the items of) the page before it, now that its `next` is known. */
  async writePage(page: ExportPage): Promise<ExportItem[]> {
    const index = new NodeIndex(page.nodes);
    const annotations = page.nodes
      .filter((node) => node.label === 'Statement' && page.seeds.has(node.id))
      .sort((a, b) => (num(a, 'start') ?? 0) - (num(b, 'start') ?? 0) || a.id.localeCompare(b.id))
      .map((statement) => statementAnnotation(index, statement));
    if (annotations.length === 0) return [];
    const n = ++this.pages;
    const node: Record<string, unknown> = {
      id: pageIri(this.options.scope, n),
      type: 'AnnotationPage',
      partOf: this.collection,
      startIndex: this.total,
      ...(n > 1 ? { prev: pageIri(this.options.scope, n - 1) } : {}),
      items: annotations,
    };
    this.total += annotations.length;
    const before = this.pending;
    this.pending = node;
    if (before === null) return [];
    before.next = node.id;
    return this.flush(before, n - 1);
  }

  /** Writes page `n`: the first as the collection's `first`, the others in `@included`. */
  private async flush(page: Record<string, unknown>, n: number): Promise<ExportItem[]> {
    const text =
      n === 1
        ? `,\n  "first": ${indentJson(page, '  ')}`
        : `${n === 2 ? ',\n  "@included": [\n' : ',\n'}    ${indentJson(page, '    ')}`;
    await writeText(this.out!, text);
    return hashJsonNodes(hashingContext('web-annotation'), [page]);
  }

  async end(): Promise<ExportItem[]> {
    const items = this.pending === null ? [] : await this.flush(this.pending, this.pages);
    const ends =
      this.pages > 0
        ? { first: pageIri(this.options.scope, 1), last: pageIri(this.options.scope, this.pages) }
        : {};
    await writeText(
      this.out!,
      `${this.pages > 1 ? '\n  ]' : ''}${ends.last !== undefined ? `,\n  "last": ${JSON.stringify(ends.last)}` : ''}` +
        `,\n  "total": ${this.total}\n}\n`,
    );
    const collection = {
      id: this.collection,
      type: 'AnnotationCollection',
      label: this.label,
      ...ends,
      total: this.total,
    };
    return [...items, ...(await hashJsonNodes(hashingContext('web-annotation'), [collection]))];
  }
}
