import { GraphQLError } from 'graphql';
import type { ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors';

/**
 * Refuses, at validation, an operation whose type the schema does not have (`subscription`: the
 * API has none). Without this, graphql-js validates it and execution throws, which yoga answers
 * with a masked 500.
 */
export function useSupportedOperations(): Plugin {
  return { onValidate: ({ addValidationRule }) => addValidationRule(supportedOperationRule) };
}

const supportedOperationRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(`this API has no ${node.operation} operations; send a query or a mutation`, {
        nodes: [node],
        extensions: { code: ErrorCode.BadUserInput, http: { status: 400, spec: false } },
      }),
    );
  },
});
