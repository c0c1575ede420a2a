import { readFileSync } from 'fs';
import { dirname, resolve } from 'path';
import { AnnotationError, loadAnnotationText } from '../../../src/ingest/load-annotation';
import { loadResolvedAnnotation, resolveLoadedAnnotation } from '../../../src/ingest/resolve-anchors';

const FIXTURES = resolve(__dirname, '../../fixtures/annotations');
const fixture = (name: string): string => resolve(FIXTURES, name);

/** Loads and resolves a fixture, returning the AnnotationError it must fail with. */
function rejection(name: string): AnnotationError {
  try {
    loadResolvedAnnotation(fixture(name));
  } catch (error) {
    if (error instanceof AnnotationError) return error;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

/** Asserts that one issue names the field and the reason, and that the message says FILE: PATH: REASON. */
function expectIssue(error: AnnotationError, name: string, path: string, reason: RegExp): void {
  expect(error.file).toBe(fixture(name));
  const issue = error.issues.find((i) => i.path === path);
  expect(issue?.reason).toMatch(reason);
  const line = error.message.split('\n').find((l) => l.startsWith(`${fixture(name)}: ${path}: `));
  expect(line).toMatch(reason);
}

describe('the valid fixture the rejection fixtures derive from', () => {
  it('is accepted', () => {
    const resolved = loadResolvedAnnotation(fixture('tiny.annotation.yaml'));
    expect(resolved.kind).toBe('annotation');
  });
});

describe('rejects an annotation file', () => {
  it('whose quote is not in the article', () => {
    const error = rejection('quote-missing.annotation.yaml');
    expectIssue(error, 'quote-missing.annotation.yaml', 'statements[1].quote', /not found in the article/);
    expect(error.path).toBe('statements[1].quote');
    expect(error.message).toBe(`${fixture('quote-missing.annotation.yaml')}: ${error.path}: ${error.reason}`);
  });

  it('whose quote occurs twice without a prefix or suffix, naming both places', () => {
    const error = rejection('quote-ambiguous.annotation.yaml');
    expectIssue(
      error,
      'quote-ambiguous.annotation.yaml',
      'statements[2].quote',
      /ambiguous.*2 times.*63, 111/,
    );
  });

  it('whose start and end disagree with where the quote is', () => {
    const error = rejection('offsets-disagree.annotation.yaml');
    expectIssue(error, 'offsets-disagree.annotation.yaml', 'statements[1].start', /is 60 .* code point 63/);
    expectIssue(error, 'offsets-disagree.annotation.yaml', 'statements[1].end', /is 86 .* code point 89/);
  });

  it('that refers to an undeclared source', () => {
    const error = rejection('unknown-source.annotation.yaml');
    expectIssue(
      error,
      'unknown-source.annotation.yaml',
      'statements[2].source',
      /unknown source "press-officer"/,
    );
  });

  it('with a duplicated id', () => {
    const error = rejection('duplicate-id.annotation.yaml');
    expectIssue(
      error,
      'duplicate-id.annotation.yaml',
      'statements[2].id',
      /duplicate id "closes-in-may".*statements\[1\]/,
    );
  });

  it('whose contentHash is not the sha256 of the article bytes', () => {
    const error = rejection('wrong-hash.annotation.yaml');
    expectIssue(error, 'wrong-hash.annotation.yaml', 'article.contentHash', /does not match.*77fc0e96/);
  });

  it('with a value outside an enum, showing its path', () => {
    const error = rejection('bad-enum.annotation.yaml');
    expectIssue(error, 'bad-enum.annotation.yaml', 'statements[2].mode', /DIRECT_QUOTE.*REPORTED_SPEECH/);
  });

  it('with method RULE and no rule', () => {
    const error = rejection('rule-without-rule.annotation.yaml');
    expectIssue(error, 'rule-without-rule.annotation.yaml', 'assessments[1].rule', /RULE requires/);
  });

  it('with an unknown (misspelt) field, naming the field', () => {
    const error = rejection('unknown-field.annotation.yaml');
    expectIssue(error, 'unknown-field.annotation.yaml', 'statements[1].speaker', /unknown field/);
  });
});

describe('accepts what the rejections point to', () => {
  const base = readFileSync(fixture('quote-ambiguous.annotation.yaml'), 'utf8');
  const load = (source: string) =>
    resolveLoadedAnnotation(loadAnnotationText(source, 'edited.yaml', dirname(fixture('tiny.en.txt'))));

  it.each([
    ['a prefix', "    quote: the base will close\n    prefix: 'said '\n"],
    ['a suffix', "    quote: the base will close\n    suffix: ' later'\n"],
    [
      'a prefix and matching offsets',
      "    quote: the base will close\n    prefix: 'said '\n    start: 111\n    end: 130\n",
    ],
  ])('an ambiguous quote once it has %s', (_, replacement) => {
    const resolved = load(base.replace('    quote: the base will close\n', replacement));
    if (resolved.kind !== 'annotation') throw new Error('expected a complete annotation');
    expect(resolved.statements[2]?.anchor).toMatchObject({ start: 111, end: 130 });
  });
});
