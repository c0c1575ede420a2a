import { requirePart } from '../../../graph/views';
import type { StatementResolvers } from '../../generated/resolvers-types';
import { toTransmission, transmissionSize } from '../../services/transmission';
import { directionOf } from './direction';

/**
 * Fields of a statement: all read from the view the list query fetched, no further round trips.
 * The optional parts are there because the query was built from this request's selection.
 */
export const Statement: StatementResolvers = {
  text: (s) => s.quote,
  span: (s) => ({ quote: s.quote, prefix: s.prefix, suffix: s.suffix, start: s.start, end: s.end }),
  direction: (s) => directionOf(s.quote),
  chain: (s) => [...requirePart(s, 'chain')].sort((a, b) => a.position - b.position),
  gloss: (s, { language }) =>
    requirePart(s, 'glosses').find((g) => g.language === (language ?? 'en')) ?? null,
  glosses: (s) => requirePart(s, 'glosses'),
  topics: (s) => requirePart(s, 'topics'),
  entities: (s) => requirePart(s, 'entities'),
  generatedBy: (s) => requirePart(s, 'activity'),
  // Its own batched query: bounded by `first` there, whatever the chain's length.
  transmission: async (s, { first }, { loaders }) => {
    const size = transmissionSize(first);
    const row = await loaders.transmission(size).load(s.id);
    if (row === null) throw new Error(`${s.id}: no source or no outlet for its chain`);
    return toTransmission(row, size);
  },
};
