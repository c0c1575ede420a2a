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
