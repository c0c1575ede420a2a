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

const withCode = (error: Error): Error =>
  error instanceof GraphQLError && LIMIT_MESSAGE.test(error.message) && error.extensions.code === undefined
    ? new GraphQLError(error.message, {
        ...error,
        extensions: { ...error.extensions, code: ErrorCode.QueryTooComplex },
      })
    : error;

/** Armor's rejections carry no `extensions.code`; clients need one to tell them from bugs. */
function useLimitErrorCode(): Plugin {
  return {
    onParse:
      () =>
      ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError) replaceParseResult(withCode(result));
      },
    onValidate:
      () =>
      ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map(withCode));
      },
  };
}
