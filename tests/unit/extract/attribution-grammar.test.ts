import fs from 'node:fs';
import path from 'node:path';
import { proposeAnnotations } from '../../../src/extract';
import type { Proposal } from '../../../src/extract';
import { compileRules } from '../../../src/extract/rules-engine/compile-rules';
import { loadRuleSet } from '../../../src/extract/rules-engine/load-rules';
import { createDoc } from '../../../src/extract/text/doc';
import { splitSentences } from '../../../src/text/sentences';

function propose(text: string, language: 'ar' | 'en'): Proposal {
  return proposeAnnotations({ text, language, annotatedAt: '2026-01-01', version: '0.0.0' });
}

/** The statement whose quote is `quote`, with its source's label. */
function statement(p: Proposal, quote: string): { source: string; label: string; rules: string[] } {
  const st = p.annotation.statements.find((s) => s.quote === quote);
  if (!st)
    throw new Error(`no statement "${quote}" in ${p.annotation.statements.map((s) => s.quote).join(' | ')}`);
  const source = p.annotation.sources.find((s) => s.id === st.source);
  return { source: st.source, label: source?.label ?? '', rules: p.notes.statements[st.id]?.rules ?? [] };
}

describe('Arabic speaker grammar', () => {
  it('reads a denial verb, a title, a name and a comma before the object clause', () => {
    const p = propose('نفى وزير الخارجية سامر الحلبي، أي نية لإغلاق السفارة.', 'ar');
    const st = statement(p, 'أي نية لإغلاق السفارة');
    expect(st.label).toBe('وزير الخارجية سامر الحلبي');
    expect(st.rules).toContain('ar-cue-nafa');
  });

  it('stops the name before the object when there is no comma', () => {
    const p = propose('ونفى وزير الزراعة كمال يونس أي تغيير في موعد الحصاد.', 'ar');
    expect(statement(p, 'أي تغيير في موعد الحصاد').label).toBe('وزير الزراعة كمال يونس');
  });

  it('takes a feminine title and a spokesperson of an institution, with a clitic cue', () => {
    const p = propose('وقالت المتحدثة باسم البلدية هالة زيدان إن الطريق سيفتح غدا.', 'ar');
    expect(statement(p, 'الطريق سيفتح غدا').label).toBe('المتحدثة باسم البلدية هالة زيدان');
  });

  it('keeps "آخر" with the anonymous head, not in the content', () => {
    const p = propose('في حين نفى مسؤول آخر وجود أي خلاف بين الوزارتين.', 'ar');
    expect(statement(p, 'وجود أي خلاف بين الوزارتين').label).toBe('مسؤول آخر');
  });

  it('binds a pronoun continuation cue to the last speaker of the paragraph', () => {
    const p = propose('أكد رئيس البلدية نادر سليم أن المياه ستعود. وأضاف أن الفرق تعمل ليلا.', 'ar');
    expect(statement(p, 'الفرق تعمل ليلا').source).toBe(statement(p, 'المياه ستعود').source);
  });

  it('reads the confirmation أقر with a military title', () => {
    const p = propose('وأقر العميد سعيد ناصر بأن القافلة تأخرت يومين.', 'ar');
    expect(statement(p, 'القافلة تأخرت يومين').label).toBe('العميد سعيد ناصر');
  });
});

