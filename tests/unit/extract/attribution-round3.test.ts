import { proposeAnnotations } from '../../../src/extract';
import type { Proposal } from '../../../src/extract';

const HARBOR = { id: 'harbor-post', name: 'Harbor Post', owner: { id: 'harbor-post', name: 'Harbor Post' } };
const WADI = { id: 'wadi-net', name: 'الوادي نت', owner: { id: 'wadi-net', name: 'الوادي نت' } };

function propose(text: string, language: 'ar' | 'en', outlet = language === 'ar' ? WADI : HARBOR): Proposal {
  return proposeAnnotations({ text, language, outlet, annotatedAt: '2026-01-01', version: '0.0.0' });
}

/** The statement with `quote`, its source's label and its chain's labels. */
function attributed(p: Proposal, quote: string): { source: string; kind: string; via: string[] } {
  const { statements, sources } = p.annotation;
  const st = statements.find((s) => s.quote === quote);
  if (!st) throw new Error(`no statement "${quote}" in ${statements.map((s) => s.quote).join(' | ')}`);
  const label = (id: string): string => sources.find((s) => s.id === id)?.label ?? id;
  const kind = sources.find((s) => s.id === st.source)?.kind ?? 'OUTLET_VOICE';
  return { source: label(st.source), kind, via: st.via.map(label) };
}

describe('a relay cue (نقلت X عن Y)', () => {
  it('credits the relayed speaker and puts the relaying agency in the chain', () => {
    const p = propose('ونقلت وكالة الأنباء الرسمية عن مصادر في الوزارة أن منسوب البحيرة انخفض.', 'ar');
    expect(attributed(p, 'منسوب البحيرة انخفض')).toEqual({
      source: 'مصادر في الوزارة',
      kind: 'ANONYMOUS_GROUP',
      via: ['وكالة الأنباء الرسمية'],
    });
  });

  it('is no attribution when nobody is relayed (نقل moves things too)', () => {
    const p = propose('نقلت الشركة معداتها إلى الميناء الجديد.', 'ar');
    expect(p.annotation.statements.every((s) => s.source === 'outlet-voice')).toBe(true);
  });
});

describe('a speaker who told another outlet', () => {
  it('has that outlet as the carrier of the statement and of its continuation', () => {
    const p = propose(
      'A source at the naval base told the Selkirk Herald that berths were reserved for three weeks. The source added that fuel was ordered.',
      'en',
    );
    expect(attributed(p, 'berths were reserved for three weeks').via).toEqual(['Selkirk Herald']);
    expect(attributed(p, 'fuel was ordered').via).toEqual(['Selkirk Herald']);
  });

  it('has no carrier when the outlet it told is the article’s own', () => {
    const p = propose('A source at the naval base told Harbor Post that berths were reserved.', 'en');
    expect(attributed(p, 'berths were reserved').via).toEqual([]);
  });
});

describe('an Arabic title with a place complement or an honorific before the name', () => {
  it('takes "في السهلين، سالم العبيدي" into the speaker after a quotation', () => {
    const p = propose(
      '«لن نقبل بأن تترك أراضينا عطشى»، قال رئيس اتحاد المزارعين في السهلين، سالم العبيدي.',
      'ar',
    );
    expect(attributed(p, 'لن نقبل بأن تترك أراضينا عطشى')).toMatchObject({
      source: 'رئيس اتحاد المزارعين في السهلين، سالم العبيدي',
      kind: 'NAMED_PERSON',
    });
  });

  it('takes "مدير السد، المهندس فؤاد ناصر" as one named person', () => {
    const p = propose('«المخزون لا يكفي»، صرّح مدير السد، المهندس فؤاد ناصر، لـ"الوادي نت".', 'ar');
    expect(attributed(p, 'المخزون لا يكفي')).toMatchObject({
      source: 'مدير السد، المهندس فؤاد ناصر',
      kind: 'NAMED_PERSON',
    });
  });
});

