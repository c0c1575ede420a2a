import { Neo4jError } from 'neo4j-driver';
import {
  CONSTRAINT_VIOLATION,
  conflictingNode,
  GraphConflictError,
  mapDriverError,
} from '../../../src/graph/driver-errors';

const violation = (message: string) => new Neo4jError(message, CONSTRAINT_VIOLATION, '22N41', 'error');

describe('mapDriverError', () => {
  it('maps a constraint violation to a GraphConflictError naming the node', () => {
    const driverError = violation(
      "Node(12) already exists with label `Outlet` and property `id` = 'tiny-wire'",
    );
    const mapped = mapDriverError(driverError);
    expect(mapped).toBeInstanceOf(GraphConflictError);
    const conflict = mapped as GraphConflictError;
    expect(conflict.node).toEqual({ label: 'Outlet', property: 'id', value: 'tiny-wire' });
    expect(conflict.message).toBe('a Outlet with id "tiny-wire" exists already; try again');
    expect(conflict.cause).toBe(driverError);
    expect(conflict.userFacing).toBe(true);
  });

  it('keeps the server message when it names no node', () => {
    const mapped = mapDriverError(violation('something else went wrong')) as GraphConflictError;
    expect(mapped).toBeInstanceOf(GraphConflictError);
    expect(mapped.node).toBeNull();
    expect(mapped.message).toContain('something else went wrong');
  });

  it('leaves transient and other errors as they are', () => {
    const transient = new Neo4jError(
      'deadlock',
      'Neo.TransientError.Transaction.DeadlockDetected',
      '50N00',
      'error',
    );
    const syntax = new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '42001', 'error');
    const plain = new Error('boom');
    expect(mapDriverError(transient)).toBe(transient);
    expect(mapDriverError(syntax)).toBe(syntax);
    expect(mapDriverError(plain)).toBe(plain);
  });

  it('reads numeric and double-quoted values', () => {
    expect(conflictingNode('Node(1) already exists with label `A` and property `n` = 42')).toEqual({
      label: 'A',
      property: 'n',
      value: '42',
    });
    expect(conflictingNode('Node(1) already exists with label `A` and property `id` = "x y"')).toEqual({
      label: 'A',
      property: 'id',
      value: 'x y',
    });
  });
});
