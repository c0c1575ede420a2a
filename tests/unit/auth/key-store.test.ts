import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hashSecret, parseApiKey } from '../../../src/auth/api-key';
import { KeyStore, KeyStoreError } from '../../../src/auth/key-store';

let dir: string;
let file: string;
let clock: Date;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-keys-'));
  file = path.join(dir, 'nested', 'api-keys.json');
  clock = new Date('2025-03-01T10:00:00.000Z');
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function openStore(keysJson?: string): KeyStore {
  return new KeyStore({ file, keysJson, now: () => clock });
}

function writeKeyFile(content: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
}

const record = {
  id: '0123456789ab',
  name: 'deploy',
  role: 'reader',
  hash: hashSecret('x'),
  createdAt: '2025-01-01T00:00:00.000Z',
  revokedAt: null,
};

describe('KeyStore: create, list, revoke', () => {
  it('creates a key, stores only the hash of its secret, in a 0600 file', () => {
    const { id, key } = openStore().createKey('annotator', 'ci-bot');
    const secret = parseApiKey(key)!.secret;
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { version: number; keys: object[] };
    expect(stored).toEqual({
      version: 1,
      keys: [
        {
          id,
          name: 'ci-bot',
          role: 'annotator',
          hash: hashSecret(secret),
          createdAt: '2025-03-01T10:00:00.000Z',
          revokedAt: null,
        },
      ],
    });
    expect(fs.readFileSync(file, 'utf8')).not.toContain(secret);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['api-keys.json']);
  });

  it('keeps 0600 when rewriting a file that had looser permissions', () => {
    writeKeyFile({ version: 1, keys: [record] });
    fs.chmodSync(file, 0o644);
    openStore().createKey('reader');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('authenticates a created key and lists keys without hashes', () => {
    const store = openStore();
    const { id, key } = store.createKey('auditor');
    expect(store.authenticate(key)).toEqual({ keyId: id, name: '', role: 'auditor' });
    expect(store.listKeys()).toEqual([
      { id, name: '', role: 'auditor', createdAt: clock.toISOString(), revokedAt: null, source: 'file' },
    ]);
  });

  it('refuses a wrong secret, an unknown id and a malformed key', () => {
    const store = openStore();
    const { id, key } = store.createKey('admin');
    const other = openStore()
      .createKey('admin')
      .key.replace(/^isnad_[0-9a-f]{12}_/, `isnad_${id}_`);
    expect(store.authenticate(other)).toBeNull();
    expect(store.authenticate(key.replace(id, 'ffffffffffff'))).toBeNull();
    expect(store.authenticate('isnad_nonsense')).toBeNull();
  });

  it('revokes a key: it no longer authenticates, and the change is seen by a store already open', () => {
    const server = openStore();
    const { id, key } = openStore().createKey('annotator');
    expect(server.authenticate(key)).not.toBeNull();
    clock = new Date('2025-03-02T00:00:00.000Z');
    const revoked = openStore().revokeKey(id);
    expect(revoked.revokedAt).toBe('2025-03-02T00:00:00.000Z');
    expect(server.authenticate(key)).toBeNull();
    expect(server.listKeys()[0]?.revokedAt).toBe('2025-03-02T00:00:00.000Z');
  });

  it('says when a key was already revoked, and when an id is unknown', () => {
    const store = openStore();
    const { id } = store.createKey('reader');
    store.revokeKey(id);
    expect(() => store.revokeKey(id)).toThrow(`key ${id} was already revoked at 2025-03-01T10:00:00.000Z`);
    expect(() => store.revokeKey('ffffffffffff')).toThrow(/no API key with id "ffffffffffff"/);
  });

  it('rejects a key name with control characters before writing anything', () => {
    expect(() => openStore().createKey('reader', 'a\nb')).toThrow(/control characters/);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('has no keys while the file does not exist', () => {
    expect(openStore().listKeys()).toEqual([]);
  });
});

describe('KeyStore: invalid key files', () => {
  it('names the file and the bad field path', () => {
    writeKeyFile({ version: 1, keys: [record, { ...record, id: 'aaaaaaaaaaaa', role: 'owner' }] });
    expect(() => openStore().listKeys()).toThrow(KeyStoreError);
    expect(() => openStore().listKeys()).toThrow(`invalid API key file ${file}: keys[1].role`);
  });

  it('names an unknown version and unknown fields', () => {
    writeKeyFile({ version: 2, keys: [] });
    expect(() => openStore().listKeys()).toThrow(/version/);
    writeKeyFile({ version: 1, keys: [{ ...record, secret: 'oops' }] });
    expect(() => openStore().listKeys()).toThrow(/keys\[0\]: Unrecognized key: "secret"/);
  });

  it('says the file is not JSON', () => {
    writeKeyFile('{ not json');
    expect(() => openStore().authenticate(`isnad_0123456789ab_${'a'.repeat(43)}`)).toThrow(
      `${file} is not valid JSON`,
    );
  });

  it('refuses duplicate ids', () => {
    writeKeyFile({ version: 1, keys: [record, record] });
    expect(() => openStore().listKeys()).toThrow(/keys\[1\]\.id: duplicate key id 0123456789ab/);
  });
});

describe('KeyStore: keys from ISNAD_API_KEYS', () => {
  it('authenticates environment keys and lists them as such', () => {
    const key = `isnad_${record.id}_${'s'.repeat(43)}`;
    const env = JSON.stringify([{ ...record, hash: hashSecret('s'.repeat(43)) }]);
    const store = openStore(env);
    expect(store.authenticate(key)).toEqual({ keyId: record.id, name: 'deploy', role: 'reader' });
    expect(store.listKeys()).toMatchObject([{ id: record.id, source: 'environment' }]);
  });

  it('honours revokedAt in the environment', () => {
    const env = JSON.stringify([
      { ...record, hash: hashSecret('s'.repeat(43)), revokedAt: '2025-02-01T00:00:00.000Z' },
    ]);
    expect(openStore(env).authenticate(`isnad_${record.id}_${'s'.repeat(43)}`)).toBeNull();
  });

  it('names the bad field of ISNAD_API_KEYS', () => {
    expect(() => openStore(JSON.stringify([{ ...record, hash: 'plain-text-key' }]))).toThrow(
      /invalid ISNAD_API_KEYS: keys\[0\]\.hash: must be a sha256 hex digest/,
    );
    expect(() => openStore('[')).toThrow(/ISNAD_API_KEYS is not valid JSON/);
  });

  it('cannot revoke an environment key, and refuses an id defined in both places', () => {
    const store = openStore(JSON.stringify([record]));
    expect(() => store.revokeKey(record.id)).toThrow(/defined in ISNAD_API_KEYS/);
    writeKeyFile({ version: 1, keys: [record] });
    expect(() => store.listKeys()).toThrow(/defined both in .* and in ISNAD_API_KEYS/);
  });
});
