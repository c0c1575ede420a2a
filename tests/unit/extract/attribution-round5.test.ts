import { proposeAnnotations } from '../../../src/extract';
import type { Proposal } from '../../../src/extract';

const HARBOR = { id: 'harbor-post', name: 'Harbor Post', owner: { id: 'harbor-post', name: 'Harbor Post' } };
const WADI = { id: 'wadi-net', name: 'الوادي نت', owner: { id: 'wadi-net', name: 'الوادي نت' } };

function propose(text: string, language: 'ar' | 'en', outlet = language === 'ar' ? WADI : HARBOR): Proposal {
  return proposeAnnotations({ text, language, outlet, annotatedAt: '2026-01-01', version: '0.0.0' });
}

/** The statement with `quote`, its source's label and kind. */
function attributed(p: Proposal, quote: string): { source: string; kind: string } {
  const { statements, sources } = p.annotation;
  const st = statements.find((s) => s.quote === quote);
  if (!st) throw new Error(`no statement "${quote}" in ${statements.map((s) => s.quote).join(' | ')}`);
  const source = sources.find((s) => s.id === st.source);
  return { source: source?.label ?? st.source, kind: source?.kind ?? 'OUTLET_VOICE' };
}

describe('an English subject with appositions before its verb', () => {
  it('reads a name, a title with abbreviations and a possessive, as one person', () => {
    const p = propose(
      'Dr. Mira Sand, the chief surgeon of St. Anne’s Clinic, told reporters that four patients had been discharged.',
      'en',
    );
    expect(attributed(p, 'four patients had been discharged')).toEqual({
      source: 'Dr. Mira Sand, the chief surgeon of St. Anne’s Clinic',
      kind: 'NAMED_PERSON',
    });
  });

  it('reads a title phrase followed by an abbreviated rank and a name', () => {
    const p = propose(
      'The commander of the northern fire brigade, Col. Ivan Brook, said the flames had reached the depot.',
      'en',
    );
    expect(attributed(p, 'the flames had reached the depot').kind).toBe('NAMED_PERSON');
  });

  it('leaves a relative clause about a named speaker out of the content', () => {
    const p = propose('Sen. Ada Quill, who chairs the budget panel, said the vote would be delayed.', 'en');
    expect(attributed(p, 'the vote would be delayed')).toEqual({
      source: 'Sen. Ada Quill',
      kind: 'NAMED_PERSON',
    });
  });

  it('reads a body with its name in apposition as an institution', () => {
    const p = propose(
      'A pipeline burst near the harbour, the port’s operator, Tellin Logistics, said on Monday.',
      'en',
    );
    expect(attributed(p, 'A pipeline burst near the harbour').kind).toBe('INSTITUTION');
  });

  it('skips a participle phrase describing a document', () => {
    const p = propose(
      'A budget memo dated May 2, seen by Harbor Post, shows that the fund was cut by half.',
      'en',
    );
    expect(attributed(p, 'the fund was cut by half').source).toBe('A budget memo dated May 2');
  });
});

describe('an English subject whose head no rule lists', () => {
  it('credits "the carrier" as a body and a plural as a group', () => {
    const p = propose(
      'The carrier said the route would reopen. Tour guides in the valley reported that bookings had fallen.',
      'en',
    );
    expect(attributed(p, 'the route would reopen')).toEqual({ source: 'The carrier', kind: 'INSTITUTION' });
    expect(attributed(p, 'bookings had fallen')).toEqual({
      source: 'Tour guides in the valley',
      kind: 'ANONYMOUS_GROUP',
    });
  });

  it('drops an introductory circumstance and binds "it" to the body named before', () => {
    const p = propose(
      'The Port Authority rejected that claim. In a short statement, it said the cranes were safe.',
      'en',
    );
    expect(attributed(p, 'the cranes were safe').source).toBe('The Port Authority');
    expect(p.annotation.statements.some((s) => s.quote === 'In a short statement')).toBe(false);
  });
});

describe('a negated English cue', () => {
  it('attributes nothing ("has not said whether")', () => {
    const p = propose('The agency has not said whether the test was repeated.', 'en');
    expect(p.annotation.statements.every((s) => s.source === 'outlet-voice')).toBe(true);
  });
});

describe('an Arabic subject set off by commas before its verb', () => {
  it('is the speaker, and the noun after the verb is its object', () => {
    const p = propose('لكن مدير هيئة الموانئ، المهندس كريم الساعدي، اعتبر هذه الأرقام "غير دقيقة".', 'ar');
    expect(attributed(p, 'هذه الأرقام "غير دقيقة"')).toEqual({
      source: 'مدير هيئة الموانئ، المهندس كريم الساعدي',
      kind: 'NAMED_PERSON',
    });
  });

  it('stands before a relative clause about the speaker', () => {
    const p = propose(
      'أما السائق رامي الحسن، الذي التقته "الوادي نت" قرب الجسر، فقال: "لم نتحرك منذ يومين".',
      'ar',
    );
    expect(attributed(p, 'لم نتحرك منذ يومين').kind).toBe('NAMED_PERSON');
  });

  it('is not a word of the connective before it (من جهته، قال …)', () => {
    const p = propose('من جهته، قال أستاذ الاقتصاد في جامعة الوسط د. هالة منصور إن "الدين سيرتفع".', 'ar');
    expect(attributed(p, 'الدين سيرتفع').source).toBe('أستاذ الاقتصاد في جامعة الوسط د. هالة منصور');
  });
});

