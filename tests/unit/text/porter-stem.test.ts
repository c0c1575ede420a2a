import { stemPorter } from '../../../src/text/porter-stem';

describe('stemPorter', () => {
  // The examples of Porter's paper, step by step, with the reference implementation's results
  // (the whole algorithm runs, so a word may lose more than the step it illustrates).
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['cats', 'cat'],
    ['feed', 'feed'],
    ['agreed', 'agre'],
    ['plastered', 'plaster'],
    ['motoring', 'motor'],
    ['sing', 'sing'],
    ['conflated', 'conflat'],
    ['sized', 'size'],
    ['hopping', 'hop'],
    ['falling', 'fall'],
    ['hissing', 'hiss'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['sky', 'sky'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['digitizer', 'digit'],
    ['vietnamization', 'vietnam'],
    ['hopefulness', 'hope'],
    ['sensibiliti', 'sensibl'],
    ['electrical', 'electr'],
    ['allowance', 'allow'],
    ['adjustment', 'adjust'],
    ['adoption', 'adopt'],
    ['homologous', 'homolog'],
    ['probate', 'probat'],
    ['rate', 'rate'],
    ['controll', 'control'],
    ['roll', 'roll'],
  ])('stems %s to %s', (word, stem) => {
    expect(stemPorter(word)).toBe(stem);
  });

  it('follows the reference implementation where it departs from the paper', () => {
    expect(stemPorter('conformabli')).toBe('conform'); // bli → ble, then -able
    expect(stemPorter('analogi')).toBe('analog'); // logi → log
  });

  it('merges withdraw, withdrawing, withdrawals and withdrawal', () => {
    expect(new Set(['withdraw', 'withdrawing', 'withdrawals', 'withdrawal'].map(stemPorter))).toEqual(
      new Set(['withdraw']),
    );
  });

  it('leaves words of one or two letters, numbers and Arabic alone', () => {
    for (const word of ['as', 'us', 'is', '2025', 'انسحاب', 'امريك', 'f16']) {
      expect(stemPorter(word)).toBe(word);
    }
  });
});
