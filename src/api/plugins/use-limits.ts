import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { ApiLimits } from '../limits';
import { ErrorCode } from '../errors';

/** Depth, cost, alias, token and directive limits (GraphQL Armor), with our error code added. */
export function useLimits(): Plugin[] {
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: ApiLimits.maxDepth },
      costLimit: { maxCost: ApiLimits.maxCost },
      // Armor's default allow-list exempts `__typename`; each alias is work and bytes all the same.
      maxAliases: { n: ApiLimits.maxAliases, allowList: [] },
      maxTokens: { n: ApiLimits.maxTokens },
      maxDirectives: { n: ApiLimits.maxDirectives },
    }) as Plugin,
    useLimitErrorCode(),
  ];
}

const LIMIT_MESSAGE = /limit of \d+ exceeded/i;

/**
 * graphql-js gives up on a document whose fields take too long to compare for overlaps (about a
 * thousand repeated fields) with this bare message: the document is too complex.
 */
const VALIDATION_ABORTED = 'Validation aborted.';

const isLimitError = (error: GraphQLError): boolean =>
  LIMIT_MESSAGE.test(error.message) || error.message === VALIDATION_ABORTED;

// The token limit is raised while parsing, so yoga has already coded it GRAPHQL_PARSE_FAILED.
const withCode = (error: GraphQLError): GraphQLError =>
  isLimitError(error) && error.extensions.code !== ErrorCode.QueryTooComplex
    ? new GraphQLError(
        error.message === VALIDATION_ABORTED
          ? 'the query has too many fields to validate; ask for fewer or split it'
          : error.message,
        { ...error, extensions: { ...error.extensions, code: ErrorCode.QueryTooComplex } },
      )
    : error;

/**
 * Armor's rejections carry no `extensions.code`; clients need one to tell them from bugs. They are
 * coded when the response is assembled, whichever phase (parse, validate) raised them.
 */
function useLimitErrorCode(): Plugin {
  return {
    onResultProcess: ({ result, setResult }) => {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      setResult({ ...result, errors: result.errors.map(withCode) } as typeof result);
    },
  };
}
