import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { projectRoot } from '../../../src/config/project-root';
import { loadAnnotationFile } from '../../../src/ingest/load-annotation';
import { INTAKE_FIXTURES } from '../../support/page-server';
import { spawnCli } from '../../support/spawn-cli';

const SEED_TEXT = fs.readFileSync(path.join(projectRoot(), 'seed', 'alarabiya-us-forces-iraq.ar.txt'));

describe('isnad intake FILE.html --propose', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-intake-cli-'));
  const env = { ISNAD_ARTIFACTS_DIR: path.join(dir, 'artifacts'), ISNAD_INTAKE_OFFLINE: 'true' };
  const run = async (args: string[]) => {
    const cli = spawnCli(['intake', ...args], env);
    const code = await cli.exited;
    return { code, stdout: cli.stdout.join('\n'), stderr: cli.stderr.join('\n') };
  };

  it('writes the seed page as the seed text, byte for byte, with its record and a draft that anchors to it', async () => {
    const page = path.join(INTAKE_FIXTURES, 'seed-alarabiya.ar.html');
    const { code, stdout } = await run([
      page,
      '--propose',
      '--dir',
      dir,
      '--slug',
      'alarabiya-us-forces-iraq',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/datePublished +null \(not given by the page\)/);
    const text = path.join(dir, 'alarabiya-us-forces-iraq.ar.txt');
    expect(fs.readFileSync(text).equals(SEED_TEXT)).toBe(true);
    const record = JSON.parse(
      fs.readFileSync(path.join(dir, 'alarabiya-us-forces-iraq.intake.json'), 'utf8'),
    );
    expect(record.retrieval).toMatchObject({
      type: 'RETRIEVAL',
      source: 'file',
      textSha256: record.retrieval.textSha256,
    });
    expect(
      fs.existsSync(
        path.join(
          dir,
          'artifacts',
          'sha256',
          record.retrieval.rawSha256.slice(0, 2),
          record.retrieval.rawSha256,
        ),
      ),
    ).toBe(true);
    // The draft is a valid annotation of the text next to it.
    const draft = path.join(dir, 'alarabiya-us-forces-iraq.annotation.yaml');
    expect(YAML.parse(fs.readFileSync(draft, 'utf8')).article.contentHash).toBe(
      'e55a4c8c4295b2dd01b52d6f3687865bba04ac0b97b8370c4a6b9952a5a02a83',
    );
    expect(() => loadAnnotationFile(draft)).not.toThrow();
    // The seed's own annotation, next to the intake's text instead of the seed's, anchors unchanged.
    const seedAnnotation = path.join(dir, 'seed-copy.annotation.yaml');
    fs.copyFileSync(
      path.join(projectRoot(), 'seed', 'alarabiya-us-forces-iraq.annotation.yaml'),
      seedAnnotation,
    );
    expect(() => loadAnnotationFile(seedAnnotation)).not.toThrow();
  }, 120_000);

  it('takes the same page twice as one article, and refuses URLs offline with one line', async () => {
    const page = path.join(INTAKE_FIXTURES, 'seed-alarabiya.ar.html');
    const again = await run([page, '--dir', dir, '--slug', 'alarabiya-us-forces-iraq']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already taken in as .*: nothing rewritten/);
    const offline = await run(['https://example.com/news', '--dir', dir]);
    expect(offline.code).toBe(1);
    expect(offline.stderr).toBe(
      'isnad: the intake is offline (ISNAD_INTAKE_OFFLINE=true): give a saved page',
    );
  }, 120_000);

  it('exits 2 without a page or with an unknown option, and 1 naming the file it cannot take', async () => {
    expect((await run([])).code).toBe(2);
    const unknown = await run([path.join(INTAKE_FIXTURES, 'no-metadata.en.html'), '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--bogus'");
    const json = path.join(INTAKE_FIXTURES, 'not-a-page.json');
    const notPage = await run([json, '--dir', dir]);
    expect(notPage.code).toBe(1);
    expect(notPage.stderr).toBe(`isnad: ${json}: the page holds no HTML elements: is it a web page?`);
    const missing = path.join(dir, 'missing.html');
    const absent = await run([missing, '--dir', dir]);
    expect(absent.code).toBe(1);
    expect(absent.stderr).toBe(`isnad: cannot read ${missing} (ENOENT)`);
    // a refused page writes nothing, and keeps no artifact
    expect(fs.existsSync(path.join(dir, 'not-a-page.en.txt'))).toBe(false);
    const sha = createHash('sha256').update(fs.readFileSync(json)).digest('hex');
    expect(fs.existsSync(path.join(dir, 'artifacts', 'sha256', sha.slice(0, 2), sha))).toBe(false);
  }, 120_000);
});
