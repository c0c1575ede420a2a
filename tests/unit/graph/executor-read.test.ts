import { Neo4jError } from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { GraphExecutor } from '../../../src/graph/executor';
import { createLogger } from '../../../src/logging/logger';

/** A driver whose sessions answer `run` from a script: an error to throw, or one row to return. */
function scriptedDriver(script: (Error | { one: number })[]) {
  const calls = { runs: 0, closed: 0 };
  const driver = {
    session: () => ({
      run: () => {
        const next = script[calls.runs++];
        if (next instanceof Error) return Promise.reject(next);
        return Promise.resolve({ records: [{ toObject: () => next }] });
      },
      close: () => {
        calls.closed++;
        return Promise.resolve();
      },
    }),
  } as unknown as Driver;
  return { driver, calls };
}

const transient = () =>
  new Neo4jError('leader switch', 'Neo.TransientError.General.DatabaseUnavailable', '50N00', 'error');
const syntax = () => new Neo4jError('bad Cypher', 'Neo.ClientError.Statement.SyntaxError', '42001', 'error');

describe('GraphExecutor.read: auto-commit, retried like a managed transaction', () => {
  const logger = createLogger('silent', 'test');

  it('tries again after a retryable error and returns the rows, each session closed', async () => {
    const { driver, calls } = scriptedDriver([transient(), { one: 1 }]);
    const executor = new GraphExecutor(driver, undefined, logger);
    await expect(executor.read({ cypher: 'RETURN 1 AS one' })).resolves.toEqual([{ one: 1 }]);
    expect(calls).toEqual({ runs: 2, closed: 2 });
  });

  it('gives up after three retryable failures with the last error', async () => {
    const { driver, calls } = scriptedDriver([transient(), transient(), transient(), { one: 1 }]);
    const executor = new GraphExecutor(driver, undefined, logger);
    await expect(executor.read({ cypher: 'RETURN 1 AS one' })).rejects.toThrow('leader switch');
    expect(calls.runs).toBe(3);
  });

  it('does not retry an error that retrying cannot fix', async () => {
    const { driver, calls } = scriptedDriver([syntax(), { one: 1 }]);
    const executor = new GraphExecutor(driver, undefined, logger);
    await expect(executor.read({ cypher: 'RETURN' })).rejects.toThrow('bad Cypher');
    expect(calls).toEqual({ runs: 1, closed: 1 });
  });
});
