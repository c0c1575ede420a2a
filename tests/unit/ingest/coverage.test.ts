import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parse, stringify } from 'yaml';
import { AnnotationError } from '../../../src/ingest/annotation-error';
import { assertCoverage, findUncoveredSentences } from '../../../src/ingest/coverage';
import { loadAnnotationText } from '../../../src/ingest/load-annotation';
import { resolveLoadedAnnotation } from '../../../src/ingest/resolve-anchors';
import type { ResolvedAnnotation } from '../../../src/ingest/resolved-annotation';

const FIXTURES = resolve(__dirname, '../../fixtures/annotations');
const TINY = readFileSync(resolve(FIXTURES, 'tiny.annotation.yaml'), 'utf8');

function resolveTiny(source: string): ResolvedAnnotation {
  const resolved = resolveLoadedAnnotation(loadAnnotationText(source, 'tiny.yaml', FIXTURES));
  if (resolved.kind !== 'annotation') throw new Error('expected a complete annotation');
  return resolved;
}

describe('coverage', () => {
  it('is complete when every sentence overlaps a statement or an exclusion', () => {
    const resolved = resolveTiny(TINY);
    expect(findUncoveredSentences(resolved)).toEqual([]);
    expect(() => assertCoverage(resolved)).not.toThrow();
  });

  it('returns the sentences that nothing covers, and refuses them by name', () => {
    const resolved = resolveTiny(TINY.replace(/^excluded:\n.*\n/m, ''));
    expect(findUncoveredSentences(resolved).map((s) => s.text)).toEqual(['The weather was fine.']);
    expect(() => assertCoverage(resolved)).toThrow(AnnotationError);
    expect(() => assertCoverage(resolved)).toThrow(
      /tiny\.yaml: excluded: sentence .*line 3.*The weather was fine/,
    );
  });

  it('counts a headline line as a sentence of its own', () => {
    const data = parse(TINY) as { statements: { id: string }[]; assessments: { to: string }[] };
    data.statements = data.statements.filter((s) => s.id !== 'headline');
    data.assessments = data.assessments.filter((a) => a.to !== 'headline');
    const resolved = resolveTiny(stringify(data));
    expect(findUncoveredSentences(resolved).map((s) => s.text)).toEqual(['Base to close, officials say']);
  });
});
