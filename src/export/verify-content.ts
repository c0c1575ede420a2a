/**
 * Re-derives what can be re-derived from a PROV-O bundle alone, so that an altered bundle fails
 * even when every hash, items.tsv, the root and the manifest were recomputed to match (an unsigned
 * forgery): every quote, prefix, suffix and mention against the carried article text at its
 * code-point span, and every content-derived id from the values it derives from (a moved span, a
 * swapped source or a changed rationale changes the id the node should have).
 *
 * Items are read one at a time and only the facts a later check needs are kept (article texts,
 * sources' local ids); the checks run when every item has been read, so order does not matter.
 */
import { ids } from '../ingest/ids';
import { sha256Hex } from '../text/hash';
import { codePointLength, sliceCodePoints } from '../text/spans';
import type { RdfItem } from './group-items';
import { isnad, ItemFacts, prov } from './item-facts';
import type { RdfTerm } from './item-hash';
import { roleFromIri, NS } from './iri';
import { RetrievalChecker } from './verify-retrieval';
import type { RetrievalReplay } from './verify-retrieval';

/** One content check that failed: the item, the field, and what is wrong. */
export interface ContentProblem {
  id: string;
  field: string;
  detail: string;
}

interface CarriedArticle {
  text: string;
  slug: string | undefined;
}

interface Span {
  start: number;
  end: number;
}

interface BlankSpan {
  start: number | undefined;
  end: number | undefined;
  quote: string | undefined;
}

/** The spans an item holds in blank nodes of `predicate`, read out (checks keep these, not quads). */
function blankSpansOf(facts: ItemFacts, predicate: string): BlankSpan[] {
  return facts.blanks(predicate).map((blank: RdfTerm) => ({
    start: facts.integer(isnad('start'), blank),
    end: facts.integer(isnad('end'), blank),
    quote: facts.literal(isnad('quote'), blank),
  }));
}

const show = (s: string): string => JSON.stringify(s.length > 60 ? `${[...s].slice(0, 57).join('')}…` : s);

export class ContentChecker {
  private readonly articles = new Map<string, CarriedArticle>();
  /** Each source's local id and the article it is in (a statement's source must be in its article). */
  private readonly sources = new Map<
    string,
    { localId: string | undefined; articleId: string | undefined }
  >();
  /** Checks that need items read later (the article of a statement, the source it names). */
  private readonly deferred: (() => void)[] = [];
  readonly problems: ContentProblem[] = [];
  /** How many spans (quotes, prefixes, suffixes, mentions) and ids were checked. */
  spansChecked = 0;
  idsChecked = 0;
  private readonly retrievals = new RetrievalChecker(
    (id, field, detail) => this.fail(id, field, detail),
    (id, derive, from) => this.expectId(id, derive, from),
  );

  add(item: RdfItem): void {
    const facts = new ItemFacts(item);
    const types = facts.types();
    if (types.includes(isnad('Article'))) this.article(facts);
    else if (types.includes(isnad('Source'))) this.source(facts);
    else if (types.includes(isnad('Statement'))) this.statement(facts);
    else if (types.includes(isnad('Gloss'))) this.gloss(facts);
    else if (types.includes(isnad('Assessment'))) this.assessment(facts);
    else if (types.includes(isnad('Exclusion'))) this.exclusion(facts);
    else if (types.includes(isnad('Withdrawal'))) this.withdrawal(facts);
    else if (types.includes(isnad('Artifact'))) this.retrievals.artifact(facts);
    else if (types.includes(isnad('Activity'))) this.activity(facts);
  }

  /** Runs the checks that needed other items; returns every problem found. */
  finish(): ContentProblem[] {
    for (const check of this.deferred.splice(0)) check();
    this.retrievals.finish();
    return this.problems;
  }

  /** The retrievals read, with what re-running their extraction needs. */
  retrievalReplays(): readonly RetrievalReplay[] {
    return this.retrievals.replays;
  }

