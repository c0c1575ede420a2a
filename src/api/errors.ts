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
    /** Why an intake failed, stable for programs (`TOO_LARGE`, `PRIVATE_ADDRESS`, ...: docs/intake.md). */
    reason?: string;
  }
}

/** An expected failure, shown to the client with its code (yoga masks everything else). */
export function apiError(code: ErrorCode, message: string, field?: string, reason?: string): GraphQLError {
  return createGraphQLError(message, {
    extensions: {
      code,
      ...(field === undefined ? {} : { field }),
      ...(reason === undefined ? {} : { reason }),
    },
  });
}
