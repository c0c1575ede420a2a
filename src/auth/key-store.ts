import fs from 'node:fs';
import type { AppConfig } from '../config/config';
import { generateApiKey, hashSecret, parseApiKey, secretMatches } from './api-key';
import { KeyStoreError, keyRecordSchema, parseEnvironmentKeys, parseKeyFile } from './key-record';
import type { KeyFile, KeyRecord } from './key-record';
import type { Principal, Role } from './roles';
import { writeFileAtomic } from './write-file-atomic';

export { KeyStoreError } from './key-record';
export type { KeyRecord } from './key-record';

export interface KeyStoreOptions {
  /** The key file (`ISNAD_API_KEYS_FILE`). It need not exist until the first key is created. */
  file: string;
  /** `ISNAD_API_KEYS`: JSON of a `keys` array (hashes only), for deployments where a file is awkward. */
  keysJson?: string | undefined;
  /** The clock for `createdAt` and `revokedAt` (tests). */
  now?: () => Date;
}

/** Where a key is defined. Keys from the environment are read-only: change the variable instead. */
export type KeySource = 'file' | 'environment';

/** A key as listed: everything but its hash. */
export interface KeyListing {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
  source: KeySource;
}

/** A new key. `key` exists only here: the store keeps its hash, so it cannot be shown again. */
export interface CreatedKey {
  id: string;
  key: string;
}

/**
 * API keys from the key file and from `ISNAD_API_KEYS`. The file is re-read whenever it changes on
 * disk, so a key created or revoked with `isnad keys` takes effect in a running server at once.
 */
export class KeyStore {
  readonly file: string;
  private readonly environmentKeys: KeyRecord[];
  private readonly now: () => Date;
  private cache: { stamp: string; keys: KeyRecord[] } | undefined;

  /** Throws KeyStoreError when `keysJson` is invalid (the file is read, and checked, on first use). */
  constructor(options: KeyStoreOptions) {
    this.file = options.file;
    this.environmentKeys = options.keysJson === undefined ? [] : parseEnvironmentKeys(options.keysJson);
    this.now = options.now ?? (() => new Date());
  }

  /** The store the configuration describes (`ISNAD_API_KEYS_FILE`, `ISNAD_API_KEYS`). */
  static fromConfig(auth: AppConfig['auth']): KeyStore {
    return new KeyStore({ file: auth.keysFile, keysJson: auth.keysJson });
  }

  /**
   * Creates a key with `role` and writes its hash to the file (created with mode 0600). Throws
   * KeyStoreError for a name of more than 100 characters or with control characters.
   */
  createKey(role: Role, name = ''): CreatedKey {
    const nameProblem = keyRecordSchema.shape.name.safeParse(name).error?.issues[0]?.message;
    if (nameProblem !== undefined) throw new KeyStoreError(`key name ${JSON.stringify(name)} ${nameProblem}`);
    const keys = this.fileKeys();
    const taken = new Set([...keys, ...this.environmentKeys].map((k) => k.id));
    let generated = generateApiKey();
    // 48 random bits: a clash is practically impossible, but a duplicate id would shadow a key.
    while (taken.has(generated.id)) generated = generateApiKey();
    const record: KeyRecord = {
      id: generated.id,
      name,
      role,
      hash: hashSecret(generated.secret),
      createdAt: this.now().toISOString(),
      revokedAt: null,
    };
    this.save([...keys, record]);
    return { id: generated.id, key: generated.key };
  }

  /** Revokes a key of the file. Throws KeyStoreError for an unknown, already revoked or environment key. */
  revokeKey(id: string): KeyListing {
    if (this.environmentKeys.some((k) => k.id === id)) {
      throw new KeyStoreError(`key ${id} is defined in ISNAD_API_KEYS; remove it from that variable instead`);
    }
    const keys = this.fileKeys();
    const key = keys.find((k) => k.id === id);
    if (key === undefined) throw new KeyStoreError(`no API key with id "${id}" in ${this.file}`);
    if (key.revokedAt !== null) throw new KeyStoreError(`key ${id} was already revoked at ${key.revokedAt}`);
    const revoked: KeyRecord = { ...key, revokedAt: this.now().toISOString() };
    this.save(keys.map((k) => (k.id === id ? revoked : k)));
    return listing(revoked, 'file');
  }

  /** Every key, revoked ones included: the file's first, in creation order, then the environment's. */
  listKeys(): KeyListing[] {
    return [
      ...this.fileKeys().map((k) => listing(k, 'file')),
      ...this.environmentKeys.map((k) => listing(k, 'environment')),
    ];
  }

  /**
   * The principal a presented key stands for, or null when it is malformed, unknown or revoked.
   * Throws KeyStoreError when the key file itself is invalid.
   */
  authenticate(presentedKey: string): Principal | null {
    const parsed = parseApiKey(presentedKey);
    if (parsed === null) return null;
    const record =
      this.environmentKeys.find((k) => k.id === parsed.id) ?? this.fileKeys().find((k) => k.id === parsed.id);
    if (record === undefined || record.revokedAt !== null) return null;
    if (!secretMatches(parsed.secret, record.hash)) return null;
    return { keyId: record.id, name: record.name, role: record.role };
  }

  private fileKeys(): KeyRecord[] {
    const stat = fs.statSync(this.file, { throwIfNoEntry: false });
    const stamp = stat === undefined ? 'absent' : `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    if (this.cache?.stamp === stamp) return this.cache.keys;
    const keys = stat === undefined ? [] : parseKeyFile(this.readFile(), this.file);
    const clash = keys.find((k) => this.environmentKeys.some((e) => e.id === k.id));
    if (clash !== undefined) {
      throw new KeyStoreError(`key ${clash.id} is defined both in ${this.file} and in ISNAD_API_KEYS`);
    }
    this.cache = { stamp, keys };
    return keys;
  }

  private readFile(): string {
    try {
      return fs.readFileSync(this.file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new KeyStoreError(`cannot read API key file ${this.file} (${code})`);
    }
  }

  /**
   * Read-modify-write without a lock: keys are managed by hand, rarely, so two concurrent
   * `isnad keys` runs are not worth guarding against; the atomic rename keeps the file whole.
   */
  private save(keys: KeyRecord[]): void {
    const content: KeyFile = { version: 1, keys };
    writeFileAtomic(this.file, `${JSON.stringify(content, null, 2)}\n`);
    this.cache = undefined;
  }
}

function listing(record: KeyRecord, source: KeySource): KeyListing {
  return {
    id: record.id,
    name: record.name,
    role: record.role,
    createdAt: record.createdAt,
    revokedAt: record.revokedAt,
    source,
  };
}
