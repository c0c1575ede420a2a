import { proposeAssessments } from '../../../src/extract/pipeline/assessments/assess';
import { RuleBasedDetector } from '../../../src/extract/pipeline/assessments/contradictions';
import type { ClaimView } from '../../../src/extract/pipeline/assessments/contradictions';
import { claimFeatures } from '../../../src/extract/pipeline/assessments/features';
import { compileRules } from '../../../src/extract/rules-engine/compile-rules';
import { loadRuleSet } from '../../../src/extract/rules-engine/load-rules';
import type { ProposerLanguage } from '../../../src/extract/rules-engine/load-rules';

const detector = new RuleBasedDetector();
const agent = { id: 'test', name: 'test', kind: 'TOOL' as const };

function view(
  ref: string,
  source: string,
  text: string,
  language: ProposerLanguage,
  denied = false,
): ClaimView {
  const rules = compileRules(loadRuleSet(), language);
  return { ref, sourceKey: source, text, language, features: claimFeatures(text, rules, denied) };
}

describe('what a denial is about (contra-focus)', () => {
  it('sets "denied receiving any offer" against "made a written offer"', () => {
    const a = view('a', 'union', 'receiving any offer from the harbour board', 'en', true);
    const b = view('b', 'board', 'The board made a written offer to the dockers last week', 'en');
    const found = detector.detect(a, b);
    expect(found).toMatchObject({ relation: 'CONTRADICTS', rule: 'contra-focus' });
    expect(found?.rationale).toContain('offer');
  });

  it('reads the class of the denied word: "any complaint" vs "crews reported cracks"', () => {
    const a = view('a', 'operator', 'receiving any complaint about the shaft', 'en', true);
    const b = view('b', 'union', 'Our crews reported cracks in the shaft twice in May', 'en');
    expect(detector.detect(a, b)).toMatchObject({ relation: 'CONTRADICTS' });
  });

  it('sets a denied intention against a stated one ("no intent to impose fees" vs "intends to impose")', () => {
    const a = view('a', 'ministry', 'تكون هناك نية لفرض رسوم على عبور الجسر', 'ar', true);
    const b = view('b', 'union', 'الوزارة تعتزم فرض رسوم على عبور الجسر بعد افتتاحه', 'ar');
    const found = detector.detect(a, b);
    expect(found).toMatchObject({ relation: 'CONTRADICTS', rule: 'contra-polarity' });
    expect(found?.rationale).toContain('intend');
    // "there is" is not what a denial is about.
    expect([...a.features.focus]).not.toContain('هناك');
  });

  it('does not take "not only" for a denial', () => {
    const a = view('a', 'council', 'the flooding will not only hit the lower market', 'en');
    const b = view('b', 'mayor', 'stalls in the lower market were flooded on Friday', 'en');
    expect(detector.detect(a, b)?.rule).not.toBe('contra-focus');
  });

  it('does not take a condition ("if not") for a denial', () => {
    const a = view('a', 'chamber', 'ستغلق المصانع خلال أسبوع إذا لم يفتح الجسر', 'ar');
    const b = view('b', 'ministry', 'الوزارة أعلنت موعدا لفتح الجسر', 'ar');
    expect(detector.detect(a, b)?.rule).not.toBe('contra-focus');
  });
});

describe('figures, durations and dates', () => {
  it('reads a negated "more than" as an upper bound', () => {
    const rules = compileRules(loadRuleSet(), 'ar');
    const features = claimFeatures('لم يكن في المصنع أكثر من 50 عاملا', rules, false);
    expect(features.quantities[0]).toMatchObject({ value: 50, bound: 'max' });
  });

  it('compares durations in hours under a bound ("within ten days" vs "at least three weeks")', () => {
    const a = view('a', 'ministry', 'the ferry will be back on its route within ten days', 'en');
    const b = view('b', 'yard', 'the yard booked the ferry for repairs for at least three weeks', 'en');
    expect(detector.detect(a, b)).toMatchObject({ relation: 'CONTRADICTS', rule: 'contra-quantity' });
  });

  it('compares a bounded figure whose noun is left out with the other figure', () => {
    const a = view('a', 'agency', 'About 2,300 passengers were stranded by the strike', 'en');
    const b = view('b', 'airline', 'the number stranded was fewer than 1,500', 'en');
    expect(detector.detect(a, b)).toMatchObject({ relation: 'CONTRADICTS', rule: 'contra-quantity' });
  });

  it('sets two months for one event against each other', () => {
    const a = view('a', 'mayor', 'The council will vote on the toll plan in February', 'en');
    const b = view('b', 'minutes', 'members agreed to vote on the toll plan in January', 'en');
    expect(detector.detect(a, b)).toMatchObject({ relation: 'CONTRADICTS', rule: 'contra-date' });
  });

  it('sets "by March" against "not before summer" of the same year', () => {
    const a = view('a', 'diplomats', 'the handover of the port will be complete by March 2027', 'en');
    const b = view('b', 'ministry', 'the handover of the port will not happen before summer 2027', 'en');
    expect(detector.detect(a, b)).toMatchObject({ relation: 'CONTRADICTS', rule: 'contra-date' });
  });
});

