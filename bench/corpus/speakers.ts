/**
 * Who speaks in synthetic articles: the source descriptors of the seed articles (مصادر مطلعة,
 * مسؤول دفاعي أميركي, named officials, institutions, "the information", the outlet's own voice), with
 * the back-reference that later sentences of a paragraph use for them (المصادر, "the official").
 */
import type { SourceKind } from '../../src/ingest/annotation-schema';
import { OTHER_ORGANIZATIONS, STATE_ACTORS } from './entities';
import type { EntityDef } from './entities';
import { PEOPLE } from './people';
import { Zipf } from './prng';
import type { Rng } from './prng';

/** A source as the generator uses it; `id` is its id in every file (source ids are per file). */
export interface Speaker {
  id: string;
  kind: SourceKind;
  ar: string;
  en: string;
  backAr: string;
  backEn: string;
  /** The source's label as each language's text names it (a person's name without the role). */
  label: { ar: string; en: string };
  labelEn: string;
  /** Arabic verb agreement: feminine for women and for non-human plurals (مصادر، التقديرات). */
  feminine: boolean;
  /** A named person's role follows the name after a comma and needs a closing one. */
  appositive: boolean;
  role: string | null;
  affiliation: string | null;
}

type Descriptor = readonly [
  id: string,
  ar: string,
  backAr: string,
  en: string,
  backEn: string,
  feminine: boolean,
];

const GROUPS: readonly Descriptor[] = [
  ['informed-sources', 'مصادر مطلعة', 'المصادر', 'informed sources', 'the sources', true],
  ['private-sources', 'مصادر خاصة', 'المصادر', 'sources familiar with the matter', 'the sources', true],
  ['security-sources', 'مصادر أمنية', 'المصادر', 'security sources', 'the sources', true],
  ['us-officials', 'مسؤولون أميركيون', 'المسؤولون', 'US officials', 'the officials', false],
  ['western-diplomats', 'دبلوماسيون غربيون', 'الدبلوماسيون', 'Western diplomats', 'the diplomats', false],
  ['iraqi-lawmakers', 'نواب عراقيون', 'النواب', 'Iraqi lawmakers', 'the lawmakers', false],
];

const INDIVIDUALS: readonly Descriptor[] = [
  ['defense-official', 'مسؤول دفاعي أميركي', 'المسؤول', 'a US defense official', 'the official', false],
  ['iraqi-security-source', 'مصدر أمني عراقي', 'المصدر', 'an Iraqi security source', 'the source', false],
  ['senior-iraqi-official', 'مسؤول عراقي رفيع', 'المسؤول', 'a senior Iraqi official', 'the official', false],
  ['western-diplomat', 'دبلوماسي غربي', 'الدبلوماسي', 'a Western diplomat', 'the diplomat', false],
  ['kurdish-commander', 'قيادي كردي', 'القيادي', 'a Kurdish commander', 'the commander', false],
  ['government-source', 'مصدر حكومي', 'المصدر', 'a government source', 'the source', false],
];

const UNATTRIBUTED: readonly Descriptor[] = [
  ['information-revealed', 'المعلومات', 'المعلومات', 'the information', 'the information', true],
  ['us-estimates', 'التقديرات الأميركية', 'التقديرات', 'US estimates', 'the estimates', true],
  ['circulating-reports', 'التقارير المتداولة', 'التقارير', 'circulating reports', 'the reports', true],
];

const fromDescriptor = (kind: SourceKind, [id, ar, backAr, en, backEn, feminine]: Descriptor): Speaker => ({
  id,
  kind,
  ar,
  en,
  backAr,
  backEn,
  label: { ar, en },
  labelEn: en.replace(/^(a|an) /, ''),
  feminine,
  appositive: false,
  role: null,
  affiliation: null,
});

