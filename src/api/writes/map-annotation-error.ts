import type { GraphQLError } from 'graphql';
import { AnnotationError } from '../../ingest/annotation-error';
import { apiError, ErrorCode } from '../errors';

/**
 * An annotation refused by validation or by the graph becomes a GraphQL error carrying the path
 * of the bad field (`prefix` + the path inside the annotation). Refusing to overwrite an earlier
 * annotation is a CONFLICT; everything else is BAD_USER_INPUT.
 */
export function toApiError(
  error: unknown,
  prefix: string,
  rename: (path: string) => string = (p) => p,
): unknown {
  if (!(error instanceof AnnotationError)) return error;
  const conflict = /already ingested from a different annotation|was superseded by/.test(error.reason);
  const field = error.path === '(root)' ? prefix.replace(/\.$/, '') : `${prefix}${rename(error.path)}`;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  const result: GraphQLError = apiError(
    conflict ? ErrorCode.Conflict : ErrorCode.BadUserInput,
    `${error.path}: ${error.reason}${more}`,
    field,
  );
  return result;
}
