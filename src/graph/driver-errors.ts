import { Neo4jError } from 'neo4j-driver';

/** The code Neo4j gives a write that breaks a uniqueness (or other schema) constraint. */
export const CONSTRAINT_VIOLATION = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** The node a constraint violation names, when the server's message says which. */
export interface ConflictingNode {
  label: string;
  property: string;
  value: string;
}

/**
 * A write refused because a node with the same key exists already (typically two writers
 * creating the same node at once). The API answers it as CONFLICT, the CLI prints the message.
 */
export class GraphConflictError extends Error {
  /** Read by the CLI: the message is the whole story. */
  readonly userFacing = true;

  constructor(
    readonly node: ConflictingNode | null,
    readonly serverMessage: string,
    options?: { cause?: unknown },
  ) {
    super(
      node === null
        ? `the write conflicts with a node that exists already (${serverMessage}); try again`
        : `a ${node.label} with ${node.property} ${JSON.stringify(node.value)} exists already; try again`,
      options,
    );
    this.name = 'GraphConflictError';
  }
}

// Neo4j 5: "Node(12) already exists with label `Outlet` and property `id` = 'tiny-wire'"
const NODE_IN_MESSAGE =
  /with label `([^`]+)` and propert(?:y|ies) `([^`]+)` = (?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(\S+))/;

/** The label, property and value a constraint violation message names, or null. */
export function conflictingNode(message: string): ConflictingNode | null {
  const match = NODE_IN_MESSAGE.exec(message);
  if (match === null) return null;
  return { label: match[1]!, property: match[2]!, value: match[3] ?? match[4] ?? match[5] ?? '' };
}

/**
 * Maps a driver error raised by a write to one of ours: a constraint violation becomes a
 * `GraphConflictError`; everything else is returned unchanged. Transient errors never reach
 * here while retries remain: `session.executeWrite` retries them itself.
 */
export function mapDriverError(error: unknown): unknown {
  if (error instanceof Neo4jError && error.code === CONSTRAINT_VIOLATION)
    return new GraphConflictError(conflictingNode(error.message), error.message, { cause: error });
  return error;
}
