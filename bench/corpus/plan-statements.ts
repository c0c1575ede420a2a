/**
 * Decides what each statement of an article claims before any text is written: which story, which
 * polarity and wording, and whether it contradicts or agrees with an earlier statement of that
 * story (in this article or an earlier one). About a quarter of statements are meant to contradict
 * one and an eighth to agree with one; a statement of a story that has none yet relates to nothing,
 * so about 16% and 9% do, which leaves contradiction queries plenty to find at every corpus size.
 */
import type { Assessment } from '../../src/ingest/annotation-schema';
import { statementMarkers } from './layout';
import type { Rng } from './prng';
import { at } from './prng';
import { createClaim, wordings } from './render-claim';
import type { Claim } from './render-claim';
import { StoryPool } from './stories';
import type { PooledStory, StoryStatement } from './stories';

const CONTRADICTS_SHARE = 0.24;
const AGREES_SHARE = 0.12;

/** One planned statement. */
export interface StatementPlan {
  id: string;
  claim: Claim;
  relation: { relation: 'CONTRADICTS' | 'AGREES'; target: StoryStatement } | null;
}

/**
 * Plans statement `statement` (1-based: 0 is the headline) of article `article`, drawing its story
 * from `stories`, and remembers it in the story so that later statements can refer to it.
 */
export function planStatement(
  rng: Rng,
  stories: readonly PooledStory[],
  article: number,
  statement: number,
  slug: string,
): StatementPlan {
  // The lede and the next statement stay with the article's main story.
  const pooled = statement <= 2 ? at(stories, 0) : rng.pick(stories);
  const { story } = pooled;
  const earlier = pooled.statements;
  const roll = rng.next();
  let relation: StatementPlan['relation'] = null;
  let polarity: Claim['polarity'] = rng.chance(0.7) ? 'affirm' : 'deny';
  if (earlier.length > 0 && roll < CONTRADICTS_SHARE + AGREES_SHARE) {
    // Mostly statements of other articles: that is where outlets disagree.
    const elsewhere = earlier.filter((s) => s.article !== slug);
    const target = rng.pick(elsewhere.length > 0 && rng.chance(0.8) ? elsewhere : earlier);
    const contradicts = roll < CONTRADICTS_SHARE;
    polarity = contradicts === (target.polarity === 'affirm') ? 'deny' : 'affirm';
    relation = { relation: contradicts ? 'CONTRADICTS' : 'AGREES', target };
  }
  const options = wordings(story, polarity).length;
  let variant = rng.int(0, options - 1);
  // Agreeing statements say the same thing in other words when the family has them.
  if (relation?.relation === 'AGREES' && variant === relation.target.variant)
    variant = (variant + 1) % options;
  const id = `s${statement}-${story.family.id}`;
  const claim = createClaim(rng, story, polarity, variant, statementMarkers(article, statement));
  StoryPool.remember(pooled, { article: slug, id, polarity, variant }, rng);
  return { id, claim, relation };
}

/** The assessment that a plan's relation records, from the planned statement. */
export function assessmentOf(plan: StatementPlan, slug: string, rng: Rng): Assessment | null {
  if (!plan.relation) return null;
  const { relation, target } = plan.relation;
  const { story, polarity } = plan.claim;
  const about = `the same ${story.family.label.toLowerCase()} story about ${story.place.nameEn}`;
  const contradicts = relation === 'CONTRADICTS';
  return {
    id: `${plan.id}-${contradicts ? 'contradicts' : 'agrees'}`,
    relation,
    from: plan.id,
    to: target.article === slug ? target.id : `${target.article}#${target.id}`,
    rationale: contradicts
      ? `One statement affirms and the other denies ${about}.`
      : `Both ${polarity === 'affirm' ? 'affirm' : 'deny'} ${about}, in different words.`,
    confidence: Math.round((contradicts ? 0.6 + 0.35 * rng.next() : 0.7 + 0.25 * rng.next()) * 100) / 100,
    method: 'RULE',
    rule: contradicts ? 'same-story-opposite-polarity' : 'same-story-same-polarity',
  };
}
