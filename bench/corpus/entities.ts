/**
 * The shared entity vocabulary of the synthetic corpus. Ids, kinds and English names are the same
 * in every generated file (and agree with the seed annotations where the seed uses the same id), as
 * docs/annotation-guide.md §5 requires; `ar`/`en` are how an article in that language names it.
 */
import type { Entity } from '../../src/ingest/annotation-schema';

/** One entity as the generator writes it. `feminine` picks Arabic verb agreement when it is a subject. */
export interface EntityDef {
  id: string;
  kind: Entity['kind'];
  ar: string;
  en: string;
  nameEn: string;
  feminine?: boolean;
}

// id stem, place (ar, en), adjective (masculine, feminine ar; en). US and UK follow the seed's spelling.
const COUNTRIES: ReadonlyArray<readonly [string, string, string, string, string, string, string]> = [
  ['iraq', 'العراق', 'Iraq', 'iraqi', 'العراقي', 'العراقية', 'Iraqi'],
  ['syria', 'سوريا', 'Syria', 'syrian', 'السوري', 'السورية', 'Syrian'],
  ['united-states', 'الولايات المتحدة', 'the United States', 'us', 'الأميركي', 'الأميركية', 'US'],
  ['turkey', 'تركيا', 'Turkey', 'turkish', 'التركي', 'التركية', 'Turkish'],
  ['iran', 'إيران', 'Iran', 'iranian', 'الإيراني', 'الإيرانية', 'Iranian'],
  ['jordan', 'الأردن', 'Jordan', 'jordanian', 'الأردني', 'الأردنية', 'Jordanian'],
  ['lebanon', 'لبنان', 'Lebanon', 'lebanese', 'اللبناني', 'اللبنانية', 'Lebanese'],
  ['saudi-arabia', 'السعودية', 'Saudi Arabia', 'saudi', 'السعودي', 'السعودية', 'Saudi'],
  ['kuwait', 'الكويت', 'Kuwait', 'kuwaiti', 'الكويتي', 'الكويتية', 'Kuwaiti'],
  ['egypt', 'مصر', 'Egypt', 'egyptian', 'المصري', 'المصرية', 'Egyptian'],
  ['yemen', 'اليمن', 'Yemen', 'yemeni', 'اليمني', 'اليمنية', 'Yemeni'],
  ['libya', 'ليبيا', 'Libya', 'libyan', 'الليبي', 'الليبية', 'Libyan'],
  ['sudan', 'السودان', 'Sudan', 'sudanese', 'السوداني', 'السودانية', 'Sudanese'],
  ['qatar', 'قطر', 'Qatar', 'qatari', 'القطري', 'القطرية', 'Qatari'],
  ['uae', 'الإمارات', 'the UAE', 'emirati', 'الإماراتي', 'الإماراتية', 'Emirati'],
  ['oman', 'عُمان', 'Oman', 'omani', 'العماني', 'العمانية', 'Omani'],
  ['bahrain', 'البحرين', 'Bahrain', 'bahraini', 'البحريني', 'البحرينية', 'Bahraini'],
  ['tunisia', 'تونس', 'Tunisia', 'tunisian', 'التونسي', 'التونسية', 'Tunisian'],
  ['algeria', 'الجزائر', 'Algeria', 'algerian', 'الجزائري', 'الجزائرية', 'Algerian'],
  ['morocco', 'المغرب', 'Morocco', 'moroccan', 'المغربي', 'المغربية', 'Moroccan'],
  ['france', 'فرنسا', 'France', 'french', 'الفرنسي', 'الفرنسية', 'French'],
  ['united-kingdom', 'بريطانيا', 'Britain', 'british', 'البريطاني', 'البريطانية', 'British'],
  ['russia', 'روسيا', 'Russia', 'russian', 'الروسي', 'الروسية', 'Russian'],
];