describe('when it was said, between the speaker and the content', () => {
  it.each([
    ['قال وزير النقل سالم العبيدي يوم الأحد إن الجسر سيفتح الشهر المقبل.', 'وزير النقل سالم العبيدي'],
    ['وقال وزير النقل مساء الأحد إن الجسر سيفتح الشهر المقبل.', 'وزير النقل'],
    ['قال العبيدي أمس إن الجسر سيفتح الشهر المقبل.', 'العبيدي'],
  ])('ar: %s', (text, label) => {
    const st = statement(propose(text, 'ar'), 'الجسر سيفتح الشهر المقبل');
    expect(st.label).toBe(label);
    expect(st.rules).toContain('ar-time-adverb');
  });

  it('en: reads "said late Sunday that" and "told the Herald on Monday" (no "that") past the time', () => {
    const p = propose(
      'Brig. Gen. Sami Noor said late Sunday that no troops had moved. ' +
        'Deputy Interior Minister Nadia Farhat told the Selkirk Herald on Monday the curfew would end.',
      'en',
    );
    expect(statement(p, 'no troops had moved').label).toBe('Brig. Gen. Sami Noor');
    const curfew = statement(p, 'the curfew would end');
    expect(curfew.label).toBe('Deputy Interior Minister Nadia Farhat');
    expect(curfew.rules).toContain('en-time-adverb');
  });

  it('en: does not take a place after the addressee, or words after a closed quotation, as content', () => {
    const p = propose('“The tunnel was safe,” Alan Brewer told reporters outside the mine gate.', 'en');
    expect(p.annotation.statements.map((s) => s.quote)).toEqual(['The tunnel was safe']);
  });

  it('ar: keeps a title set off by commas after the name with the speaker', () => {
    const p = propose('قال سالم العبيدي، وزير النقل، الأحد إن الجسر سيفتح الشهر المقبل.', 'ar');
    expect(statement(p, 'الجسر سيفتح الشهر المقبل').label).toBe('سالم العبيدي، وزير النقل');
  });
});

describe('a surname refers back to a person named with an apposition', () => {
  it('credits "Vickery acknowledged" to "said Lorna Vickery, the spokeswoman for …"', () => {
    const p = propose(
      '"The fire was contained within 40 minutes," said Lorna Vickery, the spokeswoman for Brennock Energy. ' +
        'Vickery acknowledged that a valve had been due for replacement.',
      'en',
    );
    const first = p.annotation.statements.find((s) => s.quote === 'The fire was contained within 40 minutes');
    const second = p.annotation.statements.find((s) => s.quote === 'a valve had been due for replacement');
    expect(first?.source).toBeDefined();
    expect(second?.source).toBe(first?.source);
  });
});

describe('Arabic: the pluperfect, a medium named in quotation marks, a clause after إذ', () => {
  it('reads the speaker between كان and قد, and "لقناة "الميدان"" as the outlet spoken to', () => {
    const p = propose('وكان الحدّاد قد صرّح لقناة "الميدان" بأن الموازنة ستحال خلال يومين.', 'ar');
    const st = statement(p, 'الموازنة ستحال خلال يومين');
    expect(st.label).toBe('الحدّاد');
    expect(st.rules).toContain('spoke-to-marker');
    expect(p.annotation.statements.find((s) => s.quote === 'الموازنة ستحال خلال يومين')?.via).toHaveLength(1);
  });

  it('splits the outlet\'s sentence at "، إذ"', () => {
    const p = propose(
      'ويعد سد الريان أكبر منشأة مائية في البلاد، إذ تبلغ سعة بحيرته نحو 3 مليارات متر مكعب.',
      'ar',
    );
    expect(p.annotation.statements.map((s) => s.quote)).toEqual([
      'ويعد سد الريان أكبر منشأة مائية في البلاد',
      'تبلغ سعة بحيرته نحو 3 مليارات متر مكعب',
    ]);
  });
});

describe('attribution to no one', () => {
  it.each([
    [
      'en',
      'It was reported on Wednesday evening that the ministry had asked for a delay.',
      'the ministry had asked for a delay',
      'It was reported',
    ],
    [
      'en',
      'About 2,300 passengers are thought to have been affected by the cancellations.',
      'About 2,300 passengers are thought to have been affected by the cancellations',
      'are thought',
    ],
    ['ar', 'ويُعتقد أن الجلسة ستعقد خلال أسبوعين.', 'الجلسة ستعقد خلال أسبوعين', 'ويُعتقد'],
  ] as const)("%s: %s is an UNATTRIBUTED source's, not the outlet's", (language, text, quote, label) => {
    const p = propose(text, language);
    const st = statement(p, quote);
    expect(st.label).toBe(label);
    expect(p.annotation.sources.find((s) => s.id === st.source)?.kind).toBe('UNATTRIBUTED');
    expect(p.annotation.statements.find((s) => s.quote === quote)?.mode).toBe('REPORTED_SPEECH');
  });
});

