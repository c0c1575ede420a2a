/** Limits of the API, in one place (documented in docs/api.md). */
export const ApiLimits = {
  defaultPageSize: 20,
  maxPageSize: 100,
  /** Deepest selection allowed (GraphQL Armor max-depth). */
  maxDepth: 10,
  /** Highest query cost allowed (GraphQL Armor cost-limit). */
  maxCost: 20_000,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 20,
  /** Full-text hits considered per search before ranking and paging. */
  maxSearchHits: 5_000,
} as const;
