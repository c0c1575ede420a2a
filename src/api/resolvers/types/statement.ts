import type { StatementResolvers } from '../../generated/resolvers-types';
import { directionOf } from './direction';

/** Fields of a statement: all read from the view the list query fetched, no further round trips. */
export const Statement: StatementResolvers = {
  text: (s) => s.quote,
  span: (s) => ({ quote: s.quote, prefix: s.prefix, suffix: s.suffix, start: s.start, end: s.end }),
  direction: (s) => directionOf(s.quote),
  chain: (s) => [...s.chain].sort((a, b) => a.position - b.position),
  gloss: (s, { language }) => s.glosses.find((g) => g.language === (language ?? 'en')) ?? null,
  generatedBy: (s) => s.activity,
};
