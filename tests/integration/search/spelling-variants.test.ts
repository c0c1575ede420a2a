import { DEFAULT_INPUT_LIMITS } from '../../../src/api/limits';
import { statementIdsMatching } from '../../../src/api/services/text-matches';
import { searchKey } from '../../../src/text/arabic-stem';
import { loadSpellingVariantTable } from '../../../src/text/spelling-variants';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';

const table = loadSpellingVariantTable();
/** Each spelling written inside a sentence, with the article and a clitic where it is Arabic. */
const sentence = (spelling: string): string =>
  /\p{Script=Arabic}/u.test(spelling)
    ? `وقال مصدر إن ${spelling} لم يعلّق`
    : `A source said ${spelling} declined to comment`;
const pairs = table.groups.flatMap((group, g) =>
  group.spellings.flatMap((written) =>
    group.spellings.filter((typed) => typed !== written).map((typed) => [typed, written, g] as const),
  ),
);

describe('spelling variants through the full-text index', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await openTestGraph();
    const nodes = table.groups.flatMap((group, g) =>
      group.spellings.map((spelling) => ({
        id: `variant-${g}-${spelling}`,
        quote: sentence(spelling),
        searchText: searchKey(sentence(spelling)),
      })),
    );
    await graph.executor.write({
      cypher: 'UNWIND $nodes AS n CREATE (:Statement {id: n.id, quote: n.quote, searchText: n.searchText})',
      params: { nodes },
    });
  });
  afterAll(async () => {
    await graph.clear();
    await graph.close();
  });

  it.each(pairs)('a search for %s finds the statement that writes %s', async (typed, written, g) => {
    const ids = await statementIdsMatching(graph.executor, typed, 'query', DEFAULT_INPUT_LIMITS);
    expect(ids).toContain(`variant-${g}-${written}`);
    // …and no statement of another group: a variant never widens a search past its own word.
    expect((ids ?? []).filter((id) => !id.startsWith(`variant-${g}-`))).toEqual([]);
  });
});
