import crypto from 'node:crypto';
import { generateApiKey, hashSecret, parseApiKey, secretMatches } from '../../../src/auth/api-key';

describe('API key format', () => {
  it('generates isnad_<12 hex>_<32 bytes base64url> keys that parse back to id and secret', () => {
    const generated = generateApiKey();
    expect(generated.key).toMatch(/^isnad_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(generated.secret, 'base64url')).toHaveLength(32);
    expect(parseApiKey(generated.key)).toEqual({ id: generated.id, secret: generated.secret });
  });

  it('generates a different key each time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => generateApiKey().key));
    expect(keys.size).toBe(50);
  });

  it('parses secrets that contain underscores (base64url uses _)', () => {
    const secret = `${'_'.repeat(3)}${'a'.repeat(40)}`;
    expect(parseApiKey(`isnad_0123456789ab_${secret}`)).toEqual({ id: '0123456789ab', secret });
  });

  it.each([
    ['empty', ''],
    ['another prefix', `other_0123456789ab_${'a'.repeat(43)}`],
    ['a short id', `isnad_0123_${'a'.repeat(43)}`],
    ['an uppercase id', `isnad_0123456789AB_${'a'.repeat(43)}`],
    ['a short secret', 'isnad_0123456789ab_abc'],
    ['a secret with +/', `isnad_0123456789ab_${'a'.repeat(41)}+/`],
  ])('rejects %s', (_label, key) => {
    expect(parseApiKey(key)).toBeNull();
  });
});

describe('hashSecret and secretMatches', () => {
  it('hashes the secret with sha256 (hex)', () => {
    expect(hashSecret('abc')).toBe(crypto.createHash('sha256').update('abc').digest('hex'));
    expect(hashSecret('abc')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('matches the right secret only', () => {
    const { secret } = generateApiKey();
    const hash = hashSecret(secret);
    expect(secretMatches(secret, hash)).toBe(true);
    const tampered = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    expect(secretMatches(tampered, hash)).toBe(false);
    expect(secretMatches(generateApiKey().secret, hash)).toBe(false);
  });

  it('never matches a malformed stored hash (instead of throwing)', () => {
    expect(secretMatches('abc', 'abcd')).toBe(false);
    expect(secretMatches('abc', '')).toBe(false);
  });
});
