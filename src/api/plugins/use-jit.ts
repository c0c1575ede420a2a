import { useGraphQlJit } from '@envelop/graphql-jit';
import { Kind } from 'graphql';
import type { DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * graphql-jit, for documents where it cannot pick the wrong operation. @envelop/graphql-jit caches a
 * compiled operation by document only, so a document with `query A … query B …` would answer B's
 * request with A's compiled code (or a mismatched `operationName` with the one operation). Those
 * requests go to graphql-js, which selects by `operationName` as the spec says; a document with one
 * operation, named as asked or asked for by no name, keeps the compiled path.
 */
export function useJit(): Plugin {
  return useGraphQlJit(
    {},
    { enableIf: ({ document, operationName }) => jitSelectsRightly(document, operationName) },
  ) as Plugin;
}

/** True when the document has one operation and `operationName` is absent or names it. */
export function jitSelectsRightly(document: DocumentNode, operationName: string | null | undefined): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) return false;
  return (
    operationName === undefined || operationName === null || operations[0]?.name?.value === operationName
  );
}
