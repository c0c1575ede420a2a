import { IssueList } from '../../../src/ingest/annotation-error';
import { AnchorResolver } from '../../../src/ingest/anchor-resolver';

function resolveIn(text: string, quote: string) {
  const issues = new IssueList('article.annotation.yaml');
  const span = new AnchorResolver(text, issues).resolve({ quote }, ['statements', 0]);
  let error: Error | undefined;
  try {
    issues.throwIfAny();
  } catch (thrown) {
    error = thrown as Error;
  }
  return { span, error };
}

describe('spans stay on grapheme-cluster boundaries (issue 15, item 6; splits were accepted)', () => {
  // "كَتَبَ الوزيرُ": every letter of the verb carries a fatha (U+064E), a separate code point.
  const ARABIC = 'قال: كَتَبَ الوزيرُ رسالة';

  it('refuses a quote that leaves an Arabic haraka behind its letter', () => {
    const { error } = resolveIn(ARABIC, 'الوزير'); // the damma after the last letter stays outside
    expect(error?.message).toMatch(
      /^article\.annotation\.yaml: statements\[0\]\.quote: ends inside a character at code point \d+: a combining mark or haraka stays with its letter/,
    );
  });

  it('refuses a quote that starts on a combining mark', () => {
    const text = 'cafe\u0301 noir';
    expect(resolveIn(text, '\u0301 noir').error?.message).toMatch(
      /quote: starts inside a character at code point 4/,
    );
  });

  it('accepts a quote that takes each letter with its marks', () => {
    const { span, error } = resolveIn(ARABIC, 'الوزيرُ');
    expect(error).toBeUndefined();
    expect(span.end - span.start).toBe([...'الوزيرُ'].length);
    expect(resolveIn('cafe\u0301 noir', 'cafe\u0301').error).toBeUndefined();
  });
});
