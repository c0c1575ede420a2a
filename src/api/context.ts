import type { YogaInitialContext } from 'graphql-yoga';
import type { IntakeConfig } from '../config/config';
import type { GraphExecutor } from '../graph/executor';
import type { Logger } from '../logging/logger';
import type { InputLimits } from './limits';
import type { Loaders } from './loaders';

import type { Principal } from '../auth/roles';

export type { Principal };

/** What the server adds to each request. */
export interface RequestContext {
  /** A per-request executor: it counts this request's round trips. */
  executor: GraphExecutor;
  loaders: Loaders;
  principal: Principal | null;
  logger: Logger;
  /** Bounds on client input (search text, strings). */
  limits: InputLimits;
  /** How `intakePage` fetches pages and where it keeps their bytes (the API server always sets it). */
  intake?: IntakeConfig;
  /** The base IRI of exports (ISNAD_BASE_IRI); the API server always sets it. */
  exportBaseIri?: string;
}

/** What every resolver receives. */
export type ApiContext = YogaInitialContext & RequestContext;
