import jsonld from 'jsonld';
import { hashingContext } from '../../../src/export/contexts';
import { localDocumentLoader } from '../../../src/export/document-loader';
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

  it('expands with the shipped anno.jsonld context (and our prefixes) without dropping a term', async () => {
    const document = JSON.parse(
      JSON.stringify({ '@context': hashingContext('web-annotation'), ...annotation }),
    ) as object;
    const expanded = JSON.stringify(await jsonld.expand(document, { documentLoader: localDocumentLoader }));
    for (const iri of [
      'oa#TextQuoteSelector',
      'oa#TextPositionSelector',
      'oa#hasSelector',
      'oa#exact',
      'oa#start',
      'oa#hasBody',
      // what the annotation's id derives from: its source's local id and article
      'https://isnad.example/ns#localId',
      'https://isnad.example/ns#inArticle',
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

describe('Web Annotation target', () => {
  it('is the article URN when no URL is known, and carries no created time for a date alone', () => {
    const index = new NodeIndex(sampleNodes());
    // as written to the file: members left undefined are absent
    const annotation = JSON.parse(JSON.stringify(statementAnnotation(index, index.get('st_1')!))) as Record<
      string,
      unknown
    >;
    expect(annotation).toMatchObject({ target: { source: 'urn:isnad:art_1' } });
    expect(annotation.target).not.toHaveProperty('state');
    // the annotation's date is a date: the model's `created` is a date-time, and the ingest time is not it
    expect(annotation).not.toHaveProperty('created');
  });

  it("is the article's URL when known, with the state (Isnad's copy) the selectors count in", () => {
    const nodes = sampleNodes().map((n) =>
      n.id === 'art_1'
        ? { ...n, props: { ...n.props, url: 'https://news.example/a', publishedAt: '2026-11-24' } }
        : n,
    );
    const index = new NodeIndex(nodes);
    const annotation = JSON.parse(JSON.stringify(statementAnnotation(index, index.get('st_1')!))) as Record<
      string,
      unknown
    >;
    expect(annotation.target).toMatchObject({
      source: 'https://news.example/a',
      state: {
        type: 'TimeState',
        cached: 'urn:isnad:art_1',
        sourceDateStart: '2026-11-24T00:00:00Z',
        sourceDateEnd: '2026-11-25T00:00:00.000Z',
      },
    });
  });

  it('gives created as a UTC date-time when the annotation has a time', () => {
    const nodes = sampleNodes().map((n) =>
      n.id === 'act_1' ? { ...n, props: { ...n.props, annotatedAt: '2026-11-25T12:30:00+03:00' } } : n,
    );
    const index = new NodeIndex(nodes);
    expect(statementAnnotation(index, index.get('st_1')!)).toMatchObject({
      created: '2026-11-25T09:30:00.000Z',
    });
  });
});

describe('ClaimReview', () => {
  it('reviews a contradiction with both claims identified, their sources as authors, a url, and no rating', () => {
    const index = new NodeIndex(sampleNodes());
    const review = contradictionReview(index, index.get('as_1')!, 'https://isnad.test/') as Record<
      string,
      unknown
    >;
    expect(review).toMatchObject({
      id: 'urn:isnad:as_1',
      type: 'ClaimReview',
      url: 'https://isnad.test/#/contradiction/as_1',
      itemReviewed: {
        id: 'urn:isnad:st_2',
        type: 'Claim',
        author: {
          id: 'urn:isnad:src_1',
          type: 'Person',
          name: 'مسؤول',
          // what the claim's id derives from, so that verify can re-derive it
          'isnad:localId': 'official',
          'isnad:inArticle': { id: 'urn:isnad:art_1' },
        },
        appearance: { id: 'urn:isnad:art_1', type: 'NewsArticle' },
        'isnad:start': expect.any(Number),
        'isnad:end': expect.any(Number),
        'prov:wasRevisionOf': { id: 'urn:isnad:st_1' },
      },
      isBasedOn: { id: 'urn:isnad:st_1', type: 'Claim' },
      author: { id: 'urn:isnad:agent:team' },
      datePublished: '2026-11-25',
    });
    expect(review).not.toHaveProperty('reviewRating');
    expect(JSON.stringify(review)).not.toContain('sameAs');
  });
});
