import jsonld from 'jsonld';
import { ANNO_CONTEXT_URL, localDocumentLoader } from '../../../src/export/document-loader';
import { contradictionReview } from '../../../src/export/formats/claimreview';
import { statementAnnotation } from '../../../src/export/formats/web-annotation';
import { NodeIndex } from '../../../src/export/node-index';
import { ARTICLE_TEXT, QUOTE, QUOTE_START, sampleNodes } from './export-fixtures';

describe('Web Annotation', () => {
  const nodes = sampleNodes();
  const index = new NodeIndex(nodes);
  const annotation = statementAnnotation(index, index.get('st_1')!) as {
    target: { selector: { type: string; start?: number; end?: number; exact?: string; prefix?: string }[] };
  };

  it('counts TextPositionSelector offsets in code points, past an emoji', () => {
    const position = annotation.target.selector.find((s) => s.type === 'TextPositionSelector')!;
    expect(ARTICLE_TEXT.indexOf(QUOTE)).toBe(QUOTE_START + 1); // UTF-16 counts the emoji twice
    expect(position).toMatchObject({ start: QUOTE_START, end: QUOTE_START + [...QUOTE].length });
    expect([...ARTICLE_TEXT].slice(position.start, position.end).join('')).toBe(QUOTE);
  });

  it('quotes the exact words with a prefix cut at code points, never inside the emoji', () => {
    const quote = annotation.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
    expect(quote.exact).toBe(QUOTE);
    expect(quote.prefix).toBe(ARTICLE_TEXT.slice(0, ARTICLE_TEXT.indexOf(QUOTE)));
    expect(quote.prefix).toContain('🚀');
  });

  it('expands with the shipped anno.jsonld context without dropping a term', async () => {
    const document = JSON.parse(JSON.stringify({ '@context': ANNO_CONTEXT_URL, ...annotation })) as object;
    const expanded = JSON.stringify(await jsonld.expand(document, { documentLoader: localDocumentLoader }));
    for (const iri of [
      'oa#TextQuoteSelector',
      'oa#TextPositionSelector',
      'oa#hasSelector',
      'oa#exact',
      'oa#start',
      'oa#hasBody',
    ]) {
      expect(expanded).toContain(iri);
    }
    const keys = (value: unknown): string[] =>
      Array.isArray(value)
        ? value.flatMap(keys)
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([k, v]) => [k, ...keys(v)])
          : [];
    // every key of the expanded form is an IRI or a keyword: nothing was left undefined
    expect(keys(JSON.parse(expanded)).filter((k) => !k.startsWith('@') && !k.includes(':'))).toEqual([]);
  });
});

describe('ClaimReview', () => {
  it('reviews a contradiction with both claims and their sources as authors, and no rating', () => {
    const index = new NodeIndex(sampleNodes());
    const review = contradictionReview(index, index.get('as_1')!) as Record<string, unknown>;
    expect(review).toMatchObject({
      type: 'ClaimReview',
      itemReviewed: { type: 'Claim', sameAs: 'urn:isnad:st_2', author: { type: 'Person', name: 'مسؤول' } },
      isBasedOn: { type: 'Claim', sameAs: 'urn:isnad:st_1' },
    });
    expect(review).not.toHaveProperty('reviewRating');
  });
});