describe('predicate classes per kind of fact', () => {
  it('opposes rare contraries without a shared word (unanimous vs deciding vote)', () => {
    const a = view('a', 'chair', 'the panel reached its ruling unanimously', 'en');
    const b = view('b', 'member', 'Ortiz had cast the deciding vote', 'en');
    expect(detector.detect(a, b)).toMatchObject({ relation: 'CONTRADICTS', rule: 'contra-predicate' });
  });

  it('opposes "continues" and "back to normal" when the time scales differ', () => {
    const a = view('a', 'minister', 'ستعود حركة القطارات إلى طبيعتها خلال أيام', 'ar');
    const b = view('b', 'experts', 'يستمر التعطيل لأسابيع', 'ar');
    expect(detector.detect(a, b)).toMatchObject({ relation: 'CONTRADICTS', rule: 'contra-predicate' });
  });

  it('matches Arabic class forms with the article (المنقوصة)', () => {
    const rules = compileRules(loadRuleSet(), 'ar');
    expect(claimFeatures('والرواتب المنقوصة موثقة', rules, false).predicates.has('deducted')).toBe(true);
  });
});

describe('which pairs are compared', () => {
  const claim = (id: string, source: string, text: string, headline = false) => ({
    id,
    source,
    text,
    denied: false,
    entities: [],
    headline,
  });

  it('leaves a headline restated in the body to the body statement', () => {
    const found = proposeAssessments(
      [
        claim('st-1-1', 'union', 'the mill will close in March', true),
        claim('st-2-1', 'union', 'the old paper mill will close in March', false),
        claim('st-3-1', 'owner', 'the old paper mill will close in June', false),
      ],
      [],
      'en',
      loadRuleSet(),
      detector,
      agent,
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((a) => a.from !== 'st-1-1' && a.to !== 'st-1-1')).toBe(true);
  });

  it('compares a statement of another article only when both name the same entity', () => {
    const found = proposeAssessments(
      [claim('st-1-1', 'union', 'the old paper mill will close in March')],
      [
        {
          id: 'other#s1',
          articleSlug: 'other',
          text: 'the old paper mill will close in June',
          language: 'en',
          entities: [],
          topics: [],
          source: 'owner',
        },
      ],
      'en',
      loadRuleSet(),
      detector,
      agent,
    );
    expect(found).toEqual([]);
  });
});

describe('agreement from denied contraries and shared denials', () => {
  it('agrees "threats continue" with "threats have not gone away"', () => {
    const a = view('a', 'ministry', 'the threats from the border continue', 'en');
    const b = view('b', 'official', 'threats from the border "have not gone away."', 'en');
    expect(detector.detect(a, b)).toMatchObject({ relation: 'AGREES', rule: 'agree-contrary' });
  });

  it('agrees two denials of one class from two sources', () => {
    const a = view('a', 'minister', 'لا قرار بالانسحاب من القاعدة حتى الآن', 'ar');
    const b = view('b', 'spokesperson', 'وجود جدول زمني للمغادرة', 'ar', true);
    expect(detector.detect(a, b)).toMatchObject({ relation: 'AGREES', rule: 'agree-predicate' });
  });
});

