/**
 * An export is a closure: whatever a carried item names (its article, source, topics, activity,
 * roles, the claims and agents of a review, the annotations of a page) is carried too. So an item
 * removed from the data, with items.tsv, the root and the manifest recomputed, still shows where
 * something names it. Exempt are the links that point, by design, outside what a format carries:
 * the nodes an activity recorded beyond the scope (`isnad:recorded`), the version a correction
 * replaced in Web Annotation and ClaimReview (superseded reviews are left out), and in Web
 * Annotation the agents, sources' articles and articles an annotation names (it carries
 * annotations and the sources that identify them, not the articles).
 *
 * An item that nothing names (an assessment, a gloss) can still be removed unnoticed: only a
 * signature covers that.
 */
import type { ExportFormat } from './format';
import type { RdfItem } from './group-items';
import { idFromIri, NS } from './iri';
import type { ContentProblem } from './verify-content';

const EXEMPT_EVERYWHERE = [`${NS.isnad}recorded`];
/** What an annotation or a review corrected: the old version is not always exported beside it. */
const REVISION_OF = `${NS.prov}wasRevisionOf`;
const EXEMPT_BY_FORMAT: Partial<Record<ExportFormat, readonly string[]>> = {
  'web-annotation': [
    'http://purl.org/dc/terms/creator',
    'http://www.w3.org/ns/activitystreams#generator',
    `${NS.oa}hasSource`,
    `${NS.oa}cachedSource`,
    `${NS.isnad}inArticle`,
    REVISION_OF,
  ],
  claimreview: [REVISION_OF],
};

/** The last segment of a predicate IRI, as the report names a field. */
const localName = (iri: string): string =>
  iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);

export class ReferenceChecker {
  private readonly exempt: ReadonlySet<string>;
  private readonly carried = new Set<string>();
  /** References to nodes not read yet, one referrer each (memory: the dangling ones only). */
  private readonly pending = new Map<string, { id: string; field: string }>();

  constructor(format: ExportFormat) {
    this.exempt = new Set([...EXEMPT_EVERYWHERE, ...(EXEMPT_BY_FORMAT[format] ?? [])]);
  }

  add(item: RdfItem): void {
    this.carried.add(item.id);
    this.pending.delete(item.id);
    for (const q of item.quads) {
      if (q.object.termType !== 'NamedNode' || this.exempt.has(q.predicate.value)) continue;
      const target = idFromIri(q.object.value);
      if (target === null || target === item.id || this.carried.has(target) || this.pending.has(target))
        continue;
      this.pending.set(target, { id: item.id, field: localName(q.predicate.value) });
    }
  }

  finish(): ContentProblem[] {
    return [...this.pending].map(([target, { id, field }]) => ({
      id,
      field,
      detail: `names ${target}, which the bundle does not carry`,
    }));
  }
}
