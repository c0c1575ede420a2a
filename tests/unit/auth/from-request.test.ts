import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphQLError } from 'graphql';
import { ErrorCode } from '../../../src/api/errors';
import { principalFromRequest } from '../../../src/auth/from-request';
import { KeyStore } from '../../../src/auth/key-store';

let dir: string;
let store: KeyStore;
let key: string;
let id: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-auth-'));
  store = new KeyStore({ file: path.join(dir, 'api-keys.json') });
  ({ key, id } = store.createKey('annotator', 'ci-bot'));
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function request(headers: Record<string, string>): Request {
  return new Request('http://isnad/graphql', { method: 'POST', headers });
}

function code(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return (error as GraphQLError).extensions.code;
  }
  return 'no error';
}

describe('principalFromRequest', () => {
  it('is null (anonymous) without a key header', () => {
    expect(principalFromRequest(request({}), store)).toBeNull();
  });

  it('reads Authorization: Bearer and X-Api-Key', () => {
    const expected = { keyId: id, name: 'ci-bot', role: 'annotator' };
    expect(principalFromRequest(request({ Authorization: `Bearer ${key}` }), store)).toEqual(expected);
    expect(principalFromRequest(request({ 'X-Api-Key': key }), store)).toEqual(expected);
    expect(
      principalFromRequest(request({ Authorization: `Bearer ${key}`, 'X-Api-Key': key }), store),
    ).toEqual(expected);
  });

  it('answers UNAUTHENTICATED to a presented key that is malformed, unknown or revoked', () => {
    const unauthenticated = ErrorCode.Unauthenticated;
    expect(code(() => principalFromRequest(request({ 'X-Api-Key': 'nonsense' }), store))).toBe(
      unauthenticated,
    );
    expect(code(() => principalFromRequest(request({ Authorization: `Basic ${key}` }), store))).toBe(
      unauthenticated,
    );
    const unknown = new KeyStore({ file: path.join(dir, 'other.json') }).createKey('admin').key;
    expect(code(() => principalFromRequest(request({ 'X-Api-Key': unknown }), store))).toBe(unauthenticated);
    store.revokeKey(id);
    expect(code(() => principalFromRequest(request({ Authorization: `Bearer ${key}` }), store))).toBe(
      unauthenticated,
    );
  });

  it('answers UNAUTHENTICATED when the two headers carry different keys', () => {
    const other = store.createKey('reader').key;
    const headers = { Authorization: `Bearer ${key}`, 'X-Api-Key': other };
    expect(code(() => principalFromRequest(request(headers), store))).toBe(ErrorCode.Unauthenticated);
  });
});