// Cities, bases and regions: id, ar, en, nameEn, country id (the region its topics belong to).
const SITES: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ['baghdad', 'بغداد', 'Baghdad', 'Baghdad', 'iraq'],
  ['erbil', 'أربيل', 'Erbil', 'Erbil', 'iraq'],
  ['ain-al-asad', 'قاعدة عين الأسد', 'Ain al-Asad air base', 'Ain al-Asad air base', 'iraq'],
  ['balad', 'قاعدة بلد', 'Balad air base', 'Balad air base', 'iraq'],
  [
    'baghdad-airport',
    'مطار بغداد الدولي',
    'Baghdad International Airport',
    'Baghdad International Airport',
    'iraq',
  ],
  ['kurdistan-region', 'إقليم كردستان', 'the Kurdistan region', 'Kurdistan region of Iraq', 'iraq'],
  ['basra', 'البصرة', 'Basra', 'Basra', 'iraq'],
  ['mosul', 'الموصل', 'Mosul', 'Mosul', 'iraq'],
  ['kirkuk', 'كركوك', 'Kirkuk', 'Kirkuk', 'iraq'],
  ['najaf', 'النجف', 'Najaf', 'Najaf', 'iraq'],
  ['karbala', 'كربلاء', 'Karbala', 'Karbala', 'iraq'],
  ['fallujah', 'الفلوجة', 'Fallujah', 'Fallujah', 'iraq'],
  ['ramadi', 'الرمادي', 'Ramadi', 'Ramadi', 'iraq'],
  ['tikrit', 'تكريت', 'Tikrit', 'Tikrit', 'iraq'],
  ['samarra', 'سامراء', 'Samarra', 'Samarra', 'iraq'],
  ['duhok', 'دهوك', 'Duhok', 'Duhok', 'iraq'],
  ['sulaymaniyah', 'السليمانية', 'Sulaymaniyah', 'Sulaymaniyah', 'iraq'],
  ['al-qaim', 'القائم', 'al-Qaim', 'al-Qaim', 'iraq'],
  ['sinjar', 'سنجار', 'Sinjar', 'Sinjar', 'iraq'],
  ['deir-ez-zor', 'دير الزور', 'Deir ez-Zor', 'Deir ez-Zor', 'syria'],
  ['raqqa', 'الرقة', 'Raqqa', 'Raqqa', 'syria'],
  ['hasakah', 'الحسكة', 'Hasakah', 'Hasakah', 'syria'],
  ['qamishli', 'القامشلي', 'Qamishli', 'Qamishli', 'syria'],
  ['aleppo', 'حلب', 'Aleppo', 'Aleppo', 'syria'],
  ['damascus', 'دمشق', 'Damascus', 'Damascus', 'syria'],
  ['homs', 'حمص', 'Homs', 'Homs', 'syria'],
  ['idlib', 'إدلب', 'Idlib', 'Idlib', 'syria'],
  ['al-tanf', 'قاعدة التنف', 'the al-Tanf garrison', 'al-Tanf garrison', 'syria'],
  ['albu-kamal', 'البوكمال', 'Albu Kamal', 'Albu Kamal', 'syria'],
  ['amman', 'عمّان', 'Amman', 'Amman', 'jordan'],
  ['beirut', 'بيروت', 'Beirut', 'Beirut', 'lebanon'],
  ['ankara', 'أنقرة', 'Ankara', 'Ankara', 'turkey'],
  ['tehran', 'طهران', 'Tehran', 'Tehran', 'iran'],
  ['riyadh', 'الرياض', 'Riyadh', 'Riyadh', 'saudi-arabia'],
  ['cairo', 'القاهرة', 'Cairo', 'Cairo', 'egypt'],
  ['aden', 'عدن', 'Aden', 'Aden', 'yemen'],
  ['benghazi', 'بنغازي', 'Benghazi', 'Benghazi', 'libya'],
  ['khartoum', 'الخرطوم', 'Khartoum', 'Khartoum', 'sudan'],
  ['doha', 'الدوحة', 'Doha', 'Doha', 'qatar'],
];

/** A place with the country whose topics it belongs to. */
export interface PlaceDef extends EntityDef {
  region: EntityDef;
}

const country = (c: (typeof COUNTRIES)[number]): EntityDef => ({
  id: c[0],
  kind: 'PLACE',
  ar: c[1],
  en: c[2],
  nameEn: c[2].replace(/^the /, ''),
});

/** Countries, used as places and as the regions that topics are about. */
export const REGIONS: readonly EntityDef[] = COUNTRIES.map(country);

