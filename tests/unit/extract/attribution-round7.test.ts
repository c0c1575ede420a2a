import { proposeAnnotations } from '../../../src/extract';
import type { Proposal } from '../../../src/extract';

const POST = { id: 'harbor-post', name: 'Harbor Post', owner: { id: 'harbor-post', name: 'Harbor Post' } };
const RIWAQ = { id: 'riwaq', name: 'شبكة الرواق الإخبارية', owner: { id: 'riwaq', name: 'الرواق' } };

const HEADLINES = { ar: 'عنوان الخبر في الصحيفة', en: 'Headline of the report' };

function propose(text: string, language: 'ar' | 'en'): Proposal {
  return proposeAnnotations({
    text: `${HEADLINES[language]}\n${text}\n`,
    language,
    outlet: language === 'ar' ? RIWAQ : POST,
    annotatedAt: '2026-01-01',
    version: '0.0.0',
  });
}

/** Each statement under the headline as `source label | quote`. */
function lines(p: Proposal): string[] {
  const label = new Map(p.annotation.sources.map((s) => [s.id, s.label]));
  return p.annotation.statements
    .filter((s) => !Object.values(HEADLINES).includes(s.quote))
    .map((s) => `${label.get(s.source) ?? s.source} | ${s.quote}`);
}

describe('English quotations and their cues', () => {
  it('credits a quotation to the speaker whose cue is followed by a circumstance', () => {
    const p = propose(
      '"We did not choose to flood these villages. Every gauge was rising," Farhat said in a later statement.',
      'en',
    );
    expect(lines(p)).toEqual([
      'Farhat | We did not choose to flood these villages',
      'Farhat | Every gauge was rising',
    ]);
  });

  it('reads a quotation split by its cue as two statements of one speaker with an abbreviated title', () => {
    const p = propose(
      '“We found oil on the beaches,” said Dr. Aaron Feld, the trust’s marine biologist, “and dead seabirds along the shore.”',
      'en',
    );
    expect(lines(p)).toEqual([
      'Dr. Aaron Feld, the trust’s marine biologist | We found oil on the beaches',
      'Dr. Aaron Feld, the trust’s marine biologist | dead seabirds along the shore',
    ]);
  });

  it('keeps a cue set off by commas inside the one statement it interrupts', () => {
    const p = propose('The gates, officials said, should have been opened two days earlier.', 'en');
    expect(lines(p)).toEqual([
      'officials | The gates, officials said, should have been opened two days earlier',
    ]);
  });

  it('takes a medium named in quotation marks after "told" as the addressee, not as words spoken', () => {
    const p = propose('"The reservoir was rising," Ilse Marrin told "Fenmoor Courier."', 'en');
    expect(lines(p)).toEqual(['Ilse Marrin | The reservoir was rising']);
  });

  it('reads a unit, an abbreviated rank and a name before the verb as the speaker', () => {
    const p = propose('Coast Guard Cmdr. Helena Brask said oil had reached the beaches.', 'en');
    expect(lines(p)).toEqual(['Coast Guard Cmdr. Helena Brask | oil had reached the beaches']);
  });

  it('makes the object of a rejection ("that account") the statement, by a body with a plural possessive', () => {
    const p = propose("The Prison Officers' Association rejected that account.", 'en');
    expect(lines(p)).toEqual(["The Prison Officers' Association | that account"]);
    expect(p.annotation.statements[1]?.cue).toBe('rejected');
  });
});

describe('a body named once and then described', () => {
  it('takes "the company" for the nearest named body, which is then a body and not a person', () => {
    const p = propose(
      'Norvane Shipping, which owns the tanker, denied that the hull had been damaged. In a statement, the company said the crack was caused by a tug.',
      'en',
    );
    expect(lines(p)).toEqual([
      'Norvane Shipping | the hull had been damaged',
      'Norvane Shipping | the crack was caused by a tug',
    ]);
    expect(p.annotation.sources.find((s) => s.label === 'Norvane Shipping')?.kind).toBe('INSTITUTION');
  });

  it('takes "the ministry" for the body whose name holds that word, not for the body named last', () => {
    const p = propose(
      'The Interior Ministry said the arrest was lawful. The union said it was not. The ministry said a warrant was issued.',
      'en',
    );
    expect(lines(p)).toEqual([
      'The Interior Ministry | the arrest was lawful',
      'The union | it was not',
      'The Interior Ministry | a warrant was issued',
    ]);
  });
});