  /** The text of each article carried in the data, by id (verify compares it with the manifest). */
  carriedArticles(): ReadonlyMap<string, { contentHash: string }> {
    return new Map([...this.articles].map(([id, a]) => [id, { contentHash: sha256Hex(a.text) }]));
  }

  private fail(id: string, field: string, detail: string): void {
    this.problems.push({ id, field, detail });
  }

  /**
   * Fields read as one value must have one: given twice, `literal` reads neither, and a check
   * that skips an absent value (a prefix, a slug) would then pass whatever the two say.
   */
  private once(facts: ItemFacts, fields: readonly string[]): void {
    for (const field of fields) {
      const count = facts.count(isnad(field));
      if (count > 1) this.fail(facts.item.id, field, `is given ${count} times; it has one value`);
    }
  }

  private expectId(id: string, derive: () => string, from: string): void {
    this.idsChecked += 1;
    let expected: string;
    try {
      expected = derive();
    } catch (error) {
      this.fail(id, 'id', `cannot be derived from ${from}: ${(error as Error).message}`);
      return;
    }
    if (expected !== id) this.fail(id, 'id', `does not derive from ${from} (they give ${expected})`);
  }

  /** `field` must be the text's code points [start, end). */
  private expectSpan(id: string, field: string, text: string, span: Span, value: string | undefined): void {
    this.spansChecked += 1;
    const length = codePointLength(text);
    if (
      !Number.isSafeInteger(span.start) ||
      !Number.isSafeInteger(span.end) ||
      span.start < 0 ||
      span.end > length ||
      span.start > span.end
    ) {
      this.fail(
        id,
        field,
        `span [${span.start}, ${span.end}) is not inside the article (${length} code points)`,
      );
      return;
    }
    const actual = sliceCodePoints(text, span.start, span.end);
    if (value === undefined) this.fail(id, field, 'is missing');
    else if (value !== actual)
      this.fail(
        id,
        field,
        `${show(value)} is not the article's text at [${span.start}, ${span.end}), which is ${show(actual)}`,
      );
  }

  /** Spans held in blank nodes (`isnad:mention`, `isnad:mentionedAt`), each checked against `text`. */
  private blankSpans(
    id: string,
    spans: readonly BlankSpan[],
    field: string,
    text: string,
    within?: Span,
  ): void {
    spans.forEach(({ start, end, quote }, i) => {
      const where = `${field}[${i}]`;
      if (start === undefined || end === undefined) {
        this.fail(id, `${where}.start`, 'a span needs one integer start and end');
        return;
      }
      if (within !== undefined && (start < within.start || end > within.end))
        this.fail(id, `${where}.start`, `[${start}, ${end}) is outside the statement's span`);
      this.expectSpan(id, `${where}.quote`, text, { start, end }, quote);
    });
  }

  private article(facts: ItemFacts): void {
    const id = facts.item.id;
    const text = facts.literal(isnad('text'));
    if (text === undefined) {
      this.fail(id, 'text', 'an article must carry its text (once)');
      return;
    }
    this.once(facts, ['slug', 'codePointLength']);
    this.articles.set(id, { text, slug: facts.literal(isnad('slug')) });
    const hash = sha256Hex(text);
    const listed = facts.literal(isnad('contentHash'));
    if (listed !== hash)
      this.fail(id, 'contentHash', `is ${listed ?? 'missing'}; the text hashes to ${hash}`);
    this.expectId(id, () => ids.article(hash), "the text's sha256");
    const length = facts.integer(isnad('codePointLength'));
    if (length !== undefined && length !== codePointLength(text))
      this.fail(id, 'codePointLength', `is ${length}; the text has ${codePointLength(text)} code points`);
    this.blankSpans(id, blankSpansOf(facts, isnad('mention')), 'mention', text);
    this.retrievals.article(facts, hash);
  }

