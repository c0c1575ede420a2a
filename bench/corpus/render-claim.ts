/**
 * Turns a claim (a story, a polarity and a wording) into text in one language, recording where each
 * entity is named so that the annotation can list exactly the entities inside each quote.
 */
import { FUTURE_PERIODS, PAST_PERIODS } from './claims';
import type { Wording } from './claims';
import type { EntityDef } from './entities';
import { MARKER_TIERS } from './markers';
import type { StatementMarkers } from './layout';
import { DATES } from './people';
import { at, Zipf } from './prng';
import type { Rng } from './prng';
import type { Story } from './stories';

export type Language = 'ar' | 'en';

/** An entity named in a piece of text, at UTF-16 offsets of that text. */
export interface EntityMention {
  entity: EntityDef;
  start: number;
  end: number;
}

/** Rendered words and the entities they name. */
export interface RenderedText {
  text: string;
  mentions: EntityMention[];
}

/** Everything that decides a statement's words, so both languages render the same claim. */
export interface Claim {
  story: Story;
  polarity: 'affirm' | 'deny';
  variant: number;
  period: Wording;
  past: Wording;
  date: EntityDef;
  markers: StatementMarkers;
  /** Which spelling of each Arabic marker place the text uses (hamza or not, shadda or not). */
  spelling: number;
}

const dates = new Zipf(DATES, 0.5);

/** A claim about `story` with time phrases drawn from `rng`. */
export function createClaim(
  rng: Rng,
  story: Story,
  polarity: Claim['polarity'],
  variant: number,
  markers: StatementMarkers,
): Claim {
  return {
    story,
    polarity,
    variant,
    period: rng.pick(FUTURE_PERIODS),
    past: rng.pick(PAST_PERIODS),
    date: dates.draw(rng),
    markers,
    spelling: rng.int(0, 1),
  };
}

/** The wordings available for a polarity of the claim's family. */
export function wordings(story: Story, polarity: Claim['polarity']): readonly Wording[] {
  return polarity === 'affirm' ? story.family.affirm : story.family.deny;
}

const SLOT = /\{([a-z0-9]+)(?::([^|}]*)\|([^}]*))?\}/g;

/**
 * The claim in `language`. With `qualifiers`, the marker places, bodies and topic files of the
 * statement are appended ("… قرب بئر الأصفر، بالتنسيق مع …"); the headline is rendered without them.
 */
export function renderClaim(claim: Claim, language: Language, qualifiers: boolean): RenderedText {
  const out: RenderedText = { text: '', mentions: [] };
  const { story } = claim;
  const fill = (template: string): void => {
    let last = 0;
    for (const match of template.matchAll(SLOT)) {
      out.text += template.slice(last, match.index);
      last = match.index + match[0].length;
      const [, slot = '', feminine, masculine] = match;
      if (feminine !== undefined && masculine !== undefined) {
        const subject = slot === 'gp' ? story.person : story.actor;
        out.text += subject.feminine === true ? feminine : masculine;
      } else if (slot === 'num' || slot === 'pct') {
        out.text += formatNumber(slot === 'num' ? story.num : story.pct, language);
      } else if (slot === 'period' || slot === 'past') {
        fill((slot === 'period' ? claim.period : claim.past)[language]);
      } else {
        name(entityFor(slot));
      }
    }
    out.text += template.slice(last);
  };
  const name = (entity: EntityDef, words = entity[language]): void => {
    out.mentions.push({ entity, start: out.text.length, end: out.text.length + words.length });
    out.text += words;
  };
  const entityFor = (slot: string): EntityDef => {
    const entities: Record<string, EntityDef> = {
      actor: story.actor,
      actor2: story.actor2,
      place: story.place,
      place2: story.place2,
      person: story.person,
      date: claim.date,
    };
    const entity = entities[slot];
    if (!entity) throw new Error(`unknown claim slot {${slot}}`);
    return entity;
  };

  fill(at(wordings(story, claim.polarity), claim.variant)[language]);
  if (qualifiers) appendQualifiers(claim, language, out, name);
  return out;
}

function appendQualifiers(
  claim: Claim,
  language: Language,
  out: RenderedText,
  name: (entity: EntityDef, words?: string) => void,
): void {
  const { markers } = claim;
  const ar = language === 'ar';
  const list = <T>(tiers: T[], each: (tier: T) => void, and = ar ? ' و' : ' and '): void =>
    tiers.forEach((tier, i) => {
      if (i > 0) out.text += and;
      each(tier);
    });
  // An Arabic article has only Arabic marker places and an English one only English ones; a gloss
  // renders the Arabic ones in English.
  const places = [
    ...markers.arabicPlace.map((t) => {
      const { arabicPlace } = at(MARKER_TIERS, t - 1);
      return (): void => name(arabicPlace, ar ? at(arabicPlace.spellings, claim.spelling) : arabicPlace.en);
    }),
    ...markers.englishPlace.map((t) => (): void => name(at(MARKER_TIERS, t - 1).englishPlace)),
  ];
  if (places.length > 0) {
    out.text += ar ? ' قرب ' : ' near ';
    // 'وقرب', not 'و' alone: light stemming keeps و on a two-letter word ('وتل'), and the place
    // would no longer match a search for it.
    list(places, (render) => render(), ar ? ' وقرب ' : ' and near ');
  }
  if (markers.organization.length > 0) {
    out.text += ar ? '، بالتنسيق مع ' : ', in coordination with ';
    list(markers.organization, (t) => name(at(MARKER_TIERS, t - 1).organization));
  }
  if (markers.topic.length > 0) {
    out.text += ar ? '، في إطار ملف ' : ', as part of the work on ';
    list(markers.topic, (t) => {
      const { topic } = at(MARKER_TIERS, t - 1);
      out.text += ar ? topic.phraseAr : topic.phraseEn;
    });
  }
}

/** Digits as the press prints them: 2500 in Arabic copy, 2,500 in English. */
function formatNumber(n: number, language: Language): string {
  const digits = String(n);
  return language === 'ar' ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Upper-cases the first letter (sentence starts and quotations in English). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