describe('a second content clause of one cue', () => {
  it('credits "، وأن …" and "، وإن …" after a partial quotation to the speaker, not to the outlet', () => {
    const p = propose(
      'وأضاف السامرائي أن المستشفى "استنفد مخزونه من أكياس الدم"، وأنه طلب دعمًا عاجلًا من مستشفيات المحافظات المجاورة.',
      'ar',
    );
    expect(lines(p)).toEqual([
      'السامرائي | استنفد مخزونه من أكياس الدم',
      'السامرائي | طلب دعمًا عاجلًا من مستشفيات المحافظات المجاورة',
    ]);
  });

  it('takes one definite description named twice, with no holder named, for one source', () => {
    const p = propose(
      'The minister said the dam was safe. Later the minister said the gates had opened.',
      'en',
    );
    expect(new Set(p.annotation.statements.slice(-2).map((s) => s.source)).size).toBe(1);
  });
});

describe('one person described, then named', () => {
  it('takes "the lawyer, Amira Costa" for "The lawyer for Daniel Mercer" named before', () => {
    const p = propose(
      'The lawyer for Daniel Mercer said police detained her client. “Nobody showed us a document,” the lawyer, Amira Costa, told reporters.',
      'en',
    );
    expect(new Set(p.annotation.statements.slice(-2).map((s) => s.source)).size).toBe(1);
  });
});

describe('titles, names and bodies around the cue', () => {
  it('reads "said Dr. Mira Castellan of the Prison Reform Council" as a named person', () => {
    const p = propose(
      '"It has been a disaster," said Dr. Mira Castellan of the Prison Reform Council.',
      'en',
    );
    expect(lines(p)).toEqual(['Dr. Mira Castellan of the Prison Reform Council | It has been a disaster']);
    expect(p.annotation.sources.find((s) => s.label.startsWith('Dr.'))?.kind).toBe('NAMED_PERSON');
  });

  it('reads a title whose place the rules do not know, and a name between commas, before the verb', () => {
    const p = propose(
      'لكن مدير مستشفى تل الحمام العام، د. نبيل السامرائي، أكد أن المستشفى استقبل "11 جثة و57 مصابًا".',
      'ar',
    );
    expect(lines(p)).toEqual([
      'مدير مستشفى تل الحمام العام، د. نبيل السامرائي | المستشفى استقبل "11 جثة و57 مصابًا"',
    ]);
  });

  it('reads a name between commas after the verb and its title', () => {
    const p = propose('وقال نقيب عمال السكك الحديد، فارس العزاوي، في مؤتمر صحافي: «لا يوجد أي تخريب».', 'ar');
    expect(lines(p)).toEqual(['نقيب عمال السكك الحديد، فارس العزاوي | لا يوجد أي تخريب']);
  });

  it('keeps the opening verb\'s own "أن …" clause when a participle later names nobody', () => {
    const p = propose(
      'وبيّن الزبيدي أن الإضراب يشمل 85 في المئة من مدارس المحافظات الجنوبية، لافتًا إلى أن النقابة "لن تعلّقه قبل إقرار السلّم".',
      'ar',
    );
    expect(lines(p)).toEqual([
      'الزبيدي | الإضراب يشمل 85 في المئة من مدارس المحافظات الجنوبية',
      'الزبيدي | لن تعلّقه قبل إقرار السلّم',
    ]);
  });

  it('gives قائلًا with nobody before it to the subject of the verb that opens the sentence', () => {
    const p = propose(
      'وردّ الجبوري على أسئلة الصحفيين يوم الثلاثاء قائلًا: "البعثة باقية ما دامت الحاجة إليها قائمة".',
      'ar',
    );
    expect(lines(p)).toEqual(['الجبوري | البعثة باقية ما دامت الحاجة إليها قائمة']);
  });
});

