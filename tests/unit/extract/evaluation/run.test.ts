import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runEvaluation } from '../../../../src/extract/evaluation/run';
import { loadSplit, SplitError } from '../../../../src/extract/evaluation/split';
import { evaluationToJson, formatEvaluationTable } from '../../../../src/extract/evaluation/table';
import { projectRoot } from '../../../../src/config/project-root';

describe('the evaluation split (eval/split.yaml)', () => {
  it('puts the three seed articles in dev and every annotation under eval/ in exactly one set', () => {
    const articles = loadSplit();
    const rel = (f: string): string => path.relative(projectRoot(), f);
    expect(articles.filter((a) => rel(a.file).startsWith('seed/')).map((a) => a.set)).toEqual([
      'dev',
      'dev',
      'dev',
    ]);
    expect(articles.filter((a) => rel(a.file).startsWith('eval/test/')).every((a) => a.set === 'test')).toBe(
      true,
    );
    expect(new Set(articles.map((a) => a.file)).size).toBe(articles.length);
  });

  describe('refusals', () => {
    let root: string;
    const write = (file: string, text = ''): void => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    beforeEach(() => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-split-'));
      write('eval/dev/a.annotation.yaml');
      write('eval/test/b.annotation.yaml');
    });
    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

    it('reads folders and files, dev before test', () => {
      write('eval/split.yaml', 'dev: [eval/dev/]\ntest: [eval/test/b.annotation.yaml]\n');
      expect(loadSplit(root).map((a) => [path.basename(a.file), a.set])).toEqual([
        ['a.annotation.yaml', 'dev'],
        ['b.annotation.yaml', 'test'],
      ]);
    });

    it('names an article that is in neither set', () => {
      write('eval/split.yaml', 'dev: [eval/dev/]\ntest: []\n');
      expect(() => loadSplit(root)).toThrow(SplitError);
      expect(() => loadSplit(root)).toThrow(/eval\/test\/b\.annotation\.yaml is in neither dev nor test/);
    });

    it('names an article that is in both sets', () => {
      write('eval/split.yaml', 'dev: [eval/dev/, eval/test/]\ntest: [eval/test/b.annotation.yaml]\n');
      expect(() => loadSplit(root)).toThrow(/test\[0\]: eval\/test\/b\.annotation\.yaml is already in dev/);
    });

    it('names a missing file, an unknown key and a path outside the project', () => {
      write('eval/split.yaml', 'dev: [eval/dev/nosuch.annotation.yaml]\ntest: [eval/test/]\n');
      expect(() => loadSplit(root)).toThrow(/dev\[0\]: eval\/dev\/nosuch\.annotation\.yaml does not exist/);
      write('eval/split.yaml', 'dev: []\ntest: []\ntuning: []\n');
      expect(() => loadSplit(root)).toThrow(/split\.yaml: .*tuning/);
      write('eval/split.yaml', 'dev: [../elsewhere/]\ntest: [eval/test/, eval/dev/]\n');
      expect(() => loadSplit(root)).toThrow(/outside the project/);
    });
  });
});

describe('isnad eval on the development set', () => {
  const report = runEvaluation(loadSplit(), ['dev']);

  it('scores every dev article, the seed against the seed before it', () => {
    const seed = report.articles.filter((a) =>
      ['alarabiya-us-forces-iraq', 'harbor-wire-iraq-drawdown', 'al-rafid-baghdad-schedule'].includes(a.slug),
    );
    expect(seed.map((a) => a.counts.statements.gold)).toEqual([24, 9, 11]);
    expect(report.sets.test).toBeUndefined();
    expect(report.sets.dev?.articles).toBe(report.articles.length);
    const summed = report.articles.reduce((n, a) => n + a.counts.attribution.tp, 0);
    expect(report.sets.dev?.counts.attribution.tp).toBe(summed);
  });

  it('prints one table per set and the same figures as JSON', () => {
    const table = formatEvaluationTable(report, { articles: true });
    expect(table).toMatch(/^dev set: \d+ articles/m);
    expect(table).toMatch(/statement -> source/);
    expect(table).toMatch(/alarabiya-us-forces-iraq\s+dev/);
    const json = evaluationToJson(report) as {
      sets: { dev: { layers: Record<string, { tp: number; precision: number | null }> } };
    };
    const statements = json.sets.dev.layers.statements;
    expect(statements?.tp).toBe(report.sets.dev?.counts.statements.tp);
    expect(statements?.precision).toBeCloseTo(
      (report.sets.dev?.counts.statements.tp ?? 0) / (report.sets.dev?.counts.statements.proposed ?? 1),
      10,
    );
  });
});
