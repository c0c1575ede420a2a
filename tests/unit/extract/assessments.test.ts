import { RuleBasedDetector } from '../../../src/extract/pipeline/assessments/contradictions';
import type { ClaimView } from '../../../src/extract/pipeline/assessments/contradictions';
import { claimFeatures } from '../../../src/extract/pipeline/assessments/features';
import { compileRules } from '../../../src/extract/rules-engine/compile-rules';
import { loadRuleSet } from '../../../src/extract/rules-engine/load-rules';
import type { ProposerLanguage } from '../../../src/extract/rules-engine/load-rules';

const detector = new RuleBasedDetector();

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

describe('contradiction candidates', () => {
  it('opposes predicate classes from the rules file (stay vs withdraw)', () => {
    const a = view('a', 'ministry', 'The garrison will remain at the northern harbour until spring', 'en');
    const b = view('b', 'union', 'The garrison will withdraw from the northern harbour this month', 'en');
    const found = detector.detect(a, b);
    expect(found).toMatchObject({ relation: 'CONTRADICTS', rule: 'contra-predicate' });
    expect(found?.rationale).toContain('stay "remain" vs leave "withdraw"');
    expect(found?.confidence).toBeLessThan(0.9);
  });

  it('opposes rise and fall in Arabic', () => {
    const a = view('a', 'chamber', 'ارتفعت أسعار القمح في أسواق المدينة', 'ar');
    const b = view('b', 'ministry', 'انخفضت أسعار القمح في أسواق المدينة', 'ar');
    expect(detector.detect(a, b)).toMatchObject({ relation: 'CONTRADICTS', rule: 'contra-predicate' });
  });

  it('sets a denial against the assertion of the same claim', () => {
    const a = view('a', 'governor', 'موافقة المحافظة على تقليص حصتها من مياه النهر', 'ar', true);
    const b = view('b', 'council', 'وافقت المحافظة على تقليص حصتها من مياه النهر', 'ar');
    expect(detector.detect(a, b)).toMatchObject({ relation: 'CONTRADICTS', rule: 'contra-polarity' });
  });

  it('finds figures that differ for the same counted noun', () => {
    const a = view('a', 'police', '4 miners were trapped in the flooded shaft', 'en');
    const b = view('b', 'union', '11 miners were trapped in the flooded shaft', 'en');
    expect(detector.detect(a, b)).toMatchObject({ relation: 'CONTRADICTS', rule: 'contra-quantity' });
  });

  it('never compares two statements of one source', () => {
    const a = view('a', 'ministry', 'The garrison will remain at the northern harbour', 'en');
    const b = view('b', 'ministry', 'The garrison will withdraw from the northern harbour', 'en');
    expect(detector.detect(a, b)).toBeUndefined();
  });

  it('does not oppose claims that only share auxiliaries', () => {
    const a = view('a', 'bank', 'The board had not been told about the audit', 'en');
    const b = view('b', 'union', 'Wages had been frozen since the spring', 'en');
    expect(detector.detect(a, b)).toBeUndefined();
  });
});

describe('agreement candidates', () => {
  it('agrees when two sources assert the same predicate with the same polarity', () => {
    const a = view('a', 'ministry', 'The council rejected the new tariff on imported grain', 'en');
    const b = view(
      'b',
      'chamber',
      'Grain traders said the council refused the tariff on imported grain',
      'en',
    );
    const found = detector.detect(a, b);
    expect(found).toMatchObject({ relation: 'AGREES', rule: 'agree-predicate' });
    expect(found?.rationale).toContain('reject "rejected" vs reject "refused"');
  });
});

describe('agreement on figures', () => {
  it('agrees when two sources give the same figure for the same counted noun', () => {
    const a = view('a', 'police', '12 houses were flooded in the lower village', 'en');
    const b = view('b', 'mayor', 'Residents said 12 houses in the lower village were under water', 'en');
    expect(detector.detect(a, b)).toMatchObject({ relation: 'AGREES', rule: 'agree-quantity' });
  });
});

describe('claim features', () => {
  it('reads percentages in every spelling as one unit', () => {
    const rules = compileRules(loadRuleSet(), 'ar');
    const ar = claimFeatures('تراجع المخزون بنسبة 20 في المئة', rules, false);
    const en = claimFeatures('stocks fell by 20%', compileRules(loadRuleSet(), 'en'), false);
    expect(ar.quantities).toEqual([{ value: 20, unit: '%', bound: 'about' }]);
    expect(en.quantities).toEqual([{ value: 20, unit: '%', bound: 'about' }]);
  });
});

describe('figures counted with different words (predicates.yaml units)', () => {
  it('compares "three were injured" with "five miners had been hurt"', () => {
    const a = view(
      'a',
      'police',
      'Two workers were killed and three were injured at the mine on Monday',
      'en',
    );
    const b = view(
      'b',
      'union',
      'five miners had been hurt at the mine on Monday, one of them critically',
      'en',
    );
    expect(detector.detect(a, b)).toMatchObject({ relation: 'CONTRADICTS', rule: 'contra-quantity' });
  });

  it('takes any two different times of day for a conflict (10 p.m. vs 11 p.m.)', () => {
    const a = view('a', 'police', 'the roof of the mine collapsed at about 10 p.m. on Monday', 'en');
    const b = view('b', 'workers', 'the roof of the mine came down shortly after 11 p.m. on Monday', 'en');
    expect(detector.detect(a, b)).toMatchObject({ relation: 'CONTRADICTS', rule: 'contra-quantity' });
  });

  it('compares Arabic counts of soldiers and trainees as one unit', () => {
    const a = view('a', 'mission', 'درّبنا أكثر من 4 آلاف متدرب في القاعدة منذ وصولنا', 'ar');
    const b = view('b', 'ministry', 'عدد المتدربين في القاعدة لم يتجاوز 2500 جندي', 'ar');
    expect(detector.detect(a, b)).toMatchObject({ relation: 'CONTRADICTS', rule: 'contra-quantity' });
  });
});