describe('Arabic titles and relays', () => {
  it('reads a title with a quoted bloc and the name after it', () => {
    const p = propose('نفت النائبة عن كتلة "الوفاق" ليلى الكعبي أن تكون الجلسة قانونية.', 'ar');
    expect(attributed(p, 'تكون الجلسة قانونية').source).toBe('النائبة عن كتلة "الوفاق" ليلى الكعبي');
  });

  it('reads an agency whose name runs past its head before عن', () => {
    const p = propose('ونقلت وكالة النهار للأنباء عن مصدر في الوزارة أن الاجتماع تأجل.', 'ar');
    const st = p.annotation.statements.find((s) => s.quote === 'الاجتماع تأجل');
    expect(attributed(p, 'الاجتماع تأجل').source).toBe('مصدر في الوزارة');
    expect(st?.via.length).toBe(1);
  });

  it('keeps a quoted outlet name inside the circumstance', () => {
    const p = propose(
      'قال وزير المالية سامر العلي في مقابلة مع إذاعة "صوت المدينة" إن العجز "سينخفض هذا العام".',
      'ar',
    );
    expect(attributed(p, 'سينخفض هذا العام').kind).toBe('NAMED_PERSON');
  });

  it('does not take an object with a pronoun suffix for a name', () => {
    const p = propose('وختمت الوزيرة كلمتها بالقول إن الحوار مستمر.', 'ar');
    expect(attributed(p, 'الحوار مستمر').source).toBe('الوزيرة');
  });
});

describe('Arabic cues of estimate, rejection and documents; negated cues', () => {
  it('credits an estimate and a rejection to their speakers', () => {
    const p = propose(
      'وقدّر رئيس غرفة التجارة، نبيل حداد، الخسائر بنحو مليوني دولار. ورفض المتحدث باسم الوزارة هذه الأرقام.',
      'ar',
    );
    expect(attributed(p, 'الخسائر بنحو مليوني دولار').kind).toBe('NAMED_PERSON');
    expect(attributed(p, 'هذه الأرقام').kind).not.toBe('OUTLET_VOICE');
  });

  it('attributes nothing to a negated cue (ولا يذكر التقرير …)', () => {
    const p = propose('ولا يذكر التقرير عدد المصابين في الحادث.', 'ar');
    expect(p.annotation.statements.every((s) => s.source === 'outlet-voice')).toBe(true);
  });
});

describe('Arabic content clauses', () => {
  it('opens the content at من أن after a warning', () => {
    const p = propose('وحذّر نصار من أن المخزون سينفد خلال أيام.', 'ar');
    expect(attributed(p, 'المخزون سينفد خلال أيام').source).toBe('نصار');
  });

  it('reads يبلغ / تبلغ as "amounts to", not as a cue', () => {
    const p = propose('وقال الوزير سعيد البنا إن الديون تبلغ نحو مليار دولار.', 'ar');
    expect(attributed(p, 'الديون تبلغ نحو مليار دولار').kind).toBe('NAMED_PERSON');
  });

  it('keeps a quotation inside a clause as a partial quotation of the whole clause', () => {
    const p = propose('وقال مصدر في الوزارة إن مفاوضات "سرية" تجري في عاصمة أخرى.', 'ar');
    const st = p.annotation.statements.find((s) => s.quote === 'مفاوضات "سرية" تجري في عاصمة أخرى');
    expect(st?.mode).toBe('REPORTED_SPEECH');
  });
});

describe('wire datelines', () => {
  it('excludes "المدينة – الوكالة:" and "CITY, date (Agency) -"', () => {
    const ar = propose('خبر\nالنهرين – وكالة الضفاف: ارتفع منسوب النهر مترين.', 'ar');
    expect(ar.annotation.excluded.map((x) => x.quote)).toContain('النهرين – وكالة الضفاف:');
    const en = propose('Story\nOSLO, May 4 (Nordwire) - The river rose two metres overnight.', 'en');
    expect(en.annotation.excluded.map((x) => x.quote)).toContain('OSLO, May 4 (Nordwire) -');
  });
});

describe('coordinated reported clauses and inverted speakers', () => {
  it('splits "X and that Y" into two statements of the same speaker', () => {
    const p = propose('The ministry said the bridge was safe and that repairs would start in June.', 'en');
    expect(attributed(p, 'the bridge was safe').source).toBe('The ministry');
    expect(attributed(p, 'repairs would start in June').source).toBe('The ministry');
  });

  it('splits قال إن … وأن … without a comma', () => {
    const p = propose('وقال المتحدث باسم البلدية إن الطريق مغلق وأن الحافلات ستتوقف غدًا.', 'ar');
    expect(attributed(p, 'الطريق مغلق').source).toBe('المتحدث باسم البلدية');
    expect(attributed(p, 'الحافلات ستتوقف غدًا').source).toBe('المتحدث باسم البلدية');
  });

  it('keeps an apposition after an inverted speaker in the speaker, not in the content', () => {
    const p = propose('“The wall held,” said Omar Fenn, the site engineer at Brakes Dam.', 'en');
    expect(attributed(p, 'The wall held').source).toBe('Omar Fenn, the site engineer at Brakes Dam');
    expect(p.annotation.statements.length).toBe(1);
  });

  it('reads a bare title in apposition after a quotation', () => {
    const p = propose(
      '“We asked for new pumps twice,” Dana Holt, treasurer of the Riverside Tenants Association, said.',
      'en',
    );
    expect(attributed(p, 'We asked for new pumps twice').kind).toBe('NAMED_PERSON');
  });
});
