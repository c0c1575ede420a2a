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
import { ItemFacts, oa, schema } from './item-facts';
import type { ContentProblem } from './verify-content';

const AS = 'http://www.w3.org/ns/activitystreams#';
const show = (s: string): string => JSON.stringify(s.length > 60 ? `${[...s].slice(0, 57).join('')}…` : s);

interface Selection {
  id: string;
  articleId: string | undefined;
  start: number | undefined;
  end: number | undefined;
  exact: string | undefined;
  prefix: string | undefined;
  suffix: string | undefined;
}

interface ClaimText {
  id: string;
  articleId: string | undefined;
  text: string | undefined;
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

  /** `texts` are the articles' texts the bundle carries, by article id. */
  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  add(item: RdfItem): void {
    const facts = new ItemFacts(item);
    const types = facts.types();
    if (types.includes(oa('Annotation'))) this.annotation(facts);
    else if (types.includes(`${AS}OrderedCollection`)) {
      const total = facts.literal(`${AS}totalItems`);
      this.total = { id: item.id, value: total === undefined ? undefined : Number(total) };
    } else if (types.includes(schema('Claim'))) {
      this.claims.push({
        id: item.id,
        articleId: facts.link(schema('appearance')),
        text: facts.literal(schema('text')),
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
    for (const target of facts.blanks(oa('hasTarget'))) {
      // the text the selectors count in: the state's cached copy, else the source itself
      const [state] = facts.blanks(oa('hasState'), target);
      const articleId =
        (state && facts.link(oa('cachedSource'), state)) ?? facts.link(oa('hasSource'), target);
      const selectors = facts.blanks(oa('hasSelector'), target);
      const typed = (type: string) => selectors.find((s) => facts.types(s).includes(oa(type)));
      const quote = typed('TextQuoteSelector');
      const position = typed('TextPositionSelector');
      const integer = (p: string) => (position ? facts.integer(oa(p), position) : undefined);
      const literal = (p: string) => (quote ? facts.literal(oa(p), quote) : undefined);
      this.selections.push({
        id: facts.item.id,
        articleId,
        start: integer('start'),
        end: integer('end'),
        exact: literal('exact'),
        prefix: literal('prefix'),
        suffix: literal('suffix'),
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
      if (s.start === undefined || s.end === undefined || s.exact === undefined) {
        fail(s.id, 'selector', 'needs a TextPositionSelector (start, end) and a TextQuoteSelector (exact)');
        continue;
      }
      if (s.end > codePointLength(text) || s.start > s.end)
        fail(s.id, 'selector.start', `[${s.start}, ${s.end}) is not inside the article`);
      expect(s.id, 'selector.exact', text, s.start, s.end, s.exact);
      if (s.prefix !== undefined)
        expect(s.id, 'selector.prefix', text, s.start - codePointLength(s.prefix), s.start, s.prefix);
      if (s.suffix !== undefined)
        expect(s.id, 'selector.suffix', text, s.end, s.end + codePointLength(s.suffix), s.suffix);
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
      this.spansChecked += 1;
      if (text === undefined)
        fail(
          c.id,
          'appearance',
          `names ${c.articleId ?? 'no article'}, whose text the bundle does not carry`,
        );
      else if (c.text === undefined || !text.includes(c.text))
        fail(c.id, 'text', `${show(c.text ?? '')} does not occur in the text of ${c.articleId!}`);
    }
    for (const r of this.reviewed) {
      if (r.claim === undefined || r.claimReviewed !== claimText.get(r.claim))
        fail(r.id, 'claimReviewed', `is not the text of the claim it reviews (${r.claim ?? 'none'})`);
    }
    return this.problems;
  }
}
