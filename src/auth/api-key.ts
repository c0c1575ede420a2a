import crypto from 'node:crypto';

/** Every key starts with this, so a leaked key is recognisable (secret scanners, logs). */
export const API_KEY_PREFIX = 'isnad';

/** `isnad_<12 hex id>_<43 base64url characters: 32 random bytes>`. base64url may itself contain `_`. */
const API_KEY_PATTERN = /^isnad_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/** A key id: 12 lowercase hex characters (6 random bytes). Not secret: it names the key in lists. */
export const KEY_ID_PATTERN = /^[0-9a-f]{12}$/;

/** A stored hash: sha256 of the secret, lowercase hex. */
export const SECRET_HASH_PATTERN = /^[0-9a-f]{64}$/;

/** The two parts of a presented key. */
export interface ParsedApiKey {
  id: string;
  secret: string;
}

/** A freshly generated key: `key` is shown to the user once; only `hashSecret(secret)` is kept. */
export interface GeneratedApiKey extends ParsedApiKey {
  key: string;
}

/** Generates a new random key (id and secret from `crypto.randomBytes`). */
export function generateApiKey(): GeneratedApiKey {
  const id = crypto.randomBytes(6).toString('hex');
  const secret = crypto.randomBytes(32).toString('base64url');
  return { id, secret, key: `${API_KEY_PREFIX}_${id}_${secret}` };
}

/** Splits a presented key into id and secret; null when it does not have the key format. */
export function parseApiKey(presented: string): ParsedApiKey | null {
  const match = API_KEY_PATTERN.exec(presented.trim());
  if (!match) return null;
  return { id: match[1]!, secret: match[2]! };
}

/**
 * sha256 of the secret, hex. A plain fast hash is enough here: the secret is 256 bits from a CSPRNG,
 * so there is nothing to brute-force, and a slow KDF (bcrypt, scrypt) would only add latency to every
 * request. Slow hashes exist for low-entropy, human-chosen passwords.
 */
export function hashSecret(secret: string): string {
  return crypto.createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** True when `secret` hashes to `storedHash`; the comparison takes the same time wherever they differ. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  // timingSafeEqual throws on length mismatch; a malformed stored hash simply never matches.
  return presented.length === stored.length && crypto.timingSafeEqual(presented, stored);
}
