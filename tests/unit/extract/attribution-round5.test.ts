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