describe('a circumstance set off by commas between the speaker and its verb', () => {
  it('keeps an Arabic subject before "، طلب عدم ذكر اسمه، قال" and records the condition', () => {
    const p = propose('لكن مسؤولًا في الوزارة، طلب عدم ذكر اسمه، قال إن أي انسحاب لن يتم قبل الصيف.', 'ar');
    expect(attributed(p, 'أي انسحاب لن يتم قبل الصيف')).toMatchObject({
      source: 'مسؤولًا في الوزارة',
      kind: 'ANONYMOUS_INDIVIDUAL',
    });
    const source = p.annotation.sources.find((s) => s.label === 'مسؤولًا في الوزارة');
    expect(source?.basis.conditions).toBe('طلب عدم ذكر اسمه');
  });

  it('stops the subject at a complementiser (غير أن مهندسًا …)', () => {
    const p = propose(
      'غير أن مهندسًا يعمل في السد، لم يشأ ذكر اسمه، قال إن الانخفاض يقارب 25 في المئة.',
      'ar',
    );
    expect(attributed(p, 'الانخفاض يقارب 25 في المئة').source).toBe('مهندسًا يعمل في السد');
  });

  it('keeps an English subject before ", speaking on condition of anonymity, told" and finds the content after a colon', () => {
    const p = propose(
      'Two officers at the navy command, speaking on condition of anonymity, told "Harbor Post" a different story: the frigates sailed on Tuesday.',
      'en',
    );
    expect(attributed(p, 'the frigates sailed on Tuesday')).toEqual({
      source: 'Two officers at the navy command',
      kind: 'ANONYMOUS_GROUP',
      via: [],
    });
  });
});

describe('the end of a claim', () => {
  it('leaves out the speaker’s refusal ("but declined to say when …")', () => {
    const p = propose(
      'Adm. Pieter Rhee said three frigates were on patrol but declined to say when they sailed.',
      'en',
    );
    expect(p.annotation.statements.map((s) => s.quote)).toEqual(['three frigates were on patrol']);
  });

  it('leaves out دون أن يوضح after an Arabic claim', () => {
    const p = propose('وقال مسؤول في الوزارة إن الشحنة وصلت دون أن يوضح موعد توزيعها.', 'ar');
    expect(p.annotation.statements.map((s) => s.quote)).toEqual(['الشحنة وصلت']);
  });

  it('splits ", and" before a clause with its own verb, not before a listed noun', () => {
    const split = propose(
      'Voss said no ships had been ordered, and those ships will be back within ten days.',
      'en',
    );
    expect(split.annotation.statements.map((s) => s.quote)).toEqual([
      'no ships had been ordered',
      'those ships will be back within ten days',
    ]);
    const list = propose('Voss said ships, planes, and tanks were sent north.', 'en');
    expect(list.annotation.statements.map((s) => s.quote)).toEqual([
      'ships, planes, and tanks were sent north',
    ]);
  });
});

describe('Arabic speakers around the verb', () => {
  it('reads a subject with its name in apposition before the verb (X، الدكتورة Y، كشفت أن)', () => {
    const p = propose(
      'مديرة الصيدلية في مستشفى النور العام، الدكتورة سعاد الكبيسي، كشفت أن 37 صنفًا نفدت.',
      'ar',
    );
    expect(attributed(p, '37 صنفًا نفدت')).toMatchObject({
      source: 'مديرة الصيدلية في مستشفى النور العام، الدكتورة سعاد الكبيسي',
      kind: 'NAMED_PERSON',
    });
  });

  it('takes a rank and its modifier between the title and the name (وزير الدفاع اللواء الركن …)', () => {
    const p = propose('نفى وزير الدفاع اللواء الركن سامي الجبوري، أي نية لإنهاء عمل البعثة.', 'ar');
    expect(attributed(p, 'أي نية لإنهاء عمل البعثة').source).toBe('وزير الدفاع اللواء الركن سامي الجبوري');
  });

  it('ends a name before the noun that opens the denied content (… كارلسون وجود جدول)', () => {
    const p = propose('ونفت المتحدثة باسم البعثة ليندا كارلسون وجود جدول زمني للمغادرة.', 'ar');
    expect(attributed(p, 'وجود جدول زمني للمغادرة').source).toBe('المتحدثة باسم البعثة ليندا كارلسون');
  });

  it('credits a quotation of several sentences to a bare name after the cue, one statement a sentence', () => {
    const p = propose(
      '"نحن ملتزمون بالشراكة. أي قرار سيُتخذ بالتشاور مع الحكومة"، قالت كارلسون في بيان لاحق.',
      'ar',
    );
    expect(p.annotation.statements.map((s) => [s.quote, s.mode])).toEqual([
      ['نحن ملتزمون بالشراكة', 'DIRECT_QUOTE'],
      ['أي قرار سيُتخذ بالتشاور مع الحكومة', 'DIRECT_QUOTE'],
    ]);
    expect(attributed(p, 'نحن ملتزمون بالشراكة').source).toBe('كارلسون');
  });

  it('does not take an adverb after the verb for a name (أكد مجددًا، …)', () => {
    const p = propose('وأكد مجددًا، أن الخطة جاهزة.', 'ar');
    expect(p.annotation.sources.some((s) => s.label.includes('مجدد'))).toBe(false);
  });
});

