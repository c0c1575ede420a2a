import { Kind } from 'graphql';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { StatementParts } from '../graph/projections';

/** Names of every field selected below the field being resolved, through fragments. */
function selectedFieldNames(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const names = new Set<string>();
  const seenFragments = new Set<string>();
  const walk = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        names.add(selection.name.value);
        walk(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        walk(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  return names;
}

/**
 * The optional statement parts a list request reads, so its one query fetches those and no
 * others. A field name anywhere below counts, whatever type it is on: that may fetch a part
 * nobody reads (`topics` of an article also fetches statements' topics), never miss one.
 */
export function statementPartsFor(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
): StatementParts {
  const names = selectedFieldNames(info);
  const any = (...fields: string[]) => fields.some((field) => names.has(field));
  return {
    // Sourcing strength counts the links of the chain.
    chain: any('chain', 'fromStrength', 'toStrength'),
    glosses: any('gloss', 'glosses'),
    topics: any('topics'),
    entities: any('entities'),
    activity: any('generatedBy'),
    owners: any('fromStrength', 'toStrength'),
    carriedBy: any('carriedBy'),
    basis: any('basis'),
    review: any('status', 'proposed', 'method', 'rules', 'review', 'confirms', 'confirmation'),
  };
}
