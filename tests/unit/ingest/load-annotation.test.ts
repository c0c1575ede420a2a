import { readFileSync } from 'fs';
import { dirname, resolve } from 'path';
import { parse, stringify } from 'yaml';
import { AnnotationError, loadAnnotationText, parseAnnotation } from '../../../src/ingest/load-annotation';
import {
  loadResolvedAnnotation,
  qualify,
  resolveLoadedAnnotation,
} from '../../../src/ingest/resolve-anchors';

const FIXTURES = resolve(__dirname, '../../fixtures/annotations');
const TINY = readFileSync(resolve(FIXTURES, 'tiny.annotation.yaml'), 'utf8');

function errorOf(run: () => unknown): AnnotationError {
  try {
    run();
  } catch (error) {
    if (error instanceof AnnotationError) return error;
    throw error;
  }
  throw new Error('expected an AnnotationError');
}

describe('parseAnnotation', () => {
  it('reports YAML syntax errors and duplicate keys with the file name', () => {
    const error = errorOf(() => parseAnnotation('schemaVersion: 1\nschemaVersion: 1\n', 'dup.yaml'));
    expect(error.path).toBe('(yaml)');
    expect(error.message).toMatch(/^dup\.yaml: \(yaml\): .*[Mm]ap keys must be unique/);
  });

  it('parses JSON files as strict JSON', () => {
    expect(errorOf(() => parseAnnotation('{ schemaVersion: 1 }', 'a.json')).path).toBe('(json)');
  });

  it('says which required field is missing', () => {
    const error = errorOf(() => parseAnnotation(TINY.replace(/^annotatedAt:.*\n/m, ''), 'x.yaml'));
    expect(error.issues).toContainEqual({ path: 'annotatedAt', reason: 'is required' });
  });

  it('lists every problem, one FILE: PATH: REASON line each', () => {
    const source = TINY.replace('confidence: 0.4', 'confidence: 1.4').replace('kind: TEAM', 'kind: ROBOT');
    const error = errorOf(() => parseAnnotation(source, 'x.yaml'));
    expect(error.issues.map((i) => i.path)).toEqual(['annotator.kind', 'assessments[0].confidence']);
    expect(error.message.split('\n')).toHaveLength(2);
    expect(error.message).toMatch(/^x\.yaml: assessments\[0\]\.confidence: .*between 0 and 1$/m);
  });

  it('rejects ids that are not kebab-case and a TOOL without a version', () => {
    const source = TINY.replace('id: closes-later', 'id: Closes_Later').replace(
      'annotator: { id: isnad-project-team, name: Isnad project team, kind: TEAM }',
      'annotator: { id: isnad-extract, name: isnad extract, kind: TOOL }',
    );
    const paths = errorOf(() => parseAnnotation(source, 'x.yaml')).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['statements[2].id', 'annotator.version']));
  });
});

describe('loadAnnotationText', () => {
  it('reads the article relative to the given base directory', () => {
    const loaded = loadAnnotationText(TINY, 'tiny.yaml', FIXTURES);
    expect(loaded.articlePath).toBe(resolve(FIXTURES, 'tiny.en.txt'));
    expect(loaded.articleBytes.equals(readFileSync(resolve(FIXTURES, 'tiny.en.txt')))).toBe(true);
  });

  it('names article.textFile when the article cannot be read', () => {
    const error = errorOf(() => loadAnnotationText(TINY, 'tiny.yaml', resolve(FIXTURES, 'nowhere')));
    expect(error.path).toBe('article.textFile');
    expect(error.reason).toMatch(/ENOENT/);
  });
});

describe('resolving a complete annotation', () => {
  const resolved = resolveLoadedAnnotation(loadAnnotationText(TINY, 'tiny.yaml', FIXTURES));
  if (resolved.kind !== 'annotation') throw new Error('expected a complete annotation');

  it('fills defaults a writer would otherwise guess', () => {
    const statement = resolved.statements[1];
    expect(statement).toMatchObject({ via: [], hedging: null, gloss: null, language: 'en', paragraph: 1 });
    expect(resolved.assessments[0]?.assertedBy).toEqual(resolved.annotator);
    expect(resolved.assessments[1]).toMatchObject({ method: 'RULE', rule: 'same-subject-adds-date' });
    expect(resolved.article.headline).toMatchObject({ start: 0, end: 28 });
  });

  it('rejects a statement whose entity list misses an entity mentioned inside it', () => {
    const source = TINY.replace('    entities: [may]\n', '');
    const error = errorOf(() => resolveLoadedAnnotation(loadAnnotationText(source, 'x.yaml', FIXTURES)));
    expect(error.issues).toContainEqual({
      path: 'statements[1].entities',
      reason: expect.stringMatching(/"may"/),
    });
  });

  it('rejects a mode that does not fit the source kind, and an excluded span inside a statement', () => {
    const data = parse(TINY) as { statements: { mode: string }[]; excluded: { quote: string }[] };
    data.statements[0]!.mode = 'EDITORIAL_INFERENCE';
    data.excluded[0]!.quote = 'in May';
    const source = stringify(data);
    const paths = errorOf(() =>
      resolveLoadedAnnotation(loadAnnotationText(source, 'x.yaml', FIXTURES)),
    ).issues;
    expect(paths.map((i) => i.path)).toEqual(
      expect.arrayContaining(['statements[0].mode', 'excluded[0].quote']),
    );
  });
});

describe('a correction file', () => {
  const file = resolve(FIXTURES, 'correction-defense-official.annotation.yaml');

  it('is valid on its own and anchored in the article it corrects', () => {
    const resolved = loadResolvedAnnotation(file);
    expect(resolved.kind).toBe('correction');
    expect(resolved.article.slug).toBe('alarabiya-us-forces-iraq');
    const [replace, withdraw] = resolved.corrections;
    expect(replace?.supersedes).toEqual(qualify('no-deployment-changes', 'alarabiya-us-forces-iraq'));
    expect(replace?.statement?.anchor.quote).toBe('لا تغييرات لدينا على خطط الانتشار المستقبلية في العراق');
    expect(replace?.statement?.anchor.start).toBeGreaterThan(0);
    expect(withdraw).toMatchObject({ withdraw: true, statement: null, assessment: null });
  });

  it('needs exactly one of statement, assessment or withdraw in each correction', () => {
    const source = readFileSync(file, 'utf8').replace('    withdraw: true\n', '');
    const error = errorOf(() => parseAnnotation(source, 'c.yaml'));
    expect(error.path).toBe('corrections[1]');
    expect(error.reason).toMatch(/exactly one of/);
  });

  it('must match the article bytes like any annotation', () => {
    const source = readFileSync(file, 'utf8').replace(/contentHash: e5/, 'contentHash: f5');
    const error = errorOf(() => resolveLoadedAnnotation(loadAnnotationText(source, 'c.yaml', dirname(file))));
    expect(error.path).toBe('article.contentHash');
  });
});

describe('qualify', () => {
  it('splits article-qualified references and treats the own slug as local', () => {
    expect(qualify('a-b', 'me')).toEqual({ article: 'me', id: 'a-b', local: true });
    expect(qualify('other#a-b', 'me')).toEqual({ article: 'other', id: 'a-b', local: false });
    expect(qualify('me#a-b', 'me')).toEqual({ article: 'me', id: 'a-b', local: true });
  });
});
