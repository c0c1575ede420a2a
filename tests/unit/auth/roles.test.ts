import type { GraphQLError } from 'graphql';
import { ErrorCode } from '../../../src/api/errors';
import {
  EXPORT_ROLES,
  ROLES,
  WRITE_ROLES,
  canExport,
  canRead,
  canWrite,
  requireReadAccess,
  requireRole,
} from '../../../src/auth/roles';
import type { Principal, Role } from '../../../src/auth/roles';

function principal(role: Role): Principal {
  return { keyId: '0123456789ab', name: 'test', role };
}

function thrown(action: () => void): GraphQLError {
  try {
    action();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected an error');
}

describe('role permissions', () => {
  it.each([
    ['reader', true, false, false],
    ['annotator', true, true, false],
    ['auditor', true, false, true],
    ['admin', true, true, true],
  ] as const)('%s: read %s, write %s, export %s', (role, read, write, exportable) => {
    expect(canRead(role)).toBe(read);
    expect(canWrite(role)).toBe(write);
    expect(canExport(role)).toBe(exportable);
  });

  it('knows exactly the four roles', () => {
    expect(ROLES).toEqual(['reader', 'annotator', 'auditor', 'admin']);
  });
});

describe('requireRole', () => {
  it('answers UNAUTHENTICATED without a principal, naming the roles needed', () => {
    const error = thrown(() => requireRole(null, WRITE_ROLES));
    expect(error.extensions.code).toBe(ErrorCode.Unauthenticated);
    expect(error.message).toMatch(/annotator or admin/);
  });

  it('answers FORBIDDEN for a role that is not allowed, naming the roles needed and the role held', () => {
    const error = thrown(() => requireRole(principal('reader'), WRITE_ROLES));
    expect(error.extensions.code).toBe(ErrorCode.Forbidden);
    expect(error.message).toMatch(/annotator or admin/);
    expect(error.message).toMatch(/has role reader/);
    expect(thrown(() => requireRole(principal('annotator'), EXPORT_ROLES)).extensions.code).toBe(
      ErrorCode.Forbidden,
    );
  });

  it('passes an allowed role', () => {
    expect(() => requireRole(principal('annotator'), WRITE_ROLES)).not.toThrow();
    expect(() => requireRole(principal('admin'), EXPORT_ROLES)).not.toThrow();
  });
});

describe('requireReadAccess', () => {
  it('lets anonymous callers read when reading is open', () => {
    expect(() => requireReadAccess(null, 'open')).not.toThrow();
  });

  it('answers UNAUTHENTICATED to anonymous callers when reading needs a key', () => {
    expect(thrown(() => requireReadAccess(null, 'key')).extensions.code).toBe(ErrorCode.Unauthenticated);
    expect(() => requireReadAccess(principal('reader'), 'key')).not.toThrow();
  });
});
