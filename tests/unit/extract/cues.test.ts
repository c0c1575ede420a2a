import { compileRules } from '../../../src/extract/rules-engine/compile-rules';
import { createDoc, withoutCliticText } from '../../../src/extract/text/doc';
import { loadRuleSet } from '../../../src/extract/rules-engine/load-rules';
import { proposeAnnotations } from '../../../src/extract/propose';
import { quotationRegions } from '../../../src/extract/text/tokens';

const ruleSet = loadRuleSet();
const ar = compileRules(ruleSet, 'ar');
const en = compileRules(ruleSet, 'en');

/** The cue rule ids and cue texts (without clitics) found in `text`. */
function cuesIn(text: string, rules = ar): { id: string; cue: string; denial: boolean }[] {
  const doc = createDoc(text);
  return rules.cues.findAll(doc.tokens).map((m) => ({
    id: m.value.id,
    cue: withoutCliticText(doc, m.start, m.end, m.clitic),
    denial: m.value.denial,
  }));
}

describe('attribution cues with clitics and inflections', () => {
  it.each([
    ['أكدت مصادر خاصة', 'ar-cue-akkada', 'أكدت'],
    ['أفادت مصادر مطلعة', 'ar-cue-afada', 'أفادت'],
    ['كشفت المعلومات', 'ar-cue-kashafa', 'كشفت'],
    ['وبحسب المصادر', 'ar-cue-bihasab', 'بحسب'],
    ['ونفى مسؤول', 'ar-cue-nafa', 'نفى'],
    ['وكشفت مصادر', 'ar-cue-kashafa', 'كشفت'],
    ['فأكدوا', 'ar-cue-akkada', 'أكدوا'],
    ['اكدت المصادر', 'ar-cue-akkada', 'اكدت'], // hamza dropped, as often typed
    ['أكَّدت المصادر', 'ar-cue-akkada', 'أكَّدت'], // with shadda and fatha
    ['قائلًا', 'ar-cue-qailan', 'قائلًا'],
    ['نقلًا عن مصادر', 'ar-cue-naqlan', 'نقلًا عن'],
  ])('recognises %s as %s (cue "%s")', (text, id, cue) => {
    expect(cuesIn(text)[0]).toMatchObject({ id, cue });
  });

  it('marks denials, so that the claim they govern is negative', () => {
    expect(cuesIn('ونفى مسؤول')[0]?.denial).toBe(true);
    expect(cuesIn('نفت النقابة')[0]?.denial).toBe(true);
    expect(cuesIn('The ministry denied that', en)[0]).toMatchObject({ id: 'en-cue-deny', denial: true });
  });

  it('does not take a word that merely begins with a cue (الكشف is not كشف)', () => {
    expect(cuesIn('طلب عدم الكشف عن اسمه')).toEqual([]);
  });

  it('recognises English cues, and not a capitalised cue word inside a name', () => {
    expect(cuesIn('two US officials told Harbor Wire', en).map((c) => c.id)).toEqual(['en-cue-tell']);
    expect(cuesIn('According to a US assessment', en)[0]).toMatchObject({ cue: 'According to' });
    const { annotation } = proposeAnnotations({
      text: 'The United States will leave, officials said.',
      language: 'en',
    });
    expect(annotation.statements.map((s) => [s.quote, s.cue])).toEqual([
      ['The United States will leave', 'said'],
    ]);
  });
});

describe('quotation marks of every kind', () => {
  it.each([
    ['«', '»'],
    ['“', '”'],
    ['"', '"'],
  ])('finds a direct quote in %s … %s', (open, close) => {
    const text = `قال مسؤول أمني: ${open}لا تغييرات على الخطط${close}.`;
    const doc = createDoc(text);
    expect(quotationRegions(doc.tokens, 0, doc.tokens.length)).toHaveLength(1);
    const { annotation } = proposeAnnotations({ text, language: 'ar' });
    expect(annotation.statements).toHaveLength(1);
    expect(annotation.statements[0]).toMatchObject({
      quote: 'لا تغييرات على الخطط',
      mode: 'DIRECT_QUOTE',
      cue: 'قال',
    });
  });

  it('keeps a partial quotation inside its clause (reported speech, marks included)', () => {
    const text = 'وأضاف الوزير سامي ناصر أن حركة الملاحة ستعود إلى طبيعتها "خلال أيام".';
    const [statement] = proposeAnnotations({ text, language: 'ar' }).annotation.statements;
    expect(statement).toMatchObject({
      quote: 'حركة الملاحة ستعود إلى طبيعتها "خلال أيام"',
      mode: 'REPORTED_SPEECH',
    });
  });
});

