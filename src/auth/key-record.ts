import { z } from 'zod';
import { KEY_ID_PATTERN, SECRET_HASH_PATTERN } from './api-key';
import { ROLES } from './roles';

/** One stored key: never the key itself, only the hash of its secret. */
export const keyRecordSchema = z.strictObject({
  id: z.string().regex(KEY_ID_PATTERN, 'must be 12 lowercase hex characters'),
  /** Free text for people ("ci-bot", "amira"); may be empty. One line, so lists stay readable. */
  name: z
    .string()
    .max(100, 'must have at most 100 characters')
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters (newlines, tabs)'),
  role: z.enum(ROLES),
  hash: z.string().regex(SECRET_HASH_PATTERN, 'must be a sha256 hex digest (64 lowercase hex characters)'),
  createdAt: z.iso.datetime({ offset: true }),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
});

export type KeyRecord = z.infer<typeof keyRecordSchema>;

/** The key file. `version` lets a later layout be told apart and migrated. */
export const keyFileSchema = z.strictObject({
  version: z.literal(1),
  keys: z.array(keyRecordSchema),
});

export type KeyFile = z.infer<typeof keyFileSchema>;

/** A key file or `ISNAD_API_KEYS` that cannot be used; the message names where and which field. */
export class KeyStoreError extends Error {
  override name = 'KeyStoreError';
  /** Printed as `isnad: MESSAGE` by the CLI (see src/cli/run-command.ts). */
  readonly userFacing = true;
}

/** Parses the key file's text; throws KeyStoreError naming `file` and the bad field's path. */
export function parseKeyFile(text: string, file: string): KeyRecord[] {
  const parsed = keyFileSchema.safeParse(parseJson(text, file));
  if (!parsed.success) throw new KeyStoreError(`invalid API key file ${file}: ${describe(parsed.error, '')}`);
  assertUniqueIds(parsed.data.keys, file);
  return parsed.data.keys;
}

/** Parses `ISNAD_API_KEYS`: the `keys` array of a key file, as JSON. */
export function parseEnvironmentKeys(json: string): KeyRecord[] {
  const parsed = z.array(keyRecordSchema).safeParse(parseJson(json, 'ISNAD_API_KEYS'));
  if (!parsed.success) throw new KeyStoreError(`invalid ISNAD_API_KEYS: ${describe(parsed.error, 'keys')}`);
  assertUniqueIds(parsed.data, 'ISNAD_API_KEYS');
  return parsed.data;
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new KeyStoreError(`${where} is not valid JSON (${(error as Error).message})`);
  }
}

function assertUniqueIds(keys: KeyRecord[], where: string): void {
  const seen = new Set<string>();
  for (const [index, key] of keys.entries()) {
    if (seen.has(key.id)) throw new KeyStoreError(`${where}: keys[${index}].id: duplicate key id ${key.id}`);
    seen.add(key.id);
  }
}

/** `keys[0].role: Invalid option: …; version: …`, from zod's issues. */
function describe(error: z.ZodError, root: string): string {
  return error.issues.map((issue) => `${fieldPath(root, issue.path)}: ${issue.message}`).join('; ');
}

function fieldPath(root: string, path: PropertyKey[]): string {
  const text = path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
  return root === '' ? text || '(root)' : `${root}${text}`;
}
