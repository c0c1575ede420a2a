/**
 * Stories: the events that articles report and that their statements agree or disagree about. A
 * story fixes who, where and how many; statements about it differ in wording, time phrase and
 * polarity. A bounded pool of recent stories (with a few statements each) is what later articles
 * refer back to, so memory stays flat however large the corpus.
 */
import { CLAIM_FAMILIES } from './claims';
import type { ClaimFamily } from './claims';
import { OTHER_ORGANIZATIONS, PLACES, STATE_ACTORS } from './entities';
import type { EntityDef, PlaceDef } from './entities';
import { PEOPLE } from './people';
import type { PersonDef } from './people';
import { at, Zipf } from './prng';
import type { Rng } from './prng';

/** One reported event. */
export interface Story {
  family: ClaimFamily;
  place: PlaceDef;
  place2: PlaceDef;
  actor: EntityDef;
  actor2: EntityDef;
  person: PersonDef;
  num: number;
  pct: number;
}

/** A statement already generated about a story: where it is and which way it points. */
export interface StoryStatement {
  /** `slug#id`, or the local id while its article is being built. */
  article: string;
  id: string;
  polarity: 'affirm' | 'deny';
  variant: number;
}

const places = new Zipf(PLACES);
const actors = new Zipf([...STATE_ACTORS, ...OTHER_ORGANIZATIONS]);
const people = new Zipf(PEOPLE);

function distinct<T>(zipf: Zipf<T>, rng: Rng, other: T): T {
  for (let i = 0; i < 8; i++) {
    const item = zipf.draw(rng);
    if (item !== other) return item;
  }
  return zipf.items.find((item) => item !== other) ?? other;
}

/** A new story with Zipf-distributed places, actors and people. */
export function createStory(rng: Rng): Story {
  const place = places.draw(rng);
  const actor = actors.draw(rng);
  return {
    family: rng.pick(CLAIM_FAMILIES),
    place,
    place2: distinct(places, rng, place),
    actor,
    actor2: distinct(actors, rng, actor),
    person: people.draw(rng),
    num: 100 * rng.int(1, 49),
    pct: rng.int(5, 60),
  };
}

const MAX_STORIES = 400;
const MAX_STATEMENTS_PER_STORY = 6;

interface PooledStory {
  story: Story;
  statements: StoryStatement[];
}

/** The recent stories and some of their statements, oldest dropped first. */
export class StoryPool {
  private readonly stories: PooledStory[] = [];

  /** A story for a new article: often a recent one (news cycles), sometimes a new one. */
  choose(rng: Rng): PooledStory {
    if (this.stories.length < 20 || rng.chance(0.35)) {
      const fresh = { story: createStory(rng), statements: [] };
      this.stories.push(fresh);
      if (this.stories.length > MAX_STORIES) this.stories.shift();
      return fresh;
    }
    // Squaring a uniform number favours the end of the list, where the recent stories are.
    const back = Math.floor(rng.next() ** 2 * this.stories.length);
    return at(this.stories, this.stories.length - 1 - back);
  }

  /** Records a statement so that later statements can agree or disagree with it. */
  static remember(pooled: PooledStory, statement: StoryStatement, rng: Rng): void {
    if (pooled.statements.length < MAX_STATEMENTS_PER_STORY) pooled.statements.push(statement);
    else pooled.statements[rng.int(0, MAX_STATEMENTS_PER_STORY - 1)] = statement;
  }
}

export type { PooledStory };
