/**
 * Marker vocabularies: rare terms whose frequency the generator controls exactly, so that every
 * benchmarked search or filter matches a useful number of items (tens to hundreds) at every corpus
 * size. Tier t appears in about one statement in 10^t; a corpus of n statements is probed with the
 * tier that gives about n / 10^t ≈ 200 candidates. Marker words occur nowhere else in the corpus.
 */
import type { EntityDef } from './entities';

/** One tier's markers. */
export interface MarkerTier {
  /** A place named only in Arabic statements, in spellings that differ by hamza or tashkeel. */
  arabicPlace: EntityDef & { spellings: readonly string[] };
  /** The Arabic search probe: the place as a reader might type it, with harakat and a bare alef. */
  arabicQuery: string;
  /** A place named only in English statements. */
  englishPlace: EntityDef;
  englishQuery: string;
  /** A body named in statements of both languages ("in coordination with …"). */
  organization: EntityDef;
  /** A topic and the words that put a statement in it ("… في إطار ملف سلامة السدود"). */
  topic: { id: string; label: string; labelAr: string; phraseAr: string; phraseEn: string };
  /** A local outlet that publishes about 1 article in 4·10^(t-1), in both languages. */
  outlet: { id: string; name: string; nameOriginal: string };
}

const place = (id: string, spellings: string[], nameEn: string): MarkerTier['arabicPlace'] => ({
  id,
  kind: 'PLACE',
  ar: spellings[0] ?? '',
  en: nameEn,
  nameEn,
  spellings,
});

const org = (id: string, ar: string, en: string): EntityDef => ({
  id,
  kind: 'ORGANIZATION',
  ar,
  en: `the ${en}`,
  nameEn: en,
  feminine: ar.startsWith('هيئة') || ar.startsWith('لجنة'),
});

/** Tiers 1 to 5: markers for corpora of about 10^3 to 10^7 statements. */
export const MARKER_TIERS: readonly MarkerTier[] = [
  {
    arabicPlace: place('bir-al-asfar', ['بئر الأصفر', 'بئر الاصفر'], 'Bir al-Asfar'),
    arabicQuery: 'بِئْرُ الاصْفَر',
    englishPlace: {
      id: 'tallow-ridge',
      kind: 'PLACE',
      ar: 'تالو ريدج',
      en: 'Tallow Ridge',
      nameEn: 'Tallow Ridge',
    },
    englishQuery: 'tallow ridge',
    organization: org(
      'upper-euphrates-water-authority',
      'هيئة مياه الفرات الأعلى',
      'Upper Euphrates Water Authority',
    ),
    topic: {
      id: 'dam-safety',
      label: 'Dam safety',
      labelAr: 'سلامة السدود',
      phraseAr: 'سلامة السدود',
      phraseEn: 'dam safety',
    },
    outlet: { id: 'tigris-bulletin', name: 'Tigris Bulletin', nameOriginal: 'نشرة دجلة' },
  },
  {
    arabicPlace: place('tell-al-muadhin', ['تل المؤذن', 'تل المؤذّن'], 'Tell al-Muadhin'),
    arabicQuery: 'تَلّ المُؤَذِّن',
    englishPlace: {
      id: 'marrow-creek',
      kind: 'PLACE',
      ar: 'مارو كريك',
      en: 'Marrow Creek',
      nameEn: 'Marrow Creek',
    },
    englishQuery: 'MARROW creek',
    organization: org('jazira-tribal-council', 'مجلس عشائر الجزيرة', 'Jazira Tribal Council'),
    topic: {
      id: 'locust-control',
      label: 'Locust control',
      labelAr: 'مكافحة الجراد',
      phraseAr: 'مكافحة الجراد',
      phraseEn: 'locust control',
    },
    outlet: { id: 'zagros-courier', name: 'Zagros Courier', nameOriginal: 'بريد زاغروس' },
  },
  {
    arabicPlace: place('ras-al-ghadir', ['رأس الغدير', 'راس الغدير'], 'Ras al-Ghadir'),
    arabicQuery: 'رَاسُ الغُدَيْر',
    englishPlace: {
      id: 'quarry-flats',
      kind: 'PLACE',
      ar: 'كواري فلاتس',
      en: 'Quarry Flats',
      nameEn: 'Quarry Flats',
    },
    englishQuery: 'Quarry Flats',
    organization: org('joint-border-committee', 'لجنة الحدود المشتركة', 'Joint Border Committee'),
    topic: {
      id: 'manuscript-restitution',
      label: 'Restitution of manuscripts',
      labelAr: 'استرداد المخطوطات',
      phraseAr: 'استرداد المخطوطات',
      phraseEn: 'manuscript restitution',
    },
    outlet: { id: 'hamrin-observer', name: 'Hamrin Observer', nameOriginal: 'مرصد حمرين' },
  },
  {
    arabicPlace: place('wadi-al-dhiab', ['وادي الذئاب', 'وادى الذئاب'], 'Wadi al-Dhiab'),
    arabicQuery: 'وَادِي الذِّئَابِ',
    englishPlace: {
      id: 'juniper-ford',
      kind: 'PLACE',
      ar: 'جونيبر فورد',
      en: 'Juniper Ford',
      nameEn: 'Juniper Ford',
    },
    englishQuery: 'juniper FORD',
    organization: org(
      'liberated-areas-reconstruction-fund',
      'صندوق إعمار المناطق المحررة',
      'Liberated Areas Reconstruction Fund',
    ),
    topic: {
      id: 'transit-fees',
      label: 'Transit fees',
      labelAr: 'رسوم العبور',
      phraseAr: 'رسوم العبور',
      phraseEn: 'transit fees',
    },
    outlet: { id: 'shatt-chronicle', name: 'Shatt Chronicle', nameOriginal: 'حوليات الشط' },
  },
  {
    arabicPlace: place('jisr-al-aimma', ['جسر الأئمة', 'جسر الائمة'], 'Jisr al-Aimma'),
    arabicQuery: 'جِسْرُ الأَئِمَّة',
    englishPlace: {
      id: 'osprey-landing',
      kind: 'PLACE',
      ar: 'أوسبري لاندنغ',
      en: 'Osprey Landing',
      nameEn: 'Osprey Landing',
    },
    englishQuery: 'osprey landing',
    organization: org('southern-ports-authority', 'هيئة الموانئ الجنوبية', 'Southern Ports Authority'),
    topic: {
      id: 'undersea-cables',
      label: 'Undersea cables',
      labelAr: 'الكابلات البحرية',
      phraseAr: 'الكابلات البحرية',
      phraseEn: 'undersea cables',
    },
    outlet: { id: 'badia-dispatch', name: 'Badia Dispatch', nameOriginal: 'رسائل البادية' },
  },
];

/** The owner that the marker outlets share (a small regional press group). */
export const MARKER_OUTLET_OWNER = {
  id: 'rafidain-press-group',
  name: 'Rafidain Press Group',
  nameOriginal: 'مجموعة الرافدين الصحفية',
};
