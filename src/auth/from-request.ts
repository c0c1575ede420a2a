import { ErrorCode, apiError } from '../api/errors';
import type { KeyStore } from './key-store';
import type { Principal } from './roles';

/**
 * The caller of an HTTP request, from `Authorization: Bearer <key>` or `X-Api-Key: <key>`; null
 * when neither header is sent (an anonymous caller). A key that is sent but malformed, unknown or
 * revoked throws `UNAUTHENTICATED`: treating it as anonymous would hide a misconfigured client
 * behind confusing `FORBIDDEN`s or, with open reading, silently succeed.
 */
export function principalFromRequest(
  request: Request,
  store: Pick<KeyStore, 'authenticate'>,
): Principal | null {
  const key = presentedKey(request.headers);
  if (key === null) return null;
  const principal = store.authenticate(key);
  if (principal === null) throw apiError(ErrorCode.Unauthenticated, 'invalid or revoked API key');
  return principal;
}

function presentedKey(headers: Headers): string | null {
  const authorization = headers.get('authorization');
  const apiKey = headers.get('x-api-key');
  let bearer: string | null = null;
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim());
    if (!match) {
      throw apiError(ErrorCode.Unauthenticated, 'the Authorization header must be "Bearer <API key>"');
    }
    bearer = match[1]!;
  }
  if (bearer !== null && apiKey !== null && bearer !== apiKey.trim()) {
    throw apiError(ErrorCode.Unauthenticated, 'Authorization and X-Api-Key carry different keys');
  }
  return bearer ?? (apiKey === null ? null : apiKey.trim());
}