describe('sources', () => {
  const sourceOf = (text: string, language: 'ar' | 'en' = 'ar') => {
    const { annotation } = proposeAnnotations({ text, language });
    return annotation.sources.filter((s) => s.kind !== 'OUTLET_VOICE').map((s) => [s.label, s.kind]);
  };

  it.each([
    ['أكدت مصادر مطلعة أن الاتفاق سيوقع قريبا.', 'مصادر مطلعة', 'ANONYMOUS_GROUP'],
    ['أفادت مصادر خاصة أن الاتفاق سيوقع قريبا.', 'مصادر خاصة', 'ANONYMOUS_GROUP'],
    ['قال مصدر أمني عراقي إن الطريق أغلق.', 'مصدر أمني عراقي', 'ANONYMOUS_INDIVIDUAL'],
    ['قال مسؤول دفاعي أميركي إن الخطط لم تتغير.', 'مسؤول دفاعي أميركي', 'ANONYMOUS_INDIVIDUAL'],
    ['ونفى مسؤول في وزارة الدفاع أن تكون القوات قد غادرت.', 'مسؤول في وزارة الدفاع', 'ANONYMOUS_INDIVIDUAL'],
    ['كشفت المعلومات أن الانسحاب سيبدأ قريبا.', 'المعلومات', 'UNATTRIBUTED'],
    ['أعلنت وزارة الخارجية أن السفير استدعي.', 'وزارة الخارجية', 'INSTITUTION'],
    ['قال وزير النقل نبيل العامري إن الميناء سيفتح.', 'وزير النقل نبيل العامري', 'NAMED_PERSON'],
  ])('%s → %s (%s)', (text, label, kind) => {
    expect(sourceOf(text)).toEqual([[label, kind]]);
  });

  it('records whom a source spoke to: لـ + outlet names in quotation marks', () => {
    const text = 'أكدت مصادر خاصة لـ"العربية.نت" و"الحدث.نت" أن التقليص سيمتد إلى العراق.';
    const [source] = proposeAnnotations({ text, language: 'ar' }).annotation.sources;
    expect(source?.basis.spokeTo).toEqual(['alarabiya-net', 'alhadath-net']);
  });

  it('resolves a definite back-reference to the nearest source with the same head', () => {
    const text = 'أكدت مصادر خاصة أن الخطة تغيرت.\nوبحسب المصادر، فإن الموعد تقدم أسبوعين.';
    const { annotation } = proposeAnnotations({ text, language: 'ar' });
    expect(annotation.sources.map((s) => [s.label, s.mentions.map((m) => m.quote)])).toEqual([
      ['مصادر خاصة', ['مصادر خاصة', 'المصادر']],
    ]);
    expect(new Set(annotation.statements.map((s) => s.source)).size).toBe(1);
  });

  it('treats English "told X" as the addressee and a trailing attribution as the source of the clause before', () => {
    const text = 'The base will close in May, two officials told Harbor Wire on condition of anonymity.';
    const { annotation } = proposeAnnotations({
      text,
      language: 'en',
      outlet: { id: 'harbor-wire', name: 'Harbor Wire', owner: { id: 'harbor-wire', name: 'Harbor Wire' } },
    });
    expect(annotation.statements.map((s) => s.quote)).toEqual(['The base will close in May']);
    expect(annotation.sources[0]).toMatchObject({ label: 'two officials', kind: 'ANONYMOUS_GROUP' });
    expect(annotation.sources[0]?.basis).toMatchObject({
      spokeTo: ['harbor-wire'],
      conditions: 'on condition of anonymity',
    });
  });
});

describe('hedges', () => {
  it.each([
    ['يبدو أن الخلاف يطيل أمد الإضراب.', 'يبدو أن', 'الخلاف يطيل أمد الإضراب'],
    ['ويبدو أن الخلاف يطيل أمد الإضراب.', 'يبدو أن', 'الخلاف يطيل أمد الإضراب'],
    ['يُرجّح أن الخلاف يطيل أمد الإضراب.', 'يُرجّح أن', 'الخلاف يطيل أمد الإضراب'],
  ])('%s → hedging "%s", outside the quote', (text, hedging, quote) => {
    const [statement] = proposeAnnotations({ text, language: 'ar' }).annotation.statements;
    expect(statement).toMatchObject({ quote, hedging, mode: 'EDITORIAL_INFERENCE', source: 'outlet-voice' });
  });

  it('splits the outlet inference after ما يعني into its own hedged statement', () => {
    const text = 'سيغلق الميناء غدا أمام السفن، ما يعني ارتفاع الأسعار في الأسواق.';
    const statements = proposeAnnotations({ text, language: 'ar' }).annotation.statements;
    expect(statements.map((s) => [s.quote, s.hedging, s.mode])).toEqual([
      ['سيغلق الميناء غدا أمام السفن', null, 'UNATTRIBUTED'],
      ['ارتفاع الأسعار في الأسواق', 'ما يعني', 'EDITORIAL_INFERENCE'],
    ]);
  });

  it('keeps an English hedge inside the claim (appears, likely)', () => {
    const text =
      'The move appears to be part of a broader effort to cut costs.\nThe talks will likely fail this week.';
    const statements = proposeAnnotations({ text, language: 'en' }).annotation.statements;
    expect(statements.map((s) => s.hedging)).toEqual(['appears to be', 'likely']);
  });
});
