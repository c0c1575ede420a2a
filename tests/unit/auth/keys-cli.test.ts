import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KeyStore } from '../../../src/auth/key-store';
import { spawnCli } from '../../support/spawn-cli';

let dir: string;
let file: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-keys-cli-'));
  file = path.join(dir, 'api-keys.json');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number | null; stdout: string[]; stderr: string[] }> {
  const cli = spawnCli(args, { ISNAD_API_KEYS_FILE: file, ISNAD_API_KEYS: '' });
  const code = await cli.exited;
  // 'exit' can come before the output pipes are drained; 'close' comes after (and only once).
  const { stdout, stderr } = cli.child;
  if (!(stdout?.closed && stderr?.closed)) await once(cli.child, 'close');
  return { code, stdout: cli.stdout, stderr: cli.stderr };
}

describe('isnad keys (the real CLI)', () => {
  it('creates a key printed once, which the store accepts, then revokes it', async () => {
    const created = await run('keys', 'create', '--role', 'annotator', '--name', 'ci-bot');
    expect(created.code).toBe(0);
    expect(created.stdout).toHaveLength(1);
    const key = created.stdout[0]!;
    expect(key).toMatch(/^isnad_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const id = key.split('_')[1]!;
    expect(created.stderr.join('\n')).toMatch(new RegExp(`key ${id}.*will not be shown again`));
    expect(created.stderr.join('\n')).not.toContain(key);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    const store = new KeyStore({ file });
    expect(store.authenticate(key)).toEqual({ keyId: id, name: 'ci-bot', role: 'annotator' });

    const listed = await run('keys', 'list');
    expect(listed.code).toBe(0);
    expect(listed.stdout.join('\n')).toMatch(new RegExp(`${id}\\s+ci-bot\\s+annotator`));
    expect(listed.stdout.join('\n')).not.toMatch(/[0-9a-f]{64}/);

    const revoked = await run('keys', 'revoke', id);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout.join('\n')).toMatch(new RegExp(`revoked key ${id} at `));
    expect(store.authenticate(key)).toBeNull();

    const again = await run('keys', 'revoke', id);
    expect(again.code).toBe(1);
    expect(again.stderr.join('\n')).toMatch(new RegExp(`isnad: key ${id} was already revoked at `));
  });

  it('refuses an unknown role, naming the allowed ones', async () => {
    const result = await run('keys', 'create', '--role', 'owner');
    expect(result.code).not.toBe(0);
    expect(result.stderr.join('\n')).toMatch(/reader, annotator, auditor, admin/);
  });
});