describe("a headline's bare title", () => {
  it('credits "Lawyer says" to the body\'s lawyer, not to a person called Lawyer or to another title', () => {
    const p = propose(
      'Lawyer says reporter was held without a warrant\n\n' +
        'Interior Minister Sara Lind said the arrest was lawful. ' +
        'The lawyer for Daniel Mercer said police detained her client without a warrant.\n',
      'en',
    );
    const headline = p.annotation.statements.find((s) => s.quote === 'reporter was held without a warrant');
    const body = p.annotation.statements.find(
      (s) => s.quote === 'police detained her client without a warrant',
    );
    expect(body?.source).toBeDefined();
    expect(headline?.source).toBe(body?.source);
  });
});

describe('one institution under two names', () => {
  it('credits "Calder Minerals denied" to "operator Calder Minerals", and "union says" to the union', () => {
    const p = propose(
      'Two killed in mine collapse; union says warnings were ignored\n\n' +
        'Two workers were killed on Monday night when a tunnel roof gave way, operator Calder Minerals said in a statement. ' +
        'The Northern Mineworkers Union said five miners had been hurt.\n\n' +
        'Calder Minerals denied receiving any complaint about the tunnel.\n',
      'en',
    );
    const of = (quote: string): string | undefined =>
      p.annotation.statements.find((s) => s.quote === quote)?.source;
    expect(of('receiving any complaint about the tunnel')).toBe(
      of('Two workers were killed on Monday night when a tunnel roof gave way'),
    );
    expect(of('warnings were ignored')).toBe(of('five miners had been hurt'));
    expect(
      p.annotation.sources.find((s) => s.id === of('receiving any complaint about the tunnel'))?.kind,
    ).toBe('INSTITUTION');
  });
});

describe('cue words that are not cues', () => {
  it('does not read ذكر inside "طلب عدم ذكر اسمه" as a cue', () => {
    const p = propose('وقال مسؤول طلب عدم ذكر اسمه، إن القوات ستبقى في القاعدة.', 'ar');
    expect(p.annotation.statements.map((s) => s.quote)).toEqual(['القوات ستبقى في القاعدة']);
    expect(statement(p, 'القوات ستبقى في القاعدة').rules).toContain('ar-basis-anonymity');
  });
});

describe('sentence splitting around abbreviations', () => {
  it('keeps military and academic titles inside one sentence', () => {
    const text = 'Brig. Gen. Paul Kerr and Maj. Lee Chan met Prof. Ina Roth. They said little.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Brig. Gen. Paul Kerr and Maj. Lee Chan met Prof. Ina Roth.',
      'They said little.',
    ]);
  });

  it('credits a speaker with a two-part abbreviated title', () => {
    const p = propose('Brig. Gen. Paul Kerr said the convoy had left the border.', 'en');
    expect(statement(p, 'the convoy had left the border').source).not.toBe('outlet-voice');
  });
});

describe('English speaker grammar', () => {
  it('reads "pushed back" as a denial by a titled, named speaker', () => {
    const p = propose('Transport Secretary Ana Ruiz pushed back on the report about the bridge.', 'en');
    const st = statement(p, 'on the report about the bridge');
    expect(st.label).toBe('Transport Secretary Ana Ruiz');
    expect(st.rules).toContain('en-cue-deny');
  });

  it('reads acknowledged, insisted and disclosed as cues', () => {
    const p = propose(
      'Mayor Lena Park acknowledged that the budget was short. Governor Tom Reyes insisted that taxes would not rise. Officials disclosed that two contracts were cancelled.',
      'en',
    );
    expect(statement(p, 'the budget was short').label).toBe('Mayor Lena Park');
    expect(statement(p, 'taxes would not rise').label).toBe('Governor Tom Reyes');
    expect(statement(p, 'two contracts were cancelled').source).not.toBe('outlet-voice');
  });

  it('reads a speaker before an apposition set off by commas', () => {
    const p = propose(
      'Col. Dana Welt, a spokeswoman for the coast guard, said the ferry had sunk. Adm. Ken Ito, the head of the fleet, confirmed that two tugs were sent.',
      'en',
    );
    expect(statement(p, 'the ferry had sunk').label).toBe('Col. Dana Welt');
    expect(statement(p, 'two tugs were sent').label).toBe('Adm. Ken Ito');
  });

  it('gives "she said" opening a paragraph to the speaker of the paragraph before', () => {
    const p = propose(
      'Health Minister Rita Moss said the clinic would open.\n“We have the staff and the beds,” she said.',
      'en',
    );
    expect(statement(p, 'We have the staff and the beds').source).toBe(
      statement(p, 'the clinic would open').source,
    );
  });

  it('gives "he added" to the last named speaker', () => {
    const p = propose('Commander Ray Otto said the port was closed. He added that ships were waiting.', 'en');
    expect(statement(p, 'ships were waiting').source).toBe(statement(p, 'the port was closed').source);
  });
});

