/**
 * W3C Web Annotation: each statement is an annotation of its article. The target carries a
 * TextQuoteSelector (the exact words, with prefix and suffix) and a TextPositionSelector whose
 * start and end count Unicode code points, as the Web Annotation model specifies. The statement
 * is the annotation, so the annotation's IRI is the statement's.
 */
import type { Writable } from 'node:stream';
import type { ExportNode } from '../../graph/export-reader';
import { sliceCodePoints } from '../../text/spans';
import { ANNO_CONTEXT_URL } from '../document-loader';
import type { ExportItem, ExportPage, FormatWriter } from '../format';
import { nodeIri } from '../iri';
import { NodeIndex, num, str } from '../node-index';
import { hashJsonNodes, JsonGraphStream } from './json-graph-stream';

/** Code points of context taken from the article when the annotator recorded no prefix/suffix. */
const CONTEXT_LENGTH = 32;

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi']);

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

  return {
    id: nodeIri(statement.id),
    type: 'Annotation',
    motivation: 'describing',
    created: statement.generatedAt ?? undefined,
    creator: annotator && nodeIri(annotator.id),
    generator: software && nodeIri(software.id),
    body: [
      ...(source ? [{ type: 'SpecificResource', purpose: 'identifying', source: nodeIri(source.id) }] : []),
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
      source: article ? nodeIri(article.id) : undefined,
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

export class WebAnnotationWriter implements FormatWriter {
  readonly walk = 'articles' as const;
  private readonly stream = new JsonGraphStream(ANNO_CONTEXT_URL);

  begin(out: Writable): Promise<void> {
    return this.stream.begin(out);
  }

  async writePage(page: ExportPage): Promise<ExportItem[]> {
    const index = new NodeIndex(page.nodes);
    const annotations = page.nodes
      .filter((node) => node.label === 'Statement' && page.seeds.has(node.id))
      .sort((a, b) => (num(a, 'start') ?? 0) - (num(b, 'start') ?? 0) || a.id.localeCompare(b.id))
      .map((statement) => statementAnnotation(index, statement));
    if (annotations.length === 0) return [];
    const items = await hashJsonNodes(ANNO_CONTEXT_URL, annotations);
    await this.stream.writeNodes(annotations);
    return items;
  }

  end(): Promise<void> {
    return this.stream.end();
  }
}
