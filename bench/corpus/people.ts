/**
 * Named people for the synthetic corpus: officials who speak as sources and are mentioned as
 * entities. Names are composed from first and family names so that a few hundred distinct people
 * exist without a long list; each keeps one affiliation and role in every article.
 */
import { OTHER_ORGANIZATIONS, STATE_ACTORS } from './entities';
import type { EntityDef } from './entities';
import { at, hash32 } from './prng';

/** A person with the role they speak in. */
export interface PersonDef extends EntityDef {
  /** Family name as a back-reference ("وأضاف الدليمي", "Al-Dulaimi added"). */
  familyAr: string;
  familyEn: string;
  roleAr: string;
  roleEn: string;
  role: string;
  affiliation: EntityDef;
}

// ar, en, feminine
const FIRST: ReadonlyArray<readonly [string, string, boolean]> = [
  ['سامر', 'Samer', false],
  ['آرام', 'Aram', false],
  ['ليلى', 'Layla', true],
  ['حيدر', 'Haidar', false],
  ['منى', 'Mona', true],
  ['كريم', 'Karim', false],
  ['رنا', 'Rana', true],
  ['عمر', 'Omar', false],
  ['هدى', 'Huda', true],
  ['فراس', 'Firas', false],
  ['سلمى', 'Salma', true],
  ['باسم', 'Basim', false],
  ['نادية', 'Nadia', true],
  ['علي', 'Ali', false],
  ['زينب', 'Zainab', true],
  ['مصطفى', 'Mustafa', false],
  ['دانة', 'Dana', true],
  ['يوسف', 'Yousef', false],
  ['ريم', 'Reem', true],
  ['خالد', 'Khaled', false],
];

// ar, en: 17 family names, coprime with FIRST.length + 1 so the pairs below never repeat.
const FAMILY: ReadonlyArray<readonly [string, string]> = [
  ['الدليمي', 'al-Dulaimi'],
  ['شيرزاد', 'Shirzad'],
  ['الجبوري', 'al-Jubouri'],
  ['العبيدي', 'al-Obeidi'],
  ['الحسيني', 'al-Husseini'],
  ['البرزنجي', 'Barzinji'],
  ['الخفاجي', 'al-Khafaji'],
  ['السامرائي', 'al-Samarrai'],
  ['الربيعي', 'al-Rubaie'],
  ['النعيمي', 'al-Nuaimi'],
  ['الحديثي', 'al-Hadithi'],
  ['الكبيسي', 'al-Kubaisi'],
  ['الزبيدي', 'al-Zubaidi'],
  ['التميمي', 'al-Tamimi'],
  ['الشمري', 'al-Shammari'],
  ['العاني', 'al-Ani'],
  ['المالكي', 'al-Maliki'],
];

// ar (before the organisation), en (before it), role.
const ROLES: ReadonlyArray<readonly [string, string, string]> = [
  ['المتحدث باسم', 'a spokesperson for', 'spokesperson'],
  ['مستشار', 'an adviser to', 'adviser'],
  ['المسؤول في', 'a senior official at', 'senior official'],
];

const AFFILIATIONS: readonly EntityDef[] = [...STATE_ACTORS, ...OTHER_ORGANIZATIONS];

/** How many people the corpus draws from. */
export const PERSON_COUNT = 160;

function person(i: number): PersonDef {
  const [firstAr, firstEn, feminine] = at(FIRST, i % FIRST.length);
  const q = Math.floor(i / FIRST.length);
  const [familyAr, familyEn] = at(FAMILY, (q * (FIRST.length + 1) + (i % FIRST.length)) % FAMILY.length);
  const [roleAr, roleEn, role] = at(ROLES, hash32(i, 1) % ROLES.length);
  const affiliation = at(AFFILIATIONS, hash32(i, 2) % AFFILIATIONS.length);
  const en = `${firstEn} ${familyEn}`;
  // The spokesperson role is gendered in Arabic; the others are written in the masculine in the press.
  const arRole = feminine && role === 'spokesperson' ? 'المتحدثة باسم' : roleAr;
  return {
    id: en.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    kind: 'PERSON',
    ar: `${firstAr} ${familyAr}`,
    en,
    nameEn: en,
    feminine,
    familyAr,
    familyEn,
    roleAr: `${arRole} ${affiliation.ar}`,
    roleEn: `${roleEn} ${affiliation.en}`,
    role,
    affiliation,
  };
}

/** People in rank order (the first speak most often). */
export const PEOPLE: readonly PersonDef[] = Array.from({ length: PERSON_COUNT }, (_, i) => person(i));

const MONTHS: ReadonlyArray<readonly [string, string]> = [
  ['كانون الثاني', 'January'],
  ['شباط', 'February'],
  ['آذار', 'March'],
  ['نيسان', 'April'],
  ['أيار', 'May'],
  ['حزيران', 'June'],
  ['تموز', 'July'],
  ['آب', 'August'],
  ['أيلول', 'September'],
  ['تشرين الأول', 'October'],
  ['تشرين الثاني', 'November'],
  ['كانون الأول', 'December'],
];

/** Months of 2025–2027 as DATE entities (absolute dates only, guide §5), in calendar order. */
export const DATES: readonly EntityDef[] = [2025, 2026, 2027].flatMap((year) =>
  MONTHS.map(([ar, en]) => ({
    id: `${en.toLowerCase()}-${year}`,
    kind: 'DATE' as const,
    ar: `${ar} ${year}`,
    en: `${en} ${year}`,
    nameEn: `${en} ${year}`,
  })),
);