describe('English reports', () => {
  it('reads curly single quotes as quotation marks, not the apostrophe inside a word', () => {
    const p = propose(
      '‘The bank’s inspectors will come after the quarter,’ Voss said. The farmers’ union met.',
      'en',
    );
    expect(attributed(p, 'The bank’s inspectors will come after the quarter')).toMatchObject({
      source: 'Voss',
    });
    expect(p.annotation.statements.find((s) => s.quote.includes('inspectors'))?.mode).toBe('DIRECT_QUOTE');
  });

  it('credits "a shift supervisor, who spoke to …, said" to one unnamed person', () => {
    const p = propose(
      'A shift supervisor, who spoke on condition of anonymity because he was not authorized to talk to the press, said the inspection had been postponed twice.',
      'en',
    );
    expect(attributed(p, 'the inspection had been postponed twice')).toMatchObject({
      source: 'A shift supervisor',
      kind: 'ANONYMOUS_INDIVIDUAL',
    });
  });

  it('puts the report in the chain of "according to a report …, citing two rescue workers"', () => {
    const p = propose(
      'According to a report by the Dunmore Courier, citing two rescue workers, the roof fell on Monday.',
      'en',
    );
    const claim = attributed(p, 'the roof fell on Monday');
    expect(claim).toMatchObject({ source: 'two rescue workers', kind: 'ANONYMOUS_GROUP' });
    expect(claim.via).toHaveLength(1);
  });

  it('gives a document its own claim after ", the minutes show, and …"', () => {
    const p = propose(
      'One member warned that rates would hurt, the minutes show, and the majority agreed to wait.',
      'en',
    );
    expect(attributed(p, 'the majority agreed to wait')).toEqual({
      source: 'the minutes',
      kind: 'INSTITUTION',
      via: [],
    });
  });

  it('does not end a sentence at "p.m." before a lower-case word', () => {
    const p = propose(
      'The roof fell at 10 p.m. local time on Monday. Rescuers arrived later that night.',
      'en',
    );
    expect(p.annotation.statements.map((s) => s.quote)).toEqual([
      'The roof fell at 10 p.m. local time on Monday',
      'Rescuers arrived later that night',
    ]);
  });
});

describe('sentences that are not claims', () => {
  it('excludes boilerplate about a request for comment instead of crediting it to the last speaker', () => {
    const p = propose(
      'Rhee said three frigates were on patrol. The press office did not respond to a request for comment.',
      'en',
    );
    expect(p.annotation.statements.map((s) => s.quote)).toEqual(['three frigates were on patrol']);
    expect(p.annotation.excluded.map((x) => x.quote)).toContain(
      'The press office did not respond to a request for comment',
    );
  });

  it('excludes the Arabic لم يتسن الحصول على تعليق', () => {
    const p = propose('وقال مسؤول إن الشحنة وصلت. ولم يتسن الحصول على تعليق من الشركة.', 'ar');
    expect(p.annotation.statements.map((s) => s.quote)).toEqual(['الشحنة وصلت']);
    expect(p.annotation.excluded).toHaveLength(1);
  });

  it('takes a passive "were reported" with no content for the outlet’s narrative', () => {
    const p = propose('The currency fell 0.8% after the minutes were reported.', 'en');
    expect(p.annotation.statements.map((s) => s.source)).toEqual(['outlet-voice']);
  });
});