describe('circumstances and initialisms', () => {
  it('reads an initialism inside a body\'s name before the verb ("the U.S. Embassy confirmed")', () => {
    const p = propose(
      'One of the men still at large is a U.S. national, the U.S. Embassy confirmed in an email.',
      'en',
    );
    expect(lines(p)).toEqual(['the U.S. Embassy | One of the men still at large is a U.S. national']);
  });

  it('takes a long opening circumstance ("In a letter … seen by the Times,") for no claim of the outlet', () => {
    const p = propose(
      "In a letter sent to the ministry in August and seen by the Greywater Times, the prison's governor, Ruth Halloran, warned that the night shift was short.",
      'en',
    );
    expect(lines(p)).toEqual(["the prison's governor, Ruth Halloran | the night shift was short"]);
  });
});

describe('cue words that are nouns, and clauses around a cue set off by commas', () => {
  it('does not read "any warning" as a cue', () => {
    const p = propose(
      'Ministry spokesman Paul Dorsey denied that the ministry had received any warning about staffing.',
      'en',
    );
    expect(lines(p)).toEqual([
      'Ministry spokesman Paul Dorsey | the ministry had received any warning about staffing',
    ]);
  });

  it('credits a whole clause before ", he added," and the clause after it to the speaker', () => {
    const p = propose(
      'Maj. Gen. Tomas Rudd said his crews needed three hours. The fire started near the relief valve of the unit, he added, and residents had been told to keep their windows shut.',
      'en',
    );
    expect(lines(p)).toEqual([
      'Maj. Gen. Tomas Rudd | his crews needed three hours',
      'Maj. Gen. Tomas Rudd | The fire started near the relief valve of the unit',
      'Maj. Gen. Tomas Rudd | residents had been told to keep their windows shut',
    ]);
  });
});

describe('Arabic quotations around a titled speaker, and a headline body', () => {
  it('credits both parts of a quotation split by "، قال ROLE عن PLACE، د. NAME،" to that person', () => {
    const p = propose(
      '"ما حدث جريمة إهمال"، قال النائب عن المحافظة، د. صباح الربيعي، "والمسؤولون عنها معروفون بالاسم".',
      'ar',
    );
    expect(lines(p)).toEqual([
      'النائب عن المحافظة، د. صباح الربيعي | ما حدث جريمة إهمال',
      'النائب عن المحافظة، د. صباح الربيعي | والمسؤولون عنها معروفون بالاسم',
    ]);
  });

  it('takes a headline\'s "الدفاع:" for the ministry that speaks in the body, and "عاجل:" for no one', () => {
    const p = proposeAnnotations({
      text: 'الدفاع: لا قرار بانسحاب البعثة\nوقالت وزارة الدفاع في بيان إن البعثة باقية.\n',
      language: 'ar',
    });
    expect(new Set(p.annotation.statements.map((s) => s.source)).size).toBe(1);
    const label = proposeAnnotations({
      text: 'عاجل: انفجار قرب الميناء\nوقع انفجار قرب الميناء صباح اليوم.\n',
      language: 'ar',
    });
    expect(label.annotation.statements[0]?.source).toBe('outlet-voice');
  });
});

describe('an Arabic bare title referring back', () => {
  it('takes "الوزيرة" for the minister named before, and keeps "الوزير السابق" apart', () => {
    const p = propose(
      'قالت وزيرة التربية هدى الراوي إن الرواتب صرفت كاملة. وقال نقيب المعلمين إن الإضراب مستمر. وختمت الوزيرة حديثها بالقول إن باب الحوار "مفتوح". وأكد الوزير السابق أن الأزمة قديمة.',
      'ar',
    );
    expect(lines(p)).toEqual([
      'وزيرة التربية هدى الراوي | الرواتب صرفت كاملة',
      'نقيب المعلمين | الإضراب مستمر',
      'وزيرة التربية هدى الراوي | باب الحوار "مفتوح"',
      'الوزير السابق | الأزمة قديمة',
    ]);
  });
});

