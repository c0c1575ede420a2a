/**
 * Claim families: the propositions that synthetic statements make, in Arabic and English with the
 * same slots, so that an Arabic quote's gloss is its own translation. Each family has affirming and
 * denying wordings of one story ("X will withdraw 400 troops from Erbil" / "no decision to withdraw
 * 400 troops from Erbil"): statements of the same story agree when their polarity is the same and
 * contradict when it differs. Arabic claims start with a definite or construct noun so that they
 * read correctly after أن as well as at the start of a sentence.
 *
 * Slots: {actor} {actor2} organisations, {place} {place2} places, {person}, {num} (hundreds),
 * {pct}, {period} (future) and {past} time phrases; {g:feminine|masculine} agrees with {actor},
 * {gp:…|…} with {person}.
 */

/** One wording in both languages. */
export interface Wording {
  ar: string;
  en: string;
}

/** A family of claims about one kind of story, with its topic. */
export interface ClaimFamily {
  id: string;
  label: string;
  labelAr: string;
  affirm: readonly Wording[];
  deny: readonly Wording[];
}

const w = (ar: string, en: string): Wording => ({ ar, en });

export const CLAIM_FAMILIES: readonly ClaimFamily[] = [
  {
    id: 'troop-withdrawal',
    label: 'Troop withdrawal',
    labelAr: 'انسحاب القوات',
    affirm: [
      w(
        '{actor} {g:ستسحب|سيسحب} {num} جندي من {place} {period}',
        '{actor} will withdraw {num} troops from {place} {period}',
      ),
      w(
        'المرحلة الأولى من انسحاب {num} جندي من {place} ستبدأ {period}',
        'the first phase of the withdrawal of {num} troops from {place} will begin {period}',
      ),
    ],
    deny: [
      w(
        'خطط انتشار {num} جندي في {place} لم تتغير',
        'the deployment plans for {num} troops in {place} have not changed',
      ),
      w(
        '{actor} لم {g:تتخذ|يتخذ} أي قرار بسحب {num} جندي من {place}',
        '{actor} has taken no decision to withdraw {num} troops from {place}',
      ),
    ],
  },
  {
    id: 'unit-relocation',
    label: 'Relocation of military units',
    labelAr: 'نقل الوحدات العسكرية',
    affirm: [
      w(
        'الأرتال العسكرية بدأت نقل {num} آلية من {place} باتجاه {place2}',
        'military convoys have begun moving {num} vehicles from {place} towards {place2}',
      ),
      w(
        'نقل {num} آلية عسكرية من {place} إلى {place2} سيكتمل {period}',
        'the transfer of {num} military vehicles from {place} to {place2} will be completed {period}',
      ),
    ],
    deny: [
      w(
        'أي عملية نقل لـ{num} آلية من {place} لم تبدأ بعد',
        'no transfer of {num} vehicles from {place} has begun yet',
      ),
    ],
  },
  {
    id: 'extension-request',
    label: 'Requests to extend a foreign troop presence',
    labelAr: 'طلبات تمديد بقاء القوات الأجنبية',
    affirm: [
      w(
        '{actor} {g:طلبت|طلب} رسميًا تمديد بقاء {num} جندي في {place}',
        '{actor} formally asked to extend the presence of {num} troops in {place}',
      ),
    ],
    deny: [
      w(
        '{actor} لم {g:تطلب|يطلب} تمديد بقاء {num} جندي في {place}',
        '{actor} did not ask to extend the presence of {num} troops in {place}',
      ),
    ],
  },
  {
    id: 'security-threat',
    label: 'Security threats',
    labelAr: 'التهديدات الأمنية',
    affirm: [
      w(
        'الهجمات المسلحة حول {place} تراجعت بنسبة {pct} في المئة {past}',
        'armed attacks around {place} have declined by {pct} percent {past}',
      ),
      w(
        'الوضع الأمني في {place} تحسن بنسبة {pct} في المئة {past}',
        'the security situation in {place} has improved by {pct} percent {past}',
      ),
    ],
    deny: [
      w(
        'الهجمات المسلحة حول {place} ارتفعت بنسبة {pct} في المئة {past}',
        'armed attacks around {place} have risen by {pct} percent {past}',
      ),
    ],
  },
  {
    id: 'reconstruction-funding',
    label: 'Reconstruction funding',
    labelAr: 'تمويل إعادة الإعمار',
    affirm: [
      w(
        '{actor} {g:خصصت|خصص} {num} مليون دولار لإعادة إعمار {place}',
        '{actor} has allocated {num} million dollars to rebuild {place}',
      ),
      w(
        'أعمال إعادة إعمار {place} بكلفة {num} مليون دولار ستنطلق {period}',
        'reconstruction work in {place} costing {num} million dollars will start {period}',
      ),
    ],
    deny: [
      w(
        'أي مبلغ من {num} مليون دولار مخصصة لإعادة إعمار {place} لم يُصرف حتى الآن',
        'none of the {num} million dollars earmarked to rebuild {place} has been spent so far',
      ),
    ],
  },
  {
    id: 'border-crossing',
    label: 'Border crossings',
    labelAr: 'المعابر الحدودية',
    affirm: [
      w(
        'المعبر الحدودي في {place} سيُعاد فتحه أمام {num} شاحنة يوميًا {period}',
        'the border crossing at {place} will reopen to {num} trucks a day {period}',
      ),
    ],
    deny: [
      w(
        'المعبر الحدودي في {place} سيبقى مغلقًا أمام {num} شاحنة عالقة',
        'the border crossing at {place} will stay closed to {num} stranded trucks',
      ),
    ],
  },
  {
    id: 'negotiations',
    label: 'Negotiations',
    labelAr: 'المفاوضات',
    affirm: [
      w(
        'جولة جديدة من المحادثات بين {actor} و{actor2} ستُعقد في {place} {period}',
        'a new round of talks between {actor} and {actor2} will be held in {place} {period}',
      ),
      w(
        '{actor} {g:وافقت|وافق} على استئناف المحادثات مع {actor2} في {place}',
        '{actor} has agreed to resume talks with {actor2} in {place}',
      ),
    ],
    deny: [
      w(
        'المحادثات بين {actor} و{actor2} في {place} عُلّقت إلى أجل غير مسمى',
        'the talks between {actor} and {actor2} in {place} have been suspended indefinitely',
      ),
    ],
  },
  {
    id: 'arrests',
    label: 'Arrests and detentions',
    labelAr: 'الاعتقالات',
    affirm: [
      w(
        'قوات الأمن اعتقلت {num} شخص في {place} {past}',
        'security forces arrested {num} people in {place} {past}',
      ),
    ],
    deny: [
      w(
        'قوات الأمن لم تعتقل أحدًا في {place} {past}',
        'security forces have not arrested anyone in {place} {past}',
      ),
    ],
  },
  {
    id: 'official-visits',
    label: 'Official visits',
    labelAr: 'الزيارات الرسمية',
    affirm: [
      w('{person} {gp:ستزور|سيزور} {place} {period}', '{person} will visit {place} {period}'),
      w('زيارة {person} إلى {place} ستتم {period}', "{person}'s visit to {place} will take place {period}"),
    ],
    deny: [
      w(
        '{person} {gp:ألغت زيارتها|ألغى زيارته} المقررة إلى {place}',
        '{person} has called off a planned visit to {place}',
      ),
    ],
  },
];

/** Future time phrases; {date} is a month entity. */
export const FUTURE_PERIODS: readonly Wording[] = [
  w('خلال الأسابيع المقبلة', 'within the coming weeks'),
  w('قبل نهاية العام', 'before the end of the year'),
  w('بحلول {date}', 'by {date}'),
  w('في غضون شهرين', 'within two months'),
  w('مطلع {date}', 'at the start of {date}'),
];

/** Past time phrases. */
export const PAST_PERIODS: readonly Wording[] = [
  w('منذ مطلع الأسبوع', 'since the start of the week'),
  w('خلال {date}', 'in {date}'),
  w('في الأشهر الثلاثة الماضية', 'over the past three months'),
  w('منذ {date}', 'since {date}'),
];