describe('figures of one unit (round 7)', () => {
  it('reads "1,500" as one figure, so "fewer than 1,500" conflicts with 2,300 passengers', () => {
    const a = view('a', 'airline', 'the number of stranded passengers was fewer than 1,500', 'en');
    const b = view('b', 'agents', 'about 2,300 passengers were stranded', 'en');
    expect(detector.detect(a, b)).toMatchObject({ relation: 'CONTRADICTS', rule: 'contra-quantity' });
    expect(detector.detect(a, b)?.rationale).toContain('1500');
  });

  it('does not set figures a hundred times apart against each other (a flow against a capacity)', () => {
    const a = view('a', 'operator', 'the release peaked at 310 cubic metres per second at the dam', 'en');
    const b = view('b', 'engineer', 'the dam holds about 140 million cubic metres of water', 'en');
    expect(detector.detect(a, b)?.relation).not.toBe('CONTRADICTS');
  });

  it("sets no source's figure against the outlet's unhedged background sentence", () => {
    const a = view('a', 'port', 'about 30 tonnes of fuel oil spilled into the harbour of the port', 'en');
    const b = {
      ...view('b', 'outlet-voice', 'The port handles about 300 tonnes of fuel oil a day', 'en'),
      background: true,
    };
    expect(detector.detect(a, { ...b, background: false })?.relation).toBe('CONTRADICTS');
    expect(detector.detect(a, b)).toBeUndefined();
  });
});

describe('a rejected account (contra-rejected-account)', () => {
  it('sets "rejected that account" against the first claim of the source that gave the account', () => {
    const local = [
      {
        id: 'st-1',
        source: 'lawyer',
        text: 'police detained her client without a warrant',
        denied: false,
        entities: [],
      },
      {
        id: 'st-2',
        source: 'lawyer',
        text: 'nobody showed us a single document',
        denied: false,
        entities: [],
      },
      { id: 'st-3', source: 'ministry', text: 'that account', denied: true, entities: [] },
    ];
    const found = proposeAssessments(local, [], 'en', loadRuleSet(), detector, agent);
    expect(found.map((x) => [x.relation, x.from, x.to, x.rule])).toContainEqual([
      'CONTRADICTS',
      'st-1',
      'st-3',
      'contra-rejected-account',
    ]);
  });

  it('proposes nothing for a report noun that is not denied', () => {
    const local = [
      {
        id: 'st-1',
        source: 'lawyer',
        text: 'police detained her client without a warrant',
        denied: false,
        entities: [],
      },
      { id: 'st-2', source: 'ministry', text: 'that account', denied: false, entities: [] },
    ];
    const found = proposeAssessments(local, [], 'en', loadRuleSet(), detector, agent);
    expect(found.filter((x) => x.rule === 'contra-rejected-account')).toEqual([]);
  });
});

describe('figures compared across two claims (round 7)', () => {
  const conflicts: [string, ProposerLanguage, string, string, string][] = [
    [
      'a range ("between 120 and 150 tonnes") and a verb ending (spilled / spill)',
      'en',
      'the tanker spilled about 30 tonnes of fuel oil into the harbour',
      'the spill at "between 120 and 150 tonnes."',
      '30 tonne vs at least 120 tonne',
    ],
    [
      'a ceiling ("118 نائبًا فقط", only 118) below 142',
      'ar',
      'المجلس صوّت على الموازنة بأغلبية 142 نائبًا',
      'جهاز التصويت سجّل حضور 118 نائبًا فقط',
      'at most 118',
    ],
    [
      'a toll through the event word ("blast kills two")',
      'en',
      'refinery blast kills two',
      'three workers had died, one of them overnight',
      '2 killed vs 3 killed',
    ],
    [
      'a toll through the event word ("مقتل 11 راكبًا") and a figure with a clitic (و42)',
      'ar',
      'مقتل 11 راكبًا على الأقل بخروج قطار عن سكته',
      'حصيلة الحادث بلغت ستة قتلى و42 جريحًا',
      '11 killed vs 6 killed',
    ],
  ];
  it.each(conflicts)('reads %s', (_name, language, first, second, words) => {
    const found = detector.detect(view('a', 'first', first, language), view('b', 'second', second, language));
    expect(found?.rationale).toContain(words);
  });

  it('keeps 118 against 142 without "only" below the ratio that makes two counts incompatible', () => {
    const a = view('a', 'speaker', 'المجلس صوّت على الموازنة بأغلبية 142 نائبًا', 'ar');
    const b = view('b', 'employee', 'جهاز التصويت سجّل حضور 118 نائبًا', 'ar');
    expect(detector.detect(a, b)?.rule).not.toBe('contra-quantity');
  });
});
