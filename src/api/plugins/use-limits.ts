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
      maxAliases: { n: ApiLimits.maxAliases },
      maxTokens: { n: ApiLimits.maxTokens },
      maxDirectives: { n: ApiLimits.maxDirectives },
    }) as Plugin,
    useLimitErrorCode(),
  ];
}

const LIMIT_MESSAGE = /limit of \d+ exceeded/i;

const withCode = (error: GraphQLError): GraphQLError =>
  LIMIT_MESSAGE.test(error.message) && error.extensions.code === undefined
    ? new GraphQLError(error.message, {
        ...error,
        extensions: { ...error.extensions, code: ErrorCode.QueryTooComplex },
      })
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
