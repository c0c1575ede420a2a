import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { ingestSeed } from '../../support/seed';
import { spawnCli } from '../../support/spawn-cli';
import { readTestNeo4jEnv } from '../../support/test-neo4j';

const OFFICIAL = 'alarabiya-us-forces-iraq#no-deployment-changes';

describe('isnad export and isnad verify from the command line', () => {
  let graph: TestGraph;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-export-cli-'));
  const run = async (args: string[]) => {
    const env = readTestNeo4jEnv();
    const cli = spawnCli(args, {
      NEO4J_URI: env.uri,
      NEO4J_USER: env.user,
      NEO4J_PASSWORD: env.password,
      LOG_LEVEL: 'silent',
      ISNAD_BASE_IRI: 'https://audit.isnad.test',
    });
    const code = await cli.exited;
    const { stdout } = cli.child;
    if (!stdout?.closed) await new Promise((resolve) => stdout?.once('close', resolve));
    return { code, stdout: cli.stdout.join('\n'), stderr: cli.stderr.join('\n') };
  };

  beforeAll(async () => {
    graph = await openTestGraph();
    await ingestSeed(graph.executor, graph.logger);
  });
  afterAll(async () => {
    await graph.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('a file carries its JSON-LD context inline; stdout names it under ISNAD_BASE_IRI unless asked', async () => {
    const file = path.join(root, 'official.prov.jsonld');
    expect(
      (await run(['export', '--format', 'prov-jsonld', '--statement', OFFICIAL, '--out', file])).code,
    ).toBe(0);
    expect(typeof (JSON.parse(fs.readFileSync(file, 'utf8')) as { '@context': unknown })['@context']).toBe(
      'object',
    );

    const piped = await run(['export', '--format', 'prov-jsonld', '--statement', OFFICIAL]);
    expect(piped.code).toBe(0);
    expect((JSON.parse(piped.stdout) as { '@context': unknown })['@context']).toBe(
      'https://audit.isnad.test/contexts/prov-v1.jsonld',
    );
    const inline = await run([
      'export',
      '--format',
      'prov-jsonld',
      '--statement',
      OFFICIAL,
      '--inline-context',
    ]);
    expect(typeof (JSON.parse(inline.stdout) as { '@context': unknown })['@context']).toBe('object');
  }, 180_000);

  it('verify prints what it checked, and names the field of an inconsistent item', async () => {
    const bundle = path.join(root, 'bundle');
    const exported = await run(['export', '--format', 'nquads', '--statement', OFFICIAL, '--bundle', bundle]);
    expect(exported.code).toBe(0);
    const ok = await run(['verify', bundle]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^verify .*: isnad-export-bundle\/3, nquads, \d+ items read as written$/m);
    expect(ok.stdout).toMatch(
      /^OK: every item hash, the root hash, 3 article text\(s\), \d+ span\(s\) against the text, \d+ id\(s\) and the files match$/m,
    );

    const data = path.join(bundle, 'export.nq');
    const lines = fs.readFileSync(data, 'utf8').split('\n');
    fs.writeFileSync(
      data,
      lines
        .map((l) => l.replace('"لا تغييرات لدينا', '"لا تغييرا ت لدينا'))
        .reverse()
        .join('\n'),
    );
    const bad = await run(['verify', bundle]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/items read as a set/);
    expect(bad.stdout).toMatch(
      /^INCONSISTENT statement st_[0-9a-f]{24} \(alarabiya-us-forces-iraq#no-deployment-changes\) quote: /m,
    );
    expect(bad.stdout).toContain('note: the data file is not byte for byte as exported');
  }, 180_000);

  it('refuses a directory that is not a bundle with a message, not a stack', async () => {
    const result = await run(['verify', root]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('manifest.json not found: is');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
