import { parse } from 'graphql';
import { jitSelectsRightly } from '../../../src/api/plugins/use-jit';

describe('jitSelectsRightly', () => {
  const one = parse('query A { health { __typename } }');
  const anonymous = parse('{ health { __typename } }');
  const two = parse('query A { health { __typename } } query B { health { __typename } }');

  it('keeps the compiled path for one operation asked by its name or by none', () => {
    expect(jitSelectsRightly(one, 'A')).toBe(true);
    expect(jitSelectsRightly(one, undefined)).toBe(true);
    expect(jitSelectsRightly(one, null)).toBe(true);
    expect(jitSelectsRightly(anonymous, undefined)).toBe(true);
  });

  it('sends several operations, or a name that is not the operation, to graphql-js', () => {
    expect(jitSelectsRightly(two, 'A')).toBe(false);
    expect(jitSelectsRightly(two, 'B')).toBe(false);
    expect(jitSelectsRightly(one, 'B')).toBe(false);
    expect(jitSelectsRightly(anonymous, 'A')).toBe(false);
  });
});
