/**
 * The ids of a Web Annotation or ClaimReview bundle, re-derived from the bundle alone (version 3,
 * which carries their parts, formats/id-parts.ts): an annotation or a claim is a statement, whose
 * id derives from its article, span, source's local id and what it corrects; a source's from its
 * article and local id; a review is an assessment, whose id derives from its relation, its two
 * claims, its author, method and rule. So a span moved with its words, a source swapped for
 * another, or a review pointed at other claims gives a node an id it does not derive, as in PROV-O.
 */
import { ids } from '../ingest/ids';
import { isnad, oa, prov, schema } from './item-facts';
import type { ItemFacts } from './item-facts';

/** A statement as an annotation or a claim: what its id derives from. */
export interface StatementParts {
  id: string;
  /** The field that names the source (`body.source`, `author`), for the report. */
  sourceField: string;
  articleId: string | undefined;
  start: number | undefined;
  end: number | undefined;
  sourceId: string | undefined;
  revisionOf: string | undefined;
}

interface Review {
  id: string;
  aspect: string | undefined;
  from: string | undefined;
  to: string | undefined;
  asserter: string | undefined;
  method: string | undefined;
  rule: string | undefined;
  revisionOf: string | undefined;
}

/** The relation a review's `reviewAspect` names (only contradictions are exported as reviews). */
const RELATION_OF_ASPECT: Record<string, string> = { contradiction: 'CONTRADICTS' };

export class AnnotationIdChecker {
  private readonly sources = new Map<
    string,
    { localId: string | undefined; articleId: string | undefined }
  >();
  private readonly statements: StatementParts[] = [];
  private readonly reviews: Review[] = [];
  idsChecked = 0;

  /** Any item that carries a local id and an article is a source (an author, an identifying body). */
  add(facts: ItemFacts): void {
    const types = facts.types();
    if (facts.count(isnad('localId')) > 0 || facts.count(isnad('inArticle')) > 0)
      this.sources.set(facts.item.id, {
        localId: facts.literal(isnad('localId')),
        articleId: facts.link(isnad('inArticle')),
      });
    if (types.includes(schema('ClaimReview')))
      this.reviews.push({
        id: facts.item.id,
        aspect: facts.literal(schema('reviewAspect')),
        from: facts.link(schema('itemReviewed')),
        to: facts.link(schema('isBasedOn')),
        asserter: facts.link(schema('author')),
        method: facts.literal(isnad('method')),
        rule: facts.literal(isnad('rule')),
        revisionOf: facts.link(prov('wasRevisionOf')),
      });
  }

  /** An annotation's or a claim's parts, read by the caller from its target or its claim. */
  statement(parts: StatementParts): void {
    this.statements.push(parts);
  }

  /** The source an annotation's identifying body names (exactly one such body). */
  static identifyingSource(facts: ItemFacts): string | undefined {
    const identifying = facts
      .blanks(oa('hasBody'))
      .filter((body) => facts.objects(oa('hasPurpose'), body).some((p) => p.value === oa('identifying')));
    return identifying.length === 1 ? facts.link(oa('hasSource'), identifying[0]) : undefined;
  }

  finish(fail: (id: string, field: string, detail: string) => void): void {
    const expectId = (id: string, derive: () => string, from: string) => {
      this.idsChecked += 1;
      let expected: string;
      try {
        expected = derive();
      } catch (error) {
        fail(id, 'id', `cannot be derived from ${from}: ${(error as Error).message}`);
        return;
      }
      if (expected !== id) fail(id, 'id', `does not derive from ${from} (they give ${expected})`);
    };
    for (const [id, s] of this.sources)
      expectId(
        id,
        () => ids.source(required(s.articleId, 'inArticle'), required(s.localId, 'localId')),
        'its article and localId',
      );
    for (const st of this.statements) {
      const source = st.sourceId === undefined ? undefined : this.sources.get(st.sourceId);
      if (source === undefined) {
        fail(
          st.id,
          st.sourceField,
          `names ${st.sourceId ?? 'no source'}, whose local id the bundle does not carry`,
        );
        continue;
      }
      if (source.articleId !== st.articleId) {
        fail(
          st.id,
          st.sourceField,
          `names ${st.sourceId!}, a source of ${source.articleId ?? 'no article'}, not of ${st.articleId ?? 'no article'}`,
        );
        continue;
      }
      expectId(
        st.id,
        () => {
          const parts = [
            required(st.articleId, 'the article'),
            required(st.start, 'start'),
            required(st.end, 'end'),
            required(source.localId, `the localId of ${st.sourceId!}`),
          ] as const;
          return st.revisionOf === undefined
            ? ids.statement(...parts)
            : ids.correctedStatement(...parts, st.revisionOf);
        },
        'its article, span and source (and what it corrects)',
      );
    }
    for (const r of this.reviews)
      expectId(
        r.id,
        () => {
          const relation = RELATION_OF_ASPECT[required(r.aspect, 'reviewAspect')];
          const parts = [
            required(relation, `a relation for reviewAspect ${r.aspect!}`),
            required(r.from, 'itemReviewed'),
            required(r.to, 'isBasedOn'),
            required(r.asserter, 'author'),
            required(r.method, 'method'),
            r.rule ?? '',
          ] as const;
          return r.revisionOf === undefined
            ? ids.assessment(...parts)
            : ids.correctedAssessment(...parts, r.revisionOf);
        },
        'its relation, claims, author, method and rule (and what it corrects)',
      );
  }
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing`);
  return value;
}
