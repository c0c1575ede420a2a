/**
 * What a Web Annotation or a ClaimReview carries, beside its standard vocabulary, so that verify
 * can re-derive its ids from the bundle alone, as it does for PROV-O: a statement's id derives from
 * its article, its span, its source's local id and what it corrects; a source's from its article
 * and local id; an assessment's from its relation, sides, asserter, method, rule and what it
 * corrects. Neither vocabulary has a place for these, so they are our terms (`isnad:`, and PROV's
 * `prov:wasRevisionOf`), named by compact IRIs through a context of two prefixes added after the
 * standard one — readers that do not know them ignore them.
 */
import type { ExportNode } from '../../graph/export-reader';
import { nodeIri, NS } from '../iri';
import { str } from '../node-index';

/** The context added after anno.jsonld or schema.org: the two prefixes, nothing redefined. */
export const ID_PARTS_CONTEXT = { isnad: NS.isnad, prov: NS.prov } as const;

/** A source as the node a claim's author or an annotation's identifying body names. */
export function sourceParts(source: ExportNode, article: ExportNode | undefined): Record<string, unknown> {
  return {
    'isnad:localId': str(source, 'localId'),
    'isnad:inArticle': article && { id: nodeIri(article.id) },
  };
}

/** The node a correction replaced, from its SUPERSEDES edge (the old node need not be in the page). */
export function revisionOf(node: ExportNode): Record<string, unknown> {
  const old = node.out.find((edge) => edge.type === 'SUPERSEDES')?.to;
  return old === undefined ? {} : { 'prov:wasRevisionOf': { id: nodeIri(old) } };
}
