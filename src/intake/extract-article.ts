import { Readability } from '@mozilla/readability';
import { IntakeError } from './errors';
import { readMetadata } from './metadata';
import type { MetaDocument, PageMetadata } from './metadata';
import { normaliseParagraph, WHITESPACE_NORMALISATION } from './normalise';
import { paragraphsOf } from './paragraphs';
import { parseDocument } from './parse-document';
import { extractorVersions } from './versions';
import type { ExtractorInfo } from './versions';

/** The article a page holds: its exact text (one paragraph a line), what it says about itself. */
export interface ExtractedArticle {
  /** Headline line (when the page shows one) and paragraphs, joined by U+000A, no final newline. */
  text: string;
  /** The headline line at the start of `text`, or null when the page shows no `<h1>`. */
  headlineLine: string | null;
  paragraphs: string[];
  metadata: PageMetadata;
  extractor: ExtractorInfo;
  normalisation: string;
}

/**
 * Extracts the main text of a page with Mozilla's Readability over a linkedom DOM, and the page's
 * metadata from the untouched document (Readability changes the DOM it reads). Paragraphs are found
 * by `paragraphsOf`; the headline line is the page's first `<h1>` (inside `<article>` when there is
 * one), not a title from metadata, so the text holds only words the page shows.
 *
 * @throws IntakeError NO_ARTICLE when the page holds no HTML or Readability finds no main text.
 */
export function extractArticle(
  html: string,
  baseUrl: string | null,
  contentLanguage: string | null = null,
): ExtractedArticle {
  const metadata = readMetadata(parseDocument(html) as unknown as MetaDocument, baseUrl, contentLanguage);
  const document = parseDocument(html);
  const scope = document.querySelector('article') ?? document;
  const h1 = scope.querySelector('h1')?.textContent ?? document.querySelector('h1')?.textContent ?? null;
  const headlineLine = h1 === null ? null : normaliseParagraph(h1) || null;
  // disableJSONLD: the metadata above is read by our own rules, with origins; Readability's is unused.
  const reader = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    disableJSONLD: true,
    serializer: (node) => node,
  });
  const parsed = reader.parse();
  const content = parsed?.content as Parameters<typeof paragraphsOf>[0] | null | undefined;
  const body = content ? paragraphsOf(content) : [];
  if (body.length === 0) throw new IntakeError('NO_ARTICLE', 'no article text was found in the page');
  // Readability keeps the headline in the content when it does not recognise it as the title.
  const paragraphs = headlineLine !== null && body[0] === headlineLine ? body.slice(1) : body;
  const lines = headlineLine === null ? paragraphs : [headlineLine, ...paragraphs];
  return {
    text: lines.join('\n'),
    headlineLine,
    paragraphs,
    metadata,
    extractor: extractorVersions(),
    normalisation: WHITESPACE_NORMALISATION,
  };
}