const regionById = new Map(REGIONS.map((r) => [r.id, r]));

/** Places in rank order (the first ones recur most, as in the seed's Iraq coverage). */
export const PLACES: readonly PlaceDef[] = [
  ...SITES.slice(0, 2).map(site),
  ...REGIONS.slice(0, 2).map((r) => ({ ...r, region: r })),
  ...SITES.slice(2).map(site),
  ...REGIONS.slice(2).map((r) => ({ ...r, region: r })),
];

function site(s: (typeof SITES)[number]): PlaceDef {
  const region = regionById.get(s[4]);
  if (!region) throw new Error(`unknown region ${s[4]}`);
  return { id: s[0], kind: 'PLACE', ar: s[1], en: s[2], nameEn: s[3], region };
}

/** Governments and armies of every country: "the Iraqi government", "الجيش العراقي". */
export const STATE_ACTORS: readonly EntityDef[] = COUNTRIES.flatMap((c) => {
  const [, , en, adj, adjM, adjF, adjEn] = c;
  const place = en.replace(/^the /, '');
  const org = (id: string, ar: string, en: string, nameEn: string, feminine: boolean): EntityDef => ({
    id,
    kind: 'ORGANIZATION',
    ar,
    en,
    nameEn,
    feminine,
  });
  // The seed names the US government and forces this way; other countries follow one pattern.
  if (adj === 'us') {
    return [
      org('us-government', 'الإدارة الأميركية', 'the US administration', 'US government', true),
      org('us-forces', 'القوات الأميركية', 'US forces', 'US forces', true),
    ];
  }
  return [
    org(`${adj}-government`, `الحكومة ${adjF}`, `the ${adjEn} government`, `Government of ${place}`, true),
    org(`${adj}-army`, `الجيش ${adjM}`, `the ${adjEn} army`, `${adjEn} army`, false),
  ];
});

// id, ar, en, nameEn, feminine (Arabic agreement).
const ORGANIZATIONS: ReadonlyArray<readonly [string, string, string, string, boolean]> = [
  [
    'international-coalition',
    'التحالف الدولي',
    'the international coalition',
    'the international coalition (against ISIS)',
    false,
  ],
  ['pentagon', 'البنتاغون', 'the Pentagon', 'the Pentagon (US Department of Defense)', false],
  ['united-nations', 'الأمم المتحدة', 'the United Nations', 'United Nations', true],
  ['world-bank', 'البنك الدولي', 'the World Bank', 'World Bank', false],
  ['european-union', 'الاتحاد الأوروبي', 'the European Union', 'European Union', false],
  ['arab-league', 'جامعة الدول العربية', 'the Arab League', 'Arab League', true],
  ['nato', 'حلف شمال الأطلسي', 'NATO', 'NATO', false],
  [
    'kurdistan-regional-government',
    'حكومة إقليم كردستان',
    'the Kurdistan Regional Government',
    'Kurdistan Regional Government',
    true,
  ],
  [
    'iraqi-parliament',
    'البرلمان العراقي',
    'the Iraqi parliament',
    'Council of Representatives of Iraq',
    false,
  ],
  [
    'popular-mobilization-forces',
    'هيئة الحشد الشعبي',
    'the Popular Mobilization Forces',
    'Popular Mobilization Forces',
    true,
  ],
  [
    'counter-terrorism-service',
    'جهاز مكافحة الإرهاب',
    'the Counter-Terrorism Service',
    'Iraqi Counter-Terrorism Service',
    false,
  ],
  [
    'central-bank-of-iraq',
    'البنك المركزي العراقي',
    'the Central Bank of Iraq',
    'Central Bank of Iraq',
    false,
  ],
  ['red-crescent', 'الهلال الأحمر', 'the Red Crescent', 'Red Crescent', false],
  ['isis', 'تنظيم داعش', 'the Islamic State', 'ISIS (Islamic State)', false],
];

/** Organisations that are not one country's government or army. */
export const OTHER_ORGANIZATIONS: readonly EntityDef[] = ORGANIZATIONS.map(
  ([id, ar, en, nameEn, feminine]) => ({
    id,
    kind: 'ORGANIZATION',
    ar,
    en,
    nameEn,
    feminine,
  }),
);
