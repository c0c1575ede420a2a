/**
 * What verify re-derives in the Web Annotation and ClaimReview formats, whose data does not carry
 * the articles' text: the bundle carries each text beside the data (`texts/<id>.txt`, bound to the
 * manifest by its sha256, which is the article's content hash), and every selector is checked
 * against it — the TextQuoteSelector's exact words, prefix and suffix at the TextPositionSelector's
 * code points. A collection's `total` is counted again; a ClaimReview's claim must occur in the
 * text of the article it appears in, and `claimReviewed` must be that claim's text.
 */
import { codePointLength, sliceCodePoints } from '../text/spans';
import type { RdfItem } from './group-items';
import { isnad, ItemFacts, oa, prov, schema } from './item-facts';
import { AnnotationIdChecker } from './verify-annotation-ids';
import type { ContentProblem } from './verify-content';

const AS = 'http://www.w3.org/ns/activitystreams#';
const show = (s: string): string => JSON.stringify(s.length > 60 ? `${[...s].slice(0, 57).join('')}…` : s);

/** A TextQuoteSelector's values; `count` says how often each was given (once is expected). */
interface Quote {
  exact: string | undefined;
  prefix: string | undefined;
  suffix: string | undefined;
  given: { exact: number; prefix: number; suffix: number };
}

/** One target: every selector is kept, so that a second one cannot hide behind the first. */
interface Selection {
  id: string;
  articleId: string | undefined;
  positions: { start: number | undefined; end: number | undefined }[];
  quotes: Quote[];
}

interface ClaimText {
  id: string;
  articleId: string | undefined;
  text: string | undefined;
  /** Version 3: where the text is in the article, in code points. */
  start: number | undefined;
  end: number | undefined;
}

export class AnnotationChecker {
  private readonly selections: Selection[] = [];
  private readonly claims: ClaimText[] = [];
  private readonly reviewed: { id: string; claim: string | undefined; claimReviewed: string | undefined }[] =
    [];
  private annotations = 0;
  private total: { id: string; value: number | undefined } | null = null;
  readonly problems: ContentProblem[] = [];
  spansChecked = 0;
  private readonly ids = new AnnotationIdChecker();

  /**
   * `texts` are the articles' texts the bundle carries, by article id; `derivesIds` when the data
   * carries what the ids derive from (version 3), so that they are re-derived and claims' spans checked.
   */
  constructor(
    private readonly texts: ReadonlyMap<string, string>,
    private readonly derivesIds: boolean,
  ) {}

  get idsChecked(): number {
    return this.ids.idsChecked;
  }

  add(item: RdfItem): void {
    const facts = new ItemFacts(item);
    const types = facts.types();
    if (this.derivesIds) this.ids.add(facts);
    if (types.includes(oa('Annotation'))) this.annotation(facts);
    else if (types.includes(`${AS}OrderedCollection`)) {
      const total = facts.literal(`${AS}totalItems`);
      this.total = { id: item.id, value: total === undefined ? undefined : Number(total) };
    } else if (types.includes(schema('Claim'))) {
      const claim = {
        id: item.id,
        articleId: facts.link(schema('appearance')),
        text: facts.literal(schema('text')),
        start: facts.integer(isnad('start')),
        end: facts.integer(isnad('end')),
      };
      this.claims.push(claim);
      if (this.derivesIds)
        this.ids.statement({
          ...claim,
          sourceField: 'author',
          sourceId: facts.link(schema('author')),
          revisionOf: facts.link(prov('wasRevisionOf')),
        });
    } else if (types.includes(schema('ClaimReview'))) {
      this.reviewed.push({
        id: item.id,
        claim: facts.link(schema('itemReviewed')),
        claimReviewed: facts.literal(schema('claimReviewed')),
      });
    }
  }

