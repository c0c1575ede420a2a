/**
 * Outlets and their owners: a few dozen outlets held by about ten owners, so that independence
 * (counted by owner) differs from the number of outlets, as with Al Arabiya.net and Al Hadath.net.
 * Ids and owners agree with the seed annotations for the outlets they share.
 */
import type { Outlet } from '../../src/ingest/annotation-schema';
import { MARKER_OUTLET_OWNER, MARKER_TIERS } from './markers';
import { at, Zipf } from './prng';
import type { Rng } from './prng';

/** An outlet with the language it publishes in and the name its articles use for it. */
export interface OutletDef {
  outlet: Outlet;
  language: 'ar' | 'en' | 'both';
}

const OWNERS: Record<string, { name: string; nameOriginal?: string }> = {
  'al-arabiya-network': { name: 'Al Arabiya Network (MBC Group)' },
  'levant-media-holding': { name: 'Levant Media Holding', nameOriginal: 'شركة المشرق القابضة للإعلام' },
  'gulf-news-group': { name: 'Gulf News Group', nameOriginal: 'مجموعة أخبار الخليج' },
  'mesopotamia-media': { name: 'Mesopotamia Media', nameOriginal: 'ميزوبوتاميا للإعلام' },
  'crescent-broadcasting': { name: 'Crescent Broadcasting', nameOriginal: 'الهلال للبث' },
  'atlas-publishing': { name: 'Atlas Publishing' },
  'nile-press-house': { name: 'Nile Press House', nameOriginal: 'دار النيل للصحافة' },
  'northern-light-media': { name: 'Northern Light Media' },
};

// id, English name, Arabic name (for Arabic outlets), language, owner id (own id when it owns itself).
const OUTLETS: ReadonlyArray<readonly [string, string, string | null, 'ar' | 'en', string]> = [
  ['alarabiya-net', 'Al Arabiya.net', 'العربية.نت', 'ar', 'al-arabiya-network'],
  ['harbor-wire', 'Harbor Wire', null, 'en', 'harbor-wire'],
  ['alhadath-net', 'Al Hadath.net', 'الحدث.نت', 'ar', 'al-arabiya-network'],
  ['al-rafid-net', 'Al-Rafid Net', 'الرافد نت', 'ar', 'al-rafid-net'],
  ['levant-daily', 'Levant Daily', null, 'en', 'levant-media-holding'],
  ['al-mashriq-post', 'Al-Mashriq Post', 'المشرق بوست', 'ar', 'levant-media-holding'],
  ['gulf-monitor', 'Gulf Monitor', null, 'en', 'gulf-news-group'],
  ['al-khaleej-today', 'Al-Khaleej Today', 'الخليج اليوم', 'ar', 'gulf-news-group'],
  ['mesopotamia-news', 'Mesopotamia News', 'ميزوبوتاميا نيوز', 'ar', 'mesopotamia-media'],
  ['crescent-tv-online', 'Crescent TV Online', 'الهلال أونلاين', 'ar', 'crescent-broadcasting'],
  ['atlas-review', 'Atlas Review', null, 'en', 'atlas-publishing'],
  ['nile-evening', 'Nile Evening', 'مساء النيل', 'ar', 'nile-press-house'],
  ['northern-light', 'Northern Light', null, 'en', 'northern-light-media'],
  ['beirut-observer', 'Beirut Observer', null, 'en', 'levant-media-holding'],
  ['al-sawt-al-arabi', 'Al-Sawt al-Arabi', 'الصوت العربي', 'ar', 'crescent-broadcasting'],
  ['desert-courier', 'Desert Courier', null, 'en', 'gulf-news-group'],
  ['al-jisr-news', 'Al-Jisr News', 'الجسر نيوز', 'ar', 'mesopotamia-media'],
  ['capital-wire', 'Capital Wire', null, 'en', 'atlas-publishing'],
  ['al-manara-net', 'Al-Manara Net', 'المنارة نت', 'ar', 'nile-press-house'],
  ['frontier-report', 'Frontier Report', null, 'en', 'northern-light-media'],
  ['al-bawaba-today', 'Al-Bawaba Today', 'البوابة اليوم', 'ar', 'gulf-news-group'],
  ['eastern-ledger', 'Eastern Ledger', null, 'en', 'harbor-wire'],
  ['al-nahar-al-jadid', 'Al-Nahar al-Jadid', 'النهار الجديد', 'ar', 'levant-media-holding'],
  ['al-rai-online', 'Al-Rai Online', 'الرأي أونلاين', 'ar', 'mesopotamia-media'],
  ['meridian-post', 'Meridian Post', null, 'en', 'crescent-broadcasting'],
];

function ownerOf(ownerId: string, self: { name: string; nameOriginal: string | null }): Outlet['owner'] {
  const known = OWNERS[ownerId];
  if (known) return { id: ownerId, ...known };
  // An outlet whose owner is unknown is recorded as its own owner (annotation guide §1).
  return { id: ownerId, name: self.name, ...(self.nameOriginal ? { nameOriginal: self.nameOriginal } : {}) };
}

/** The ordinary outlets, in rank order. */
export const OUTLET_DEFS: readonly OutletDef[] = OUTLETS.map(([id, name, nameOriginal, language, owner]) => ({
  outlet: {
    id,
    name,
    ...(nameOriginal ? { nameOriginal } : {}),
    owner: ownerOf(owner, { name, nameOriginal }),
  },
  language,
}));

/** The marker outlets, one per tier (index 0 is tier 1); they publish in both languages. */
export const MARKER_OUTLETS: readonly OutletDef[] = MARKER_TIERS.map(({ outlet }) => ({
  outlet: { ...outlet, owner: MARKER_OUTLET_OWNER },
  language: 'both',
}));

const byLanguage = {
  ar: new Zipf(OUTLET_DEFS.filter((o) => o.language === 'ar')),
  en: new Zipf(OUTLET_DEFS.filter((o) => o.language === 'en')),
};

/** The publishing outlet of an article: the marker outlet of its tier, or a Zipf draw. */
export function chooseOutlet(rng: Rng, language: 'ar' | 'en', markerTier: number | null): OutletDef {
  if (markerTier !== null) return at(MARKER_OUTLETS, markerTier - 1);
  return byLanguage[language].draw(rng);
}

/** How an article in `language` names the outlet. */
export function outletName(def: OutletDef, language: 'ar' | 'en'): string {
  return language === 'ar' ? (def.outlet.nameOriginal ?? def.outlet.name) : def.outlet.name;
}
