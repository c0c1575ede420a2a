/**
 * Hashes and content-derived identity. Ingesting the same input twice must give the same ids, and
 * `verify` recomputes these hashes to name what changed, so every function here is deterministic
 * and rejects input it could only hash ambiguously.
 */
import { createHash } from 'node:crypto';

/**
 * A lone UTF-16 surrogate has no UTF-8 encoding; Node would hash it as U+FFFD, so two different
 * strings would share a hash. Under the `u` flag only unpaired surrogates match \p{Cs}.
 */
const LONE_SURROGATE = /\p{Cs}/u;

function assertWellFormed(s: string, what: string): void {
  if (LONE_SURROGATE.test(s)) throw new TypeError(`${what} contains an unpaired UTF-16 surrogate`);
}

/**
 * SHA-256 of the input as lower-case hex. Strings are hashed as their UTF-8 bytes, exactly as
 * written (no normalisation, no trimming), so an article's `contentHash` matches `sha256sum` of the
 * file it came from.
 *
 * @throws TypeError if a string contains an unpaired surrogate (it has no UTF-8 bytes).
 */
export function sha256Hex(input: string | Uint8Array): string {
  if (typeof input === 'string') assertWellFormed(input, 'sha256Hex input');
  return createHash('sha256').update(input).digest('hex');
}

/** U+001F UNIT SEPARATOR: a control character that never occurs in article text or ids. */
const UNIT_SEPARATOR = '\u001f';

/** Hex digits kept in an id: 96 bits, far beyond any collision risk at our scale, still readable. */
const ID_HEX_LENGTH = 24;

const ID_PREFIX = /^[A-Za-z][A-Za-z0-9-]*$/;

/**
 * A deterministic id derived from content: `${prefix}_${first 24 hex of sha256(parts joined by
 * U+001F)}`, e.g. `contentId('stmt', articleHash, 120, 188, 'direct-quote')`.
 *
 * Parts are joined with the unit separator so that part boundaries count: ('ab', 'c') and
 * ('a', 'bc') give different ids, which plain concatenation would not. For the same reason a part
 * may not contain U+001F itself. Numbers are written as JavaScript prints them (`String(n)`).
 *
 * @param prefix The kind of node, letters, digits and '-' (no '_', so the id splits at its first '_').
 * @throws TypeError for a bad prefix, no parts, a non-finite number, or a part containing U+001F.
 */
export function contentId(prefix: string, ...parts: ReadonlyArray<string | number>): string {
  if (!ID_PREFIX.test(prefix)) throw new TypeError(`contentId prefix must match ${ID_PREFIX}: '${prefix}'`);
  if (parts.length === 0) throw new TypeError('contentId needs at least one part');
  const strings = parts.map((part, i) => {
    if (typeof part === 'number' && !Number.isFinite(part)) {
      throw new TypeError(`contentId part ${i} is not a finite number: ${part}`);
    }
    const s = String(part);
    if (s.includes(UNIT_SEPARATOR)) throw new TypeError(`contentId part ${i} contains U+001F`);
    return s;
  });
  return `${prefix}_${sha256Hex(strings.join(UNIT_SEPARATOR)).slice(0, ID_HEX_LENGTH)}`;
}

/** Values `canonicalJson` accepts. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Serialises a JSON value canonically, as RFC 8785 (JCS) does for the subset we use: object keys
 * sorted by UTF-16 code units, no whitespace, strings and numbers written as ECMAScript's
 * `JSON.stringify` writes them (which is what JCS specifies). Hash the result to fingerprint
 * structured data independently of key order.
 *
 * Where `JSON.stringify` would silently drop or rewrite a value, this throws instead, naming the
 * path (`$.assessments[2].confidence`): undefined, NaN/Infinity, functions, symbols, bigints,
 * array holes, non-plain objects (Date, Map, class instances), cycles, and unpaired surrogates.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, '$', new Set());
}

function serialise(value: unknown, path: string, ancestors: Set<object>): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'string') {
    assertWellFormed(value, `canonicalJson: string at ${path}`);
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new TypeError(`canonicalJson: ${value} at ${path} is not a JSON number`);
    return JSON.stringify(value); // -0 → "0", shortest round-trip form: RFC 8785 section 3.2.2.3
  }
  if (typeof value !== 'object') throw new TypeError(`canonicalJson: ${typeof value} at ${path} is not JSON`);
  if (ancestors.has(value)) throw new TypeError(`canonicalJson: cycle at ${path}`);
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      const items: string[] = [];
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) throw new TypeError(`canonicalJson: hole at ${path}[${i}]`);
        items.push(serialise(value[i], `${path}[${i}]`, ancestors));
      }
      return `[${items.join(',')}]`;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(`canonicalJson: non-plain object at ${path}`);
    }
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort() // default sort compares UTF-16 code units, as RFC 8785 section 3.2.3 requires
      .map((key) => {
        assertWellFormed(key, `canonicalJson: key at ${path}`);
        return `${JSON.stringify(key)}:${serialise(record[key], memberPath(path, key), ancestors)}`;
      });
    return `{${members.join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}

function memberPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
