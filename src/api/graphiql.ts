import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';
import { GRAPHIQL_EXAMPLES } from './graphiql-examples';

/** Removes the indentation the examples carry in source, and the blank first and last lines. */
function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').trimEnd().split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return `${lines.map((l) => l.slice(indent)).join('\n')}\n`;
}

/**
 * GraphiQL's options: the project's examples as tabs, the first one open. GraphiQL 4 and later
 * ignore `defaultQuery` when a query is stored or passed, so the first example is also the
 * `initialQuery` (passed through yoga's page to GraphiQL itself).
 */
export function graphiqlOptions(): GraphiQLOptions & { initialQuery: string } {
  const tabs = GRAPHIQL_EXAMPLES.map((example) => ({ query: dedent(example.query) }));
  return { title: 'Isnad', defaultTabs: tabs, initialQuery: tabs[0]!.query };
}

/**
 * GraphiQL's page with its scripts and styles inlined from the installed package, so that it
 * works on a machine without internet (yoga's own page loads them from a CDN).
 */
export const renderOfflineGraphiQL: (options?: GraphiQLOptions) => string = renderGraphiQL;
