import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../../bench/free-port';
import { databaseDirOf } from '../../../src/bulk-import/admin-import';
import { SEED_DIR } from '../../support/seed';
import { spawnCli } from '../../support/spawn-cli';

describe('isnad import', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-import-cli-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const run = async (args: string[]) => {
    const cli = spawnCli(['import', ...args], {
      NEO4J_URI: '',
      ISNAD_NEO4J_DATA: dataDir,
      ISNAD_NEO4J_PORT: String(await freePort()),
      ISNAD_NEO4J_HEAP: '512m',
      ISNAD_NEO4J_PAGECACHE: '128m',
      NEO4J_PASSWORD: 'import-cli-test',
      LOG_LEVEL: 'silent',
    });
    return { code: await cli.exited, stdout: cli.stdout, stderr: cli.stderr };
  };

  it('loads the seed folder into a new local database and says what it wrote', async () => {
    const { code, stdout, stderr } = await run(['--dir', SEED_DIR]);
    expect(stderr).toEqual([]);
    expect(code).toBe(0);
    expect(stdout[0]).toMatch(/^imported 3 files: 44 statements, \d+ nodes, \d+ relationships$/);
    expect(stdout[1]).toMatch(/neo4j-admin [\d.]+ s, constraints and indexes [\d.]+ s; \d+ statements\/s$/);
    expect(fs.existsSync(databaseDirOf(dataDir))).toBe(true);
  }, 180_000);

  it('refuses to import into that database again, in one line, exit 1', async () => {
    const { code, stdout, stderr } = await run(['--dir', SEED_DIR]);
    expect(code).toBe(1);
    expect(stdout).toEqual([]);
    expect(stderr).toEqual([
      expect.stringMatching(
        /^isnad: a database already exists at .*; an offline import only creates a new one/,
      ),
    ]);
  }, 60_000);

  it('asks for files when given none, a usage error (exit 2)', async () => {
    const { code, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stderr.join('\n')).toContain('give annotation files or --dir DIR');
  }, 60_000);
});