describe('Arabic datelines and honorifics', () => {
  it('excludes a dateline that stands on its own line (place, dash, outlet)', () => {
    const p = proposeAnnotations({
      text: 'عنوان الخبر\nالجرف – «الرواق»\nقال الوزير إن الامتحان جرى بشكل طبيعي.\n',
      language: 'ar',
      outlet: RIWAQ,
    });
    expect(p.annotation.statements.map((s) => s.quote)).not.toContain('الجرف – «الرواق»');
    expect(p.annotation.excluded?.map((e) => e.quote)).toContain('الجرف – «الرواق»');
  });

  it('reads a title, the honorific د. and a name before the verb as one speaker', () => {
    const p = propose(
      'لكن نقيب المعلمين في محافظة الجرف، د. عادل الشمري، قال إن صور الأسئلة "انتشرت قبل الامتحان".',
      'ar',
    );
    expect(lines(p)).toEqual([
      'نقيب المعلمين في محافظة الجرف، د. عادل الشمري | صور الأسئلة "انتشرت قبل الامتحان"',
    ]);
  });
});

describe('round 8 (dev only): refusals to comment, documents, participles and datelines', () => {
  it('excludes an Arabic refusal to comment with words between its parts, and keeps a sentence with a cue', () => {
    const p = propose('ولم يتسنَّ لـ«الرواق» الحصول على تعليق من إدارة المصرف.', 'ar');
    expect(lines(p)).toEqual([]);
    expect(p.annotation.excluded?.some((x) => x.quote.startsWith('ولم يتسنَّ'))).toBe(true);
  });

  it('reads "records" and "lists" as what a document says', () => {
    const p = propose(
      'A copy of the rehearsal log, seen by the Observer, records a pressure anomaly on valve V-14 at 11:40.',
      'en',
    );
    expect(lines(p)).toEqual(['A copy of the rehearsal log | a pressure anomaly on valve V-14 at 11:40']);
  });

  it('reads واصفًا as a participle cue of the speaker before it', () => {
    const p = propose(
      'ونفى العقيد سامر الزين أن تكون أي دورية قد سحبت المركب، واصفًا هذه الرواية بأنها «ادعاءات يروّجها المهرّبون».',
      'ar',
    );
    expect(lines(p)).toContainEqual('العقيد سامر الزين | هذه الرواية بأنها «ادعاءات يروّجها المهرّبون»');
  });

  it('ends a circumstance where the denied object opens (نفى في بيان مكتوب وجود …)', () => {
    const p = propose(
      'أما المدير التنفيذي للمصرف، وليد السامرائي، فنفى في بيان مكتوب وجود أي تعليمات بتقييد السحب.',
      'ar',
    );
    expect(lines(p)).toEqual(['المدير التنفيذي للمصرف، وليد السامرائي | وجود أي تعليمات بتقييد السحب']);
  });

  it('credits the claim after ", X said, but" to the same speaker', () => {
    const p = propose(
      'Nobody was killed, a spokeswoman for the service said, but nine of the injured remain in a serious condition.',
      'en',
    );
    expect(lines(p)).toEqual([
      'a spokeswoman for the service | Nobody was killed',
      'a spokeswoman for the service | nine of the injured remain in a serious condition',
    ]);
  });

  it('keeps an evidence verb inside what was said, unless its subject is a document', () => {
    const p = propose(
      'Dr. Priya Anand said the steel supports under the front rows showed "years of corrosion". The trust said the minutes show a vote of 3-2.',
      'en',
    );
    expect(lines(p)).toEqual([
      'Dr. Priya Anand | the steel supports under the front rows showed "years of corrosion"',
      'the minutes | a vote of 3-2',
    ]);
  });

  it('reads a name before an apposition that holds an initialism ("the U.S. company that built …")', () => {
    const p = propose(
      'Corrigan Propulsion, the U.S. company that built the engine, said in a statement that the engine had performed nominally.',
      'en',
    );
    expect(lines(p)).toEqual(['Corrigan Propulsion | the engine had performed nominally']);
  });

  it('does not end a sentence at a month abbreviation in a dateline ("Sept. 9")', () => {
    const p = propose(
      'CAPE MARRIN, Sept. 9 (Harbor Post) — The rocket broke apart over the sea on Tuesday morning.',
      'en',
    );
    expect(p.annotation.statements.map((s) => s.quote)).not.toContain('CAPE MARRIN, Sept');
  });
});