const groups = new Zipf(GROUPS.map((d) => fromDescriptor('ANONYMOUS_GROUP', d)));
const individuals = new Zipf(INDIVIDUALS.map((d) => fromDescriptor('ANONYMOUS_INDIVIDUAL', d)));
const unattributed = new Zipf(UNATTRIBUTED.map((d) => fromDescriptor('UNATTRIBUTED', d)));
const organizations = new Zipf([...STATE_ACTORS, ...OTHER_ORGANIZATIONS]);
const institutions = new Zipf(organizations.items.map(institution));
const people = new Zipf(
  PEOPLE.map((p): Speaker => ({
    id: p.id,
    kind: 'NAMED_PERSON',
    ar: `${p.roleAr}، ${p.ar}`,
    en: `${p.en}, ${p.roleEn}`,
    backAr: p.familyAr,
    backEn: p.familyEn,
    label: { ar: p.ar, en: p.en },
    labelEn: `${p.en}, ${p.roleEn}`,
    feminine: p.feminine === true,
    appositive: true,
    role: p.role,
    affiliation: p.affiliation.nameEn,
  })),
);

function institution(org: EntityDef): Speaker {
  return {
    id: org.id,
    kind: 'INSTITUTION',
    ar: org.ar,
    en: org.en,
    backAr: org.ar,
    backEn: org.en,
    label: { ar: org.ar, en: org.en },
    labelEn: org.nameEn,
    feminine: org.feminine === true,
    appositive: false,
    role: null,
    affiliation: org.nameEn,
  };
}

/** The outlet's own voice (one per file, id `outlet-voice`). */
export function outletVoice(nameAr: string, nameEn: string): Speaker {
  return {
    id: 'outlet-voice',
    kind: 'OUTLET_VOICE',
    ar: nameAr,
    en: nameEn,
    backAr: nameAr,
    backEn: nameEn,
    label: { ar: nameAr, en: nameEn },
    labelEn: `${nameEn} (its own voice)`,
    feminine: true,
    appositive: false,
    role: null,
    affiliation: nameEn,
  };
}

/** Unnamed officials of a body, quoted through an intermediary ("نقلت مصادر مطلعة عن مسؤولين في …"). */
export function officialsOf(org: EntityDef): Speaker {
  return {
    ...fromDescriptor('ANONYMOUS_GROUP', [
      `officials-${org.id}`,
      `مسؤولين في ${org.ar}`,
      'المسؤولون',
      `officials at ${org.en}`,
      'the officials',
      false,
    ]),
    affiliation: org.nameEn,
  };
}

/** An intermediary of a chain: a group of sources (مصادر مطلعة). */
export function drawRelay(rng: Rng): Speaker {
  return groups.draw(rng);
}

/** An institution for a chain's officials. */
export function drawOrganization(rng: Rng): EntityDef {
  return organizations.draw(rng);
}

/** Shares of source kinds among attributed paragraphs (the outlet's voice and chains are drawn apart). */
export const SPEAKER_KINDS: ReadonlyArray<readonly [SourceKind, number]> = [
  ['NAMED_PERSON', 0.3],
  ['ANONYMOUS_GROUP', 0.22],
  ['ANONYMOUS_INDIVIDUAL', 0.18],
  ['INSTITUTION', 0.18],
  ['UNATTRIBUTED', 0.12],
];

/** A speaker for a paragraph that is not in the outlet's own voice. */
export function drawSpeaker(rng: Rng): Speaker {
  let u = rng.next();
  for (const [kind, share] of SPEAKER_KINDS) {
    u -= share;
    if (u < 0 || kind === 'UNATTRIBUTED') return drawOfKind(rng, kind);
  }
  return drawOfKind(rng, 'NAMED_PERSON');
}

function drawOfKind(rng: Rng, kind: SourceKind): Speaker {
  if (kind === 'NAMED_PERSON') return people.draw(rng);
  if (kind === 'ANONYMOUS_GROUP') return groups.draw(rng);
  if (kind === 'ANONYMOUS_INDIVIDUAL') return individuals.draw(rng);
  if (kind === 'INSTITUTION') return institutions.draw(rng);
  return unattributed.draw(rng);
}
