import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../../bench/free-port';
import { databaseDirOf } from '../../../src/bulk-import/admin-import';
import { SEED_DIR } from '../../support/seed';
import { spawnCli, spawnCliInTerminal } from '../../support/spawn-cli';

describe('isnad import', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-import-cli-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const env = async (dir: string) => ({
    NEO4J_URI: '',
    ISNAD_NEO4J_DATA: dir,
    ISNAD_NEO4J_PORT: String(await freePort()),
    ISNAD_NEO4J_HEAP: '512m',
    ISNAD_NEO4J_PAGECACHE: '128m',
    NEO4J_PASSWORD: 'import-cli-test',
    // The import starts the database once to build its indexes; a busy machine can take minutes.
    ISNAD_NEO4J_START_TIMEOUT_MS: '360000',
    LOG_LEVEL: 'silent',
  });
  const run = async (args: string[]) => {
    const cli = spawnCli(['import', ...args], await env(dataDir));
    return { code: await cli.exited, stdout: cli.stdout, stderr: cli.stderr };
  };

  it('loads the seed folder into a new local database and says what it wrote, with no progress bar when piped', async () => {
    const { code, stdout, stderr } = await run(['--dir', SEED_DIR]);
    expect(stderr).toEqual([]);
    expect(stdout.join('\n')).not.toContain('import |');
    expect(code).toBe(0);
    expect(stdout[0]).toMatch(/^imported 3 files: 44 statements, \d+ nodes, \d+ relationships$/);
    expect(stdout[1]).toMatch(/neo4j-admin [\d.]+ s, constraints and indexes [\d.]+ s; \d+ statements\/s$/);
    expect(fs.existsSync(databaseDirOf(dataDir))).toBe(true);
  }, 420_000);

  it('shows a progress bar of files in a terminal (issue 15: import showed none)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-import-tty-'));
    try {
      const cli = spawnCliInTerminal(['import', '--dir', SEED_DIR], await env(dir));
      const code = await cli.exited;
      const screen = cli.stdout.join('\n');
      expect({ code, end: screen.slice(-600) }).toMatchObject({ code: 0 });
      expect(screen).toMatch(/import \|[█░]+\| 3\/3 files \(constraints and indexes\)/);
      expect(screen).toMatch(/imported 3 files: 44 statements/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 420_000);

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
