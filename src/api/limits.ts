/** Limits of the API, in one place (documented in docs/api.md). */
export const ApiLimits = {
  defaultPageSize: 20,
  maxPageSize: 100,
  /** Most nodes of a chain of transmission as a graph (`Statement.transmission(first:)`). */
  maxTransmissionNodes: 50,
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

/**
 * Bounds on what a client may send, so that hostile input is a BAD_USER_INPUT answered at once,
 * never an internal error or seconds of work. Configurable (ISNAD_MAX_*); these are the defaults.
 */
export interface InputLimits {
  /** Largest request body, in bytes (answered 413). */
  maxBodyBytes: number;
  /** Longest string in a query or its variables, in characters. */
  maxStringLength: number;
  /** Longest search text (`search(query:)`, `filter.text`), in characters. */
  maxSearchTextLength: number;
  /** Most distinct words in a search text: each is a Lucene clause. */
  maxSearchTerms: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  maxBodyBytes: 1_048_576,
  maxStringLength: 100_000,
  maxSearchTextLength: 1_000,
  maxSearchTerms: 32,
};
