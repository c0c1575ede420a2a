import { ErrorCode, apiError } from '../api/errors';

/**
 * The roles a key can carry. `reader` reads; `annotator` reads and writes annotations; `auditor`
 * reads and exports; `admin` does everything.
 */
export const ROLES = ['reader', 'annotator', 'auditor', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/** Who is calling: the key they presented, resolved by the key store. */
export interface Principal {
  keyId: string;
  name: string;
  role: Role;
}

/** Roles that may read the graph (every role; matters only when reading is closed). */
export const READ_ROLES: readonly Role[] = ['reader', 'annotator', 'auditor', 'admin'];
/** Roles that may run mutations. */
export const WRITE_ROLES: readonly Role[] = ['annotator', 'admin'];
/** Roles that may export the graph. */
export const EXPORT_ROLES: readonly Role[] = ['auditor', 'admin'];

/** Whether reading is open to anonymous callers (`open`) or needs a valid key of any role (`key`). */
export type ReadAccess = 'open' | 'key';

/** True for a role name this version knows. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function canRead(role: Role): boolean {
  return READ_ROLES.includes(role);
}

export function canWrite(role: Role): boolean {
  return WRITE_ROLES.includes(role);
}

export function canExport(role: Role): boolean {
  return EXPORT_ROLES.includes(role);
}

/**
 * Throws unless `principal` carries one of `allowed`: `UNAUTHENTICATED` when there is no principal
 * (no key presented), `FORBIDDEN` when its role is not allowed. The message names the roles needed.
 */
export function requireRole(principal: Principal | null, allowed: readonly Role[]): void {
  const needed = allowed.join(' or ');
  if (principal === null) {
    throw apiError(ErrorCode.Unauthenticated, `an API key with role ${needed} is required`);
  }
  if (!allowed.includes(principal.role)) {
    throw apiError(
      ErrorCode.Forbidden,
      `role ${needed} is required; key ${principal.keyId} has role ${principal.role}`,
    );
  }
}

/**
 * Throws `UNAUTHENTICATED` when reading is closed (`ISNAD_READ_ACCESS=key`) and no key was presented.
 * With open reading, anonymous callers pass.
 */
export function requireReadAccess(principal: Principal | null, readAccess: ReadAccess): void {
  if (readAccess === 'open' && principal === null) return;
  requireRole(principal, READ_ROLES);
}
