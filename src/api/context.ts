import type { YogaInitialContext } from 'graphql-yoga';
import type { GraphExecutor } from '../graph/executor';

/** What the server adds to each request: a per-request executor (it counts this request's round trips). */
export interface RequestContext {
  executor: GraphExecutor;
}

/** What every resolver receives. */
export type ApiContext = YogaInitialContext & RequestContext;
