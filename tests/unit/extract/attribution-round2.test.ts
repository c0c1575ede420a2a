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
