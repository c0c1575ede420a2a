import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { KeyStore } from '../../../src/auth/key-store';
import { registerKeys } from '../../../src/cli/commands/keys';
import { spawnCli } from '../../support/spawn-cli';

let dir: string;
let file: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-usage-'));
  file = path.join(dir, 'api-keys.json');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number | null; stdout: string[]; stderr: string[] }> {
  const cli = spawnCli(args, { ISNAD_API_KEYS_FILE: file, ISNAD_API_KEYS: '' });
  const code = await cli.exited;
  const { stdout, stderr } = cli.child;
  if (!(stdout?.closed && stderr?.closed)) await once(cli.child, 'close');
  return { code, stdout: cli.stdout, stderr: cli.stderr };
}

describe('usage errors exit 2 (issue 15, item 7; every failure exited 1)', () => {
  it.each([
    [['nosuch']],
    [['nosuch', '--help']],
    [['keys', 'nosuch', '--help']],
    [['keys', 'revoke']],
    [['search', '--bogus', 'word']],
  ])('isnad %j exits 2 with a message', async (args) => {
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.stderr.join('\n')).toMatch(
      /unknown command 'nosuch'|missing required argument|unknown option/,
    );
    expect(result.stdout).toEqual([]);
  });

  it('help still exits 0', async () => {
    const result = await run('keys', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout.join('\n')).toMatch(/revoke/);
  });
});

describe('isnad keys list --json and keys revoke confirmation', () => {
  it('lists keys as a JSON array', async () => {
    const created = await run('keys', 'create', '--role', 'reader', '--name', 'json-list');
    const id = created.stdout[0]!.split('_')[1]!;
    const listed = await run('keys', 'list', '--json');
    expect(listed.code).toBe(0);
    const keys = JSON.parse(listed.stdout.join('\n')) as { id: string; name: string; role: string }[];
    expect(keys).toEqual([expect.objectContaining({ id, name: 'json-list', role: 'reader' })]);
  });

  function keysProgram(store: KeyStore, answer: boolean, asked: string[]): Command {
    const program = new Command('isnad').exitOverride();
    registerKeys(
      program,
      () => store,
      async (question) => {
        asked.push(question);
        return answer;
      },
    );
    return program;
  }

  it('does not revoke when the answer is no, and does not ask with --yes', async () => {
    const store = new KeyStore({ file: path.join(dir, 'confirm.json') });
    const { key, id } = store.createKey('annotator', 'confirm');
    const asked: string[] = [];
    await expect(
      keysProgram(store, false, asked).parseAsync(['keys', 'revoke', id], { from: 'user' }),
    ).rejects.toThrow(`key ${id} not revoked`);
    expect(asked).toEqual([expect.stringContaining(`revoke key ${id}?`)]);
    expect(store.authenticate(key)).not.toBeNull();

    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await keysProgram(store, false, asked).parseAsync(['keys', 'revoke', id, '--yes'], { from: 'user' });
    } finally {
      write.mockRestore();
    }
    expect(asked).toHaveLength(1);
    expect(store.authenticate(key)).toBeNull();
  });
});
