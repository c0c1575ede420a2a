import type { Resolvers } from '../../generated/resolvers-types';

/** Counts and facets are functions on the connection models: called only when selected. */
const lazyCount = { totalCount: (c: { totalCount: () => Promise<number> }) => c.totalCount() };

export const connectionResolvers: Resolvers = {
  StatementConnection: { ...lazyCount, facets: (c) => c.facets() },
  SourceConnection: { ...lazyCount, facets: (c) => c.facets() },
  AssessmentConnection: lazyCount,
  ArticleConnection: lazyCount,
  OutletConnection: lazyCount,
  TopicConnection: lazyCount,
  EntityConnection: lazyCount,
  SearchConnection: lazyCount,
};