  /** The article an item is in, checked when all items are read; reports it when not carried. */
  private withArticle(
    id: string,
    field: string,
    articleId: string | undefined,
    check: (a: CarriedArticle, articleId: string) => void,
  ): void {
    this.deferred.push(() => {
      const article = articleId === undefined ? undefined : this.articles.get(articleId);
      if (articleId === undefined) this.fail(id, field, 'names no article (exactly one is needed)');
      else if (article === undefined)
        this.fail(id, field, `names ${articleId}, which the bundle does not carry`);
      else check(article, articleId);
    });
  }

  private expectSlug(id: string, slug: string | undefined, article: CarriedArticle): void {
    if (slug !== undefined && slug !== article.slug)
      this.fail(id, 'articleSlug', `is ${show(slug)}; its article's slug is ${show(article.slug ?? '')}`);
  }

  private source(facts: ItemFacts): void {
    const id = facts.item.id;
    const localId = facts.literal(isnad('localId'));
    const slug = facts.literal(isnad('articleSlug'));
    const mentions = blankSpansOf(facts, isnad('mentionedAt'));
    this.once(facts, ['articleSlug']);
    // version 1 wrote the article as prov:wasDerivedFrom; version 2 as isnad:inArticle
    const articleId = facts.link(isnad('inArticle')) ?? facts.link(prov('wasDerivedFrom'));
    this.sources.set(id, { localId, articleId });
    this.withArticle(id, 'inArticle', articleId, (article, artId) => {
      this.expectSlug(id, slug, article);
      this.expectId(id, () => ids.source(artId, required(localId, 'localId')), 'its article and localId');
      this.blankSpans(id, mentions, 'mentionedAt', article.text);
    });
  }

  /** The node a correction replaces: the entity of its `prov:qualifiedRevision`. */
  private supersedes(facts: ItemFacts): string | undefined {
    const [revision] = facts.blanks(prov('qualifiedRevision'));
    return revision === undefined ? undefined : facts.link(prov('entity'), revision);
  }

  private statement(facts: ItemFacts): void {
    const id = facts.item.id;
    const start = facts.integer(isnad('start'));
    const end = facts.integer(isnad('end'));
    const quote = facts.literal(isnad('quote'));
    const prefix = facts.literal(isnad('prefix'));
    const suffix = facts.literal(isnad('suffix'));
    const slug = facts.literal(isnad('articleSlug'));
    const sourceId = facts.link(prov('wasAttributedTo'));
    const mentions = blankSpansOf(facts, isnad('mention'));
    const old = this.supersedes(facts);
    for (const field of ['quote', 'start', 'end'] as const) {
      if (facts.count(isnad(field)) !== 1) this.fail(id, field, 'a statement has exactly one');
    }
    this.once(facts, ['prefix', 'suffix', 'articleSlug']);
    this.withArticle(id, 'wasQuotedFrom', facts.link(prov('wasQuotedFrom')), (article, articleId) => {
      if (start === undefined || end === undefined) return;
      const text = article.text;
      this.expectSlug(id, slug, article);
      this.expectSpan(id, 'quote', text, { start, end }, quote);
      if (prefix !== undefined)
        this.expectSpan(id, 'prefix', text, { start: start - codePointLength(prefix), end: start }, prefix);
      if (suffix !== undefined)
        this.expectSpan(id, 'suffix', text, { start: end, end: end + codePointLength(suffix) }, suffix);
      this.blankSpans(id, mentions, 'mention', text, { start, end });
      const source = sourceId === undefined ? undefined : this.sources.get(sourceId);
      if (sourceId === undefined) this.fail(id, 'wasAttributedTo', 'names no source (exactly one is needed)');
      else if (source === undefined)
        this.fail(id, 'wasAttributedTo', `names ${sourceId}, which the bundle does not carry`);
      // the id derives from the source's local id, which another article's source can share
      else if (source.articleId !== articleId)
        this.fail(
          id,
          'wasAttributedTo',
          `names ${sourceId}, a source of ${source.articleId ?? 'no article'}, not of the statement's article ${articleId}`,
        );
      else {
        const local = (): string => required(source.localId, `the localId of ${sourceId}`);
        this.expectId(
          id,
          () =>
            old === undefined
              ? ids.statement(articleId, start, end, local())
              : ids.correctedStatement(articleId, start, end, local(), old),
          'its article, span and source (and what it corrects)',
        );
      }
    });
  }

