/**
 * Builds one synthetic article: a headline that condenses the lede, paragraphs that each introduce
 * a source and carry one to three of its statements, sometimes a closing line that is not a claim,
 * and the annotation of all of it.
 */
import type { AnnotationFile } from '../../src/ingest/annotation-schema';
import { AnnotationBuilder } from './annotation-builder';
import { ArticleText } from './article-text';
import { articleLanguage, markerOutletTier, publishedAt, statementCount, statementMarkers } from './layout';
import { chooseOutlet, outletName } from './outlets';
import { planStatement } from './plan-statements';
import type { StatementPlan } from './plan-statements';
import type { Rng } from './prng';
import { at } from './prng';
import { createClaim, renderClaim } from './render-claim';
import type { Language } from './render-claim';
import { CHAINS, CONTINUATIONS, OPENERS, OUTLET_VOICE } from './sentence-templates';
import { outletVoice } from './speakers';
import type { StoryPool } from './stories';
import { StatementWriter } from './statement-writer';

/** One generated article: its text and its annotation. */
export interface GeneratedArticle {
  slug: string;
  text: string;
  annotation: AnnotationFile;
}

/** What survives from one article to the next: the random stream and the bounded memories. */
export interface CorpusState {
  rng: Rng;
  pool: StoryPool;
  /** The latest article in which each named person or institution spoke, for `sameAs`. */
  lastSpoke: Map<string, string>;
}

const DATELINES = ['BAGHDAD', 'ERBIL', 'WASHINGTON', 'DAMASCUS', 'BEIRUT', 'AMMAN', 'BASRA'];
/** Shares of body paragraphs in the outlet's own voice and reported through a chain. */
export const OUTLET_VOICE_SHARE = 0.18;
export const CHAIN_SHARE = 0.08;
const CLOSING_LINE_SHARE = 0.3;

/** Builds article number `index` of a corpus of `articles` with `perArticle` statements on average. */
export function buildArticle(
  state: CorpusState,
  index: number,
  articles: number,
  perArticle: number,
): GeneratedArticle {
  const { rng, pool } = state;
  const language: Language = articleLanguage(index);
  const outletDef = chooseOutlet(rng, language, markerOutletTier(index));
  const { outlet } = outletDef;
  const slug = `a${String(index).padStart(7, '0')}-${outlet.id}`;
  const outletWords = outletName(outletDef, language);
  const builder = new AnnotationBuilder({
    slug,
    language,
    outlet,
    publishedAt: publishedAt(index, articles),
  });
  const text = new ArticleText();
  const voice = outletVoice(outlet.nameOriginal ?? outlet.name, outlet.name);
  const writer = new StatementWriter({
    rng,
    language,
    text,
    builder,
    outletWords,
    lastSpoke: state.lastSpoke,
    slug,
  });

  const count = statementCount(index, articles, perArticle);
  // An article follows one main story and a few related ones, about one per four statements.
  const stories = Array.from({ length: 1 + Math.floor(count / 4) }, () => pool.choose(rng));
  const plans = Array.from({ length: count - 1 }, (_, i) => planStatement(rng, stories, index, i + 1, slug));

  // The headline is the lede's claim without the lede's qualifiers, in the outlet's voice.
  const lede = plans[0];
  const headline: StatementPlan = {
    id: 'headline',
    claim: lede?.claim ?? createClaim(rng, at(stories, 0).story, 'affirm', 0, statementMarkers(index, 0)),
    relation: null,
  };
  builder.headline = writer.write(headline, at(OUTLET_VOICE[language], 1), voice, { qualifiers: false });
  if (lede) {
    const same =
      renderClaim(lede.claim, language, true).text === renderClaim(lede.claim, language, false).text;
    builder.assessments.push({
      id: 'headline-condenses-lede',
      relation: same ? 'SAME_CLAIM' : 'REFINES',
      from: lede.id,
      to: 'headline',
      rationale: same
        ? 'The headline repeats the claim of the lede in the outlet’s voice.'
        : 'The lede gives the claim of the headline with places or context added.',
      confidence: 0.95,
      method: 'RULE',
      rule: 'headline-condenses-lede',
    });
  }

  for (let next = 0, paragraph = 0; next < plans.length; paragraph++) {
    const group = plans.slice(next, next + rng.int(1, 3));
    next += group.length;
    text.append('\n');
    if (paragraph === 0 && language === 'en') {
      const start = text.append(`${rng.pick(DATELINES)} (${outletWords}) —`);
      builder.exclude(
        { start, end: text.length },
        "Dateline: place of filing and the outlet's name, not a claim.",
      );
      text.append(' ');
    }
    const roll = rng.next();
    group.forEach((plan, i) => {
      if (i > 0) text.append(' ');
      if (roll < OUTLET_VOICE_SHARE) writer.write(plan, rng.pick(OUTLET_VOICE[language]), voice);
      else if (roll < OUTLET_VOICE_SHARE + CHAIN_SHARE)
        writer.chain(plan, i, CHAINS[language], CONTINUATIONS[language]);
      else writer.attributed(plan, i, OPENERS[language], CONTINUATIONS[language]);
    });
    writer.endParagraph();
  }

  if (rng.chance(CLOSING_LINE_SHARE)) {
    text.append('\n');
    const start = text.append(
      language === 'ar'
        ? `ولم يتسنَّ لـ"${outletWords}" التحقق من هذه المعلومات من مصدر مستقل.`
        : `${outletWords} could not independently verify the account.`,
    );
    builder.exclude(
      { start, end: text.length },
      'Boilerplate about verification by the outlet, not a claim.',
    );
  }
  text.append('\n');
  writer.finish();
  return { slug, text: text.text, annotation: builder.finish(text.text) };
}
