import path from 'node:path';
import type { IsnadYoga } from '../../../src/api/create-yoga';
import { ingestFiles } from '../../../src/ingest/ingest-files';
import { isnadTool } from '../../../src/ingest/tool-info';
import { sliceCodePoints } from '../../../src/text/spans';
import { graphql, graphqlData, openSeededApi, warmUpApi, WARM_UP_TIMEOUT_MS } from '../../support/api';
import type { TestGraph } from '../../support/graph';
import { FIXTURES_DIR } from '../../support/seed';

interface Range {
  start: number;
  end: number;
}
interface Match {
  field: 'ORIGINAL' | 'GLOSS';
  text: string;
  language: string;
  highlights: Range[];
}
interface Hit {
  matched: 'ORIGINAL' | 'GLOSS';
  matchedText: string;
  matchedLanguage: string;
  highlights: Range[];
  matches: Match[];
  statement: { id: string; text: string; article: { slug: string } };
}

const SEARCH = /* GraphQL */ `
  query ($q: String!, $language: String) {
    search(query: $q, language: $language, first: 100) {
      totalCount
      edges {
        node {
          matched
          matchedText
          matchedLanguage
          highlights {
            start
            end
          }
          matches {
            field
            text
            language
            highlights {
              start
              end
            }
          }
          statement {
            id
            text
            article {
              slug
            }
          }
        }
      }
    }
  }
`;

/** An English article whose statements have Arabic glosses (tests/fixtures/annotations). */
const FIXTURE_SLUG = 'cedar-wire-irbil-troops';

/** The spellings of "American" in the issue: each must find what أميركي finds. */
const AMERICAN_SPELLINGS = [
  ['أميركي', 'the spelling the seed uses'],
  ['اميركي', 'without the hamza'],
  ['الاميركيه', 'with the article and ه for ة'],
  ['أَمِيرْكِيّ', 'with tashkeel'],
  ['أمريكي', 'with ي after ر'],
  ['امريكي', 'with ي after ر, without the hamza'],
  ['الأمريكية', 'with ي after ر, the article and ة'],
  ['American', 'in English, the word أميركي transliterates'],
] as const;

describe('search: spellings, stemming, cross-language matches and highlights (issue 17)', () => {
  let graph: TestGraph;
  let yoga: IsnadYoga;

  const search = async (q: string, language: string | null = null) =>
    (
      await graphqlData<{ search: { totalCount: number; edges: { node: Hit }[] } }>(yoga, SEARCH, {
        q,
        language,
      })
    ).search;
  /** The seed statements a query finds (the fixture article added here left out). */
  const ids = async (q: string): Promise<string[]> =>
    (await search(q)).edges
      .filter((e) => e.node.statement.article.slug !== FIXTURE_SLUG)
      .map((e) => e.node.statement.id)
      .sort();
  const words = (text: string, ranges: Range[]): string[] =>
    ranges.map(({ start, end }) => sliceCodePoints(text, start, end));

  beforeAll(async () => {
    ({ graph, yoga } = await openSeededApi());
    await ingestFiles(
      graph.executor,
      [path.join(FIXTURES_DIR, 'arabic-glosses.annotation.yaml')],
      isnadTool(),
      graph.logger,
    );
    await warmUpApi(yoga);
    await search('أميركي');
  }, WARM_UP_TIMEOUT_MS);
  afterAll(() => graph.close());

  it.each(AMERICAN_SPELLINGS)('%s (%s) finds the 12 seed statements that أميركي finds', async (spelling) => {
    const expected = await ids('أميركي');
    expect(expected).toHaveLength(12);
    expect(await ids(spelling)).toEqual(expected);
  });

  it('withdraw, withdrawing, withdrawal and withdrawals find the same 11 statements, through their glosses', async () => {
    const withdrawal = await search('withdrawal');
    expect(withdrawal.totalCount).toBe(11 + 1); // the seed's 11, and the fixture's English statement
    expect(await ids('withdrawal')).toHaveLength(11);
    for (const form of ['withdraw', 'withdrawing', 'withdrawals'])
      expect(await ids(form)).toEqual(await ids('withdrawal'));
    const seedHits = withdrawal.edges.filter((e) => e.node.statement.article.slug !== FIXTURE_SLUG);
    expect(seedHits.every((e) => e.node.matched === 'GLOSS' && e.node.matchedLanguage === 'en')).toBe(true);
  });

  it('ignores English stop words in a query, and refuses a query of stop words only', async () => {
    expect(await ids('the withdrawal of')).toEqual(await ids('withdrawal'));
    const refused = await graphql(yoga, SEARCH, { q: 'The and of it' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(refused.errors?.[0]?.message).toMatch(/only words that search ignores \(the, and, of, it\)/);
  });

  it('an Arabic query finds English statements through their Arabic glosses, and says which text matched', async () => {
    const found = await search('القوات الأمريكية', 'ar');
    const english = found.edges.map((e) => e.node).filter((h) => h.statement.article.slug === FIXTURE_SLUG);
    expect(english.map((h) => h.statement.text).sort()).toEqual([
      'American troops would stay in Irbil',
      'the withdrawal of US forces from Baghdad had not changed the plans of the regional government',
    ]);
    for (const hit of english) {
      expect(hit).toMatchObject({ matched: 'GLOSS', matchedLanguage: 'ar' });
      expect(words(hit.matchedText, hit.highlights)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^القوات$/),
          expect.stringMatching(/^الأم(ير|ري)كية$/),
        ]),
      );
    }
  });

  it('an English query finds an Arabic statement through its English gloss, with the gloss words highlighted', async () => {
    const found = await search('future deployment plans');
    const hit = found.edges[0]!.node;
    expect(hit).toMatchObject({ matched: 'GLOSS', matchedLanguage: 'en' });
    expect(hit.statement.text).toBe('لا تغييرات لدينا على خطط الانتشار المستقبلية في العراق');
    expect(words(hit.matchedText, hit.highlights)).toEqual(['future', 'deployment', 'plans']);
  });

  it('lists every text of a statement that matched: its words and its gloss, each with its highlights', async () => {
    const found = await search('Erbil');
    const hit = found.edges.find(
      (e) => e.node.statement.text === 'American troops would stay in Irbil',
    )!.node;
    expect(hit.matches.map((m) => [m.field, m.language, words(m.text, m.highlights)]).sort()).toEqual([
      ['GLOSS', 'ar', ['أربيل']],
      ['ORIGINAL', 'en', ['Irbil']],
    ]);
    expect(hit.matches[0]).toMatchObject({ field: hit.matched, text: hit.matchedText });
  });

  it('highlights Arabic words whole, with their clitics, at code-point offsets of the original', async () => {
    const found = await search('امريكي');
    for (const { node } of found.edges) {
      const marked = words(node.matchedText, node.highlights);
      expect(marked.length).toBeGreaterThan(0);
      for (const word of marked) expect(word).toMatch(/^[وبل]*(ال)?[أا]م(ير|ري)كي(ة|ين|ون)?$/);
    }
  });

  it('answers a page in two round trips (hits, count) whatever its size', async () => {
    const trips = async (first: number): Promise<number> => {
      const before = graph.executor.roundTrips;
      await graphqlData(
        yoga,
        'query ($q: String!, $first: Int) { search(query: $q, first: $first) { totalCount edges { node { highlights { start } matches { text } } } } }',
        { q: 'أميركي', first },
      );
      return graph.executor.roundTrips - before;
    };
    expect(await trips(1)).toBe(await trips(20));
    expect(await trips(20)).toBe(2);
  });
});