  private annotation(facts: ItemFacts): void {
    this.annotations += 1;
    const targets = facts.blanks(oa('hasTarget'));
    if (this.derivesIds && targets.length !== 1)
      this.problems.push({
        id: facts.item.id,
        field: 'target',
        detail: `a statement has one target, not ${targets.length}`,
      });
    for (const target of targets) {
      // the text the selectors count in: the state's cached copy, else the source itself
      const [state] = facts.blanks(oa('hasState'), target);
      const articleId =
        (state && facts.link(oa('cachedSource'), state)) ?? facts.link(oa('hasSource'), target);
      const selectors = facts.blanks(oa('hasSelector'), target);
      const typed = (type: string) => selectors.filter((sel) => facts.types(sel).includes(oa(type)));
      this.selections.push({
        id: facts.item.id,
        articleId,
        positions: typed('TextPositionSelector').map((sel) => ({
          start: facts.integer(oa('start'), sel),
          end: facts.integer(oa('end'), sel),
        })),
        quotes: typed('TextQuoteSelector').map((sel) => ({
          exact: facts.literal(oa('exact'), sel),
          prefix: facts.literal(oa('prefix'), sel),
          suffix: facts.literal(oa('suffix'), sel),
          given: {
            exact: facts.count(oa('exact'), sel),
            prefix: facts.count(oa('prefix'), sel),
            suffix: facts.count(oa('suffix'), sel),
          },
        })),
      });
    }
    const [selection] = this.selections.slice(-1);
    if (this.derivesIds && targets.length === 1 && selection !== undefined) {
      const [position] = selection.positions;
      this.ids.statement({
        id: facts.item.id,
        sourceField: 'body.source',
        articleId: selection.articleId,
        start: selection.positions.length === 1 ? position?.start : undefined,
        end: selection.positions.length === 1 ? position?.end : undefined,
        sourceId: AnnotationIdChecker.identifyingSource(facts),
        revisionOf: facts.link(prov('wasRevisionOf')),
      });
    }
  }

  finish(): ContentProblem[] {
    const fail = (id: string, field: string, detail: string) => this.problems.push({ id, field, detail });
    const expect = (id: string, field: string, text: string, start: number, end: number, value: string) => {
      this.spansChecked += 1;
      const actual = sliceCodePoints(text, Math.max(0, start), Math.max(0, end));
      if (start < 0 || value !== actual)
        fail(
          id,
          field,
          `${show(value)} is not the article's text at [${start}, ${end}), which is ${show(actual)}`,
        );
    };
    for (const s of this.selections) {
      const text = s.articleId === undefined ? undefined : this.texts.get(s.articleId);
      if (text === undefined) {
        fail(s.id, 'target', `names ${s.articleId ?? 'no article'}, whose text the bundle does not carry`);
        continue;
      }
      const [position] = s.positions;
      if (s.positions.length !== 1 || position?.start === undefined || position.end === undefined) {
        fail(s.id, 'selector', `needs one TextPositionSelector (start, end); it has ${s.positions.length}`);
        continue;
      }
      const { start, end } = position;
      if (s.quotes.length === 0) fail(s.id, 'selector', 'needs a TextQuoteSelector (exact)');
      if (end > codePointLength(text) || start > end)
        fail(s.id, 'selector.start', `[${start}, ${end}) is not inside the article`);
      // every quote selector of the target says what is at that one position
      s.quotes.forEach((q, i) => {
        const field = (name: string) => `selector${s.quotes.length > 1 ? `[${i}]` : ''}.${name}`;
        for (const [name, count] of Object.entries(q.given)) {
          if (count > 1) fail(s.id, field(name), `is given ${count} times; it has one value`);
        }
        if (q.exact === undefined) {
          if (q.given.exact === 0) fail(s.id, field('exact'), 'is missing');
          return;
        }
        expect(s.id, field('exact'), text, start, end, q.exact);
        if (q.prefix !== undefined)
          expect(s.id, field('prefix'), text, start - codePointLength(q.prefix), start, q.prefix);
        if (q.suffix !== undefined)
          expect(s.id, field('suffix'), text, end, end + codePointLength(q.suffix), q.suffix);
      });
    }
    if (this.total !== null && this.total.value !== this.annotations)
      fail(
        this.total.id,
        'total',
        `is ${this.total.value ?? 'missing'}; the collection holds ${this.annotations}`,
      );
    const claimText = new Map(this.claims.map((c) => [c.id, c.text]));
    for (const c of this.claims) {
      const text = c.articleId === undefined ? undefined : this.texts.get(c.articleId);
      if (text === undefined)
        fail(
          c.id,
          'appearance',
          `names ${c.articleId ?? 'no article'}, whose text the bundle does not carry`,
        );
      else if (!this.derivesIds) {
        // version 2 claims carry no span: their text must at least occur in the article
        this.spansChecked += 1;
        if (c.text === undefined || !text.includes(c.text))
          fail(c.id, 'text', `${show(c.text ?? '')} does not occur in the text of ${c.articleId!}`);
      } else if (
        c.start === undefined ||
        c.end === undefined ||
        c.start > c.end ||
        c.end > codePointLength(text)
      )
        fail(c.id, 'start', `a claim needs one span inside its article (${c.start ?? '?'}, ${c.end ?? '?'})`);
      else expect(c.id, 'text', text, c.start, c.end, c.text ?? '');
    }
    for (const r of this.reviewed) {
      if (r.claim === undefined || r.claimReviewed !== claimText.get(r.claim))
        fail(r.id, 'claimReviewed', `is not the text of the claim it reviews (${r.claim ?? 'none'})`);
    }
    this.ids.finish(fail);
    return this.problems;
  }
}