  private gloss(facts: ItemFacts): void {
    this.expectId(
      facts.item.id,
      () =>
        ids.gloss(
          required(facts.link(prov('wasDerivedFrom')), 'wasDerivedFrom'),
          required(facts.literal(isnad('language')), 'language'),
          required(facts.link(prov('wasAttributedTo')), 'wasAttributedTo'),
          required(facts.literal(isnad('text')), 'text'),
        ),
      'its statement, language, translator and text',
    );
  }

  private assessment(facts: ItemFacts): void {
    const old = this.supersedes(facts);
    this.expectId(
      facts.item.id,
      () => {
        const parts = [
          required(facts.literal(isnad('relation')), 'relation'),
          required(facts.link(isnad('from')), 'from'),
          required(facts.link(isnad('to')), 'to'),
          required(facts.link(prov('wasAttributedTo')), 'wasAttributedTo'),
          required(facts.literal(isnad('method')), 'method'),
          facts.literal(isnad('rule')) ?? '',
        ] as const;
        return old === undefined ? ids.assessment(...parts) : ids.correctedAssessment(...parts, old);
      },
      'its relation, sides, asserter, method and rule (and what it corrects)',
    );
  }

  private exclusion(facts: ItemFacts): void {
    const id = facts.item.id;
    const start = facts.integer(isnad('start'));
    const end = facts.integer(isnad('end'));
    const quote = facts.literal(isnad('quote'));
    this.withArticle(id, 'wasDerivedFrom', facts.link(prov('wasDerivedFrom')), (article, articleId) => {
      if (start === undefined || end === undefined) {
        this.fail(id, 'start', 'an exclusion needs one integer start and end');
        return;
      }
      this.expectSpan(id, 'quote', article.text, { start, end }, quote);
      this.expectId(id, () => ids.exclusion(articleId, start, end), 'its article and span');
    });
  }

  private withdrawal(facts: ItemFacts): void {
    this.expectId(
      facts.item.id,
      () =>
        ids.withdrawal(
          required(this.supersedes(facts), 'qualifiedRevision'),
          required(facts.literal(isnad('reason')), 'reason'),
        ),
      'what it withdraws and why',
    );
  }

  private activity(facts: ItemFacts): void {
    if (facts.literal(isnad('activityType')) === 'RETRIEVAL') {
      this.retrievals.retrieval(facts);
      return;
    }
    const inputHash = facts.literal(isnad('inputHash'));
    if (inputHash === undefined) return; // no input recorded: nothing its id derives from is carried
    const annotator = facts
      .blanks(prov('qualifiedAssociation'))
      .find((blank) => facts.objects(prov('hadRole'), blank).some((role) => isAnnotatorRole(role.value)));
    const id = facts.item.id;
    this.expectId(
      id,
      () => {
        const version = required(facts.literal(isnad('toolVersion')), 'toolVersion');
        const agent = required(
          annotator && facts.link(prov('agent'), annotator),
          'the agent in role annotator',
        );
        // ingest derives it from the annotator's slug (`agent:<slug>`), API writes from the node id
        const bySlug = ids.activity(inputHash, version, agent.replace(/^agent:/, ''));
        return bySlug === id ? bySlug : ids.activity(inputHash, version, agent);
      },
      'its input, tool version and annotator',
    );
  }
}

/** `urn:isnad:role:annotator` (version 2) or `isnad:annotator` (version 1). */
function isAnnotatorRole(iri: string): boolean {
  return roleFromIri(iri) === 'annotator' || iri === `${NS.isnad}annotator`;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing`);
  return value;
}