describe('a continuation cue with no speaker to continue', () => {
  it.each([
    ['en', 'He added that the talks had failed.', 'He added that the talks had failed'],
    ['ar', 'وأضاف أن المحادثات فشلت.', 'وأضاف أن المحادثات فشلت'],
  ] as const)('%s: is proposed with a rule that says so and a low confidence', (language, text, quote) => {
    const p = propose(text, language);
    const st = p.annotation.statements.find((s) => s.quote === quote);
    expect(st).toBeDefined();
    const note = p.notes.statements[st?.id ?? ''];
    expect(note?.rules).toEqual(['cue-without-supported-speaker']);
    expect(note?.confidence).toBeLessThan(0.3);
  });
});

describe('nothing is dropped silently', () => {
  const root = path.resolve(__dirname, '../../..');
  const folders = ['seed', 'eval/held-out', 'eval/dev'].map((f) => path.join(root, f));
  const texts = folders.flatMap((dir) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => /\.(ar|en)\.txt$/.test(f))
          .map((f) => path.join(dir, f))
      : [],
  );
  const ruleSet = loadRuleSet();

  it('finds articles to check', () => {
    expect(texts.length).toBeGreaterThanOrEqual(5);
  });

  it.each(texts.map((t) => [path.basename(t), t]))(
    '%s: every sentence with a cue has a statement or an excluded entry',
    (_name, file) => {
      const text = fs.readFileSync(file, 'utf8');
      const language = file.endsWith('.ar.txt') ? 'ar' : 'en';
      const rules = compileRules(ruleSet, language);
      const doc = createDoc(text);
      const p = propose(text, language);
      const quotes = [...p.annotation.statements, ...(p.annotation.excluded ?? [])].map((s) => s.quote);
      const missing = splitSentences(text).flatMap((sentence) => {
        const tokens = doc.tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
        if (tokens.length === 0) return [];
        const from = doc.tokens.indexOf(tokens[0]!);
        if (rules.cues.findAll(doc.tokens, from, from + tokens.length).length === 0) return [];
        const own = doc.chars.slice(sentence.start, sentence.end).join('');
        return quotes.some((q) => own.includes(q) || q.includes(own)) ? [] : [own];
      });
      expect(missing).toEqual([]);
    },
  );
});

describe('a cue sentence the rules propose nothing for', () => {
  it('is listed under excluded with its reason, so that no cue sentence is absent from the draft', () => {
    const text = 'Ministry disputes account\n\nNot said.\n';
    const { annotation } = proposeAnnotations({ text, language: 'en', slug: 'cue-no-statement' });
    expect(annotation.statements.filter((s) => s.quote.includes('said'))).toEqual([]);
    const excluded = (annotation.excluded ?? []).find((x) => x.quote === 'Not said');
    expect(excluded?.reason).toMatch(/proposed no statement/);
  });
});

describe('a cue whose content cannot be delimited', () => {
  it('is listed under excluded with its reason, not dropped', () => {
    const text = 'Ministry disputes account\n\nThe Interior Ministry said so.\n';
    const { annotation } = proposeAnnotations({ text, language: 'en', slug: 'cue-no-content' });
    const sentence = 'The Interior Ministry said so';
    expect(annotation.statements.filter((s) => sentence.includes(s.quote))).toEqual([]);
    const excluded = (annotation.excluded ?? []).find((x) => x.quote === sentence);
    expect(excluded?.reason).toMatch(/attribution cue whose content/);
  });
});
