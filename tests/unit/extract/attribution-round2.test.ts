import { proposeAnnotations } from '../../../src/extract';
import type { Proposal } from '../../../src/extract';
import { splitAfterClosedQuotes } from '../../../src/extract/pipeline/segment';
import { splitSentences } from '../../../src/text/sentences';

function propose(text: string, language: 'ar' | 'en'): Proposal {
  return proposeAnnotations({ text, language, annotatedAt: '2026-01-01', version: '0.0.0' });
}

function quotes(p: Proposal): string[] {
  return p.annotation.statements.map((s) => s.quote);
}

describe('a sentence that ends inside a closing quotation mark', () => {
  it('ends after the mark when the next word starts a new sentence', () => {
    const text =
      'Mayor Ines Varga said the bridge would stay "closed until spring." Repairs will cost $4 million.';
    const pieces = splitSentences(text).flatMap(splitAfterClosedQuotes);
    expect(pieces.map((s) => s.text)).toEqual([
      'Mayor Ines Varga said the bridge would stay "closed until spring."',
      'Repairs will cost $4 million.',
    ]);
    expect(quotes(propose(text, 'en'))).toContain('Repairs will cost $4 million');
  });

  it('does not split when the quotation continues the sentence in lower case', () => {
    const text = 'She called the plan "a mistake." and left the room.';
    expect(splitSentences(text).flatMap(splitAfterClosedQuotes)).toHaveLength(1);
  });
});

/** The statement whose quote is `quote`, with its source's id. */
function sourceOf(p: Proposal, quote: string): string {
  const st = p.annotation.statements.find((s) => s.quote === quote);
  if (!st) throw new Error(`no statement "${quote}" in ${quotes(p).join(' | ')}`);
  return st.source;
}

describe('a definite title without a name ("the governor said")', () => {
  it('is the person named before with that title, written out or abbreviated', () => {
    const p = propose(
      'Gov. Ana Lind said taxes would not rise. Mayor Ines Varga said the budget was sound. ' +
        'Spending will be frozen, the governor said. The bridge will reopen, the mayor said.',
      'en',
    );
    const lind = sourceOf(p, 'taxes would not rise');
    const varga = sourceOf(p, 'the budget was sound');
    expect(lind).not.toBe(varga);
    expect(sourceOf(p, 'Spending will be frozen')).toBe(lind);
    expect(sourceOf(p, 'The bridge will reopen')).toBe(varga);
  });

  it('is a source of its own when nobody with that title was named', () => {
    const p = propose('Ines Varga said the budget was sound. The bridge will reopen, the mayor said.', 'en');
    const mayor = sourceOf(p, 'The bridge will reopen');
    expect(mayor).not.toBe(sourceOf(p, 'the budget was sound'));
    expect(p.annotation.sources.find((s) => s.id === mayor)?.kind).toBe('ANONYMOUS_INDIVIDUAL');
  });
});

describe('English speaker phrases and addressees', () => {
  it('reads a title phrase followed by the name set off by commas as one person', () => {
    const p = propose('A spokeswoman for the port, Dana Orlov, said the cranes were idle.', 'en');
    const id = sourceOf(p, 'the cranes were idle');
    const source = p.annotation.sources.find((s) => s.id === id);
    expect(source?.kind).toBe('NAMED_PERSON');
    expect(source?.label).toBe('A spokeswoman for the port, Dana Orlov');
  });

  it('reads "to the <Outlet>" and a quoted outlet after "told" as the outlet spoken to', () => {
    const p = propose(
      'A person close to the board disclosed to the Lakeside Courier, on condition of anonymity, that ' +
        'the vote was tied. An aide told "Ferry Post" that the ferries would stop.',
      'en',
    );
    const person = p.annotation.sources.find((s) => s.id === sourceOf(p, 'the vote was tied'));
    expect(person?.kind).toBe('ANONYMOUS_INDIVIDUAL');
    expect(person?.basis.spokeTo).toHaveLength(1);
    const aide = p.annotation.sources.find((s) => s.id === sourceOf(p, 'the ferries would stop'));
    expect(aide?.basis.spokeTo).toHaveLength(1);
    expect(quotes(p).some((q) => q.includes('Ferry Post'))).toBe(false);
  });
});

describe('a surname alone before a cue', () => {
  it('is the person named before in full', () => {
    const p = propose(
      'Gov. Ana Lind said taxes would rise. "Prices are too high," Lind told a news conference.',
      'en',
    );
    expect(sourceOf(p, 'Prices are too high')).toBe(sourceOf(p, 'taxes would rise'));
  });

  it('is a named person of its own when nobody was named before, but a pronoun is not a name', () => {
    const p = propose('Okafor rejected claims that the mine was unsafe. He said the port was shut.', 'en');
    const okafor = p.annotation.sources.find((s) => s.id === sourceOf(p, 'the mine was unsafe'));
    expect(okafor?.kind).toBe('NAMED_PERSON');
    expect(p.annotation.sources.some((s) => s.label === 'He')).toBe(false);
  });
});

describe('a long anonymous speaker that opens with an article', () => {
  it('is read whole, and "told the <Outlet>" names the outlet spoken to', () => {
    const p = propose(
      'An official at the Brenmoor Valley rail depot told the Eastgate Ledger that the trains had stopped.',
      'en',
    );
    const source = p.annotation.sources.find((s) => s.id === sourceOf(p, 'the trains had stopped'));
    expect(source?.label).toBe('An official at the Brenmoor Valley rail depot');
    expect(source?.basis.spokeTo).toHaveLength(1);
    expect(p.annotation.outlets.map((o) => o.name)).toContain('Eastgate Ledger');
  });
});

describe('a pronoun subject after the content ("…, she noted")', () => {
  it('stays out of the content and continues the speaker', () => {
    const p = propose(
      'Mayor Ines Varga said the bridge was safe. Repairs will start in May, she noted.',
      'en',
    );
    expect(sourceOf(p, 'Repairs will start in May')).toBe(sourceOf(p, 'the bridge was safe'));
  });
});
