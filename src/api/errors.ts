import { createGraphQLError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';

/** The one vocabulary of expected API failures (`extensions.code`). */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  ValidationFailed = 'VALIDATION_FAILED',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
}

declare module 'graphql' {
  interface GraphQLErrorExtensions {
    code?: ErrorCode | string;
    /** The path of the bad field inside the input, e.g. `statements[2].quote`. */
    field?: string;
  }
}

/** An expected failure, shown to the client with its code (yoga masks everything else). */
export function apiError(code: ErrorCode, message: string, field?: string): GraphQLError {
  return createGraphQLError(message, { extensions: field === undefined ? { code } : { code, field } });
}
