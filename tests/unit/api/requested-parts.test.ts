import { Kind, parse } from 'graphql';
import type { FieldNode, FragmentDefinitionNode, OperationDefinitionNode } from 'graphql';
import { statementPartsFor } from '../../../src/api/requested-parts';
import { requirePart } from '../../../src/graph/views';
import type { StatementView } from '../../../src/graph/views';

/** The resolve info of the first root field of `document`, as far as statementPartsFor reads it. */
function infoOf(document: string) {
  const definitions = parse(document).definitions;
  const operation = definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

const NONE = {
  chain: false,
  glosses: false,
  topics: false,
  entities: false,
  activity: false,
  owners: false,
  carriedBy: false,
  basis: false,
  review: false,
};

describe('statementPartsFor: a list fetches the statement parts its request reads', () => {
  it('asks for no optional part when only words, source and article are read', () => {
    expect(
      statementPartsFor(
        infoOf('{ search(query: "x") { edges { node { statement { text source { label } } } } } }'),
      ),
    ).toEqual(NONE);
  });

  it('strength needs the chain and the owners', () => {
    expect(
      statementPartsFor(infoOf('{ contradictions { edges { node { fromStrength { score } } } } }')),
    ).toEqual({
      ...NONE,
      chain: true,
      owners: true,
    });
  });

  it('finds fields inside named and inline fragments, and a fragment used twice once', () => {
    const info = infoOf(`
      query { contradictions { edges { node { from { ...S } to { ...S ... on Statement { generatedBy { id } } } } } } }
      fragment S on Statement { gloss(language: "en") { text } entities { name } ...T }
      fragment T on Statement { topics { label } }
    `);
    expect(statementPartsFor(info)).toEqual({
      ...NONE,
      glosses: true,
      entities: true,
      topics: true,
      activity: true,
    });
  });

  it('looks only below the field being resolved', () => {
    const info = infoOf(
      '{ statements { edges { node { id } } } other: statements { edges { node { chain { position } } } } }',
    );
    expect(statementPartsFor(info)).toEqual(NONE);
  });
});

describe('requirePart', () => {
  const view = { id: 'st_1', chain: [] } as unknown as StatementView;

  it('returns a part the view holds, even when empty', () => {
    expect(requirePart(view, 'chain')).toEqual([]);
  });

  it('fails loudly, naming the statement, when the query did not fetch the part', () => {
    expect(() => requirePart(view, 'glosses')).toThrow('st_1: the view lacks its glosses');
  });
});
