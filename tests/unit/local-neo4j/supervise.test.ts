import type { LocalNeo4j } from '../../../src/local-neo4j/start-local-neo4j';
import { superviseLocalNeo4j } from '../../../src/local-neo4j/supervise';
import { createLogger } from '../../../src/logging/logger';

/** A stand-in for a launcher JVM whose death the test decides. */
function jvm(pid: number) {
  let die!: () => void;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve) => (die = () => resolve({ code: null, signal: 'SIGKILL' })),
  );
  let stopped = false;
  const handle: LocalNeo4j = {
    boltUri: 'bolt://127.0.0.1:7687',
    version: '5.26.0',
    edition: 'community',
    pid,
    exited,
    stop: () => {
      stopped = true;
      return Promise.resolve();
    },
  };
  return { handle, die, isStopped: () => stopped };
}

const logger = createLogger('silent', 'test');
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('superviseLocalNeo4j: bounded restarts of a dead local Neo4j', () => {
  it('starts a new JVM when the first dies, and is up again with it', async () => {
    const first = jvm(1);
    const second = jvm(2);
    const supervisor = superviseLocalNeo4j(
      first.handle,
      () => Promise.resolve(second.handle),
      { maxRestarts: 3, windowMs: 60_000 },
      logger,
    );
    first.die();
    await settle();
    await settle();
    expect(supervisor.state()).toBe('up');
    expect(supervisor.current().pid).toBe(2);
    expect(supervisor.restarts()).toBe(1);
    await supervisor.stop();
    expect(second.isStopped()).toBe(true);
  });

  it('reports restarting while the new JVM starts', async () => {
    const first = jvm(1);
    let started!: (next: LocalNeo4j) => void;
    const pending = new Promise<LocalNeo4j>((resolve) => (started = resolve));
    const supervisor = superviseLocalNeo4j(
      first.handle,
      () => pending,
      { maxRestarts: 1, windowMs: 60_000 },
      logger,
    );
    first.die();
    await settle();
    expect(supervisor.state()).toBe('restarting');
    started(jvm(2).handle);
    await settle();
    expect(supervisor.state()).toBe('up');
  });

  it('gives up when the restarts within the window are used up, with the last exit', async () => {
    const jvms = [jvm(1), jvm(2), jvm(3)];
    let next = 1;
    const supervisor = superviseLocalNeo4j(
      jvms[0]!.handle,
      () => Promise.resolve(jvms[next++]!.handle),
      { maxRestarts: 2, windowMs: 60_000 },
      logger,
    );
    for (const j of jvms) {
      j.die();
      await settle();
      await settle();
    }
    await expect(supervisor.gaveUp).resolves.toEqual({ code: null, signal: 'SIGKILL', restartsInWindow: 2 });
    expect(supervisor.state()).toBe('failed');
  });

  it('counts a start that fails as a restart, and gives up after the last one', async () => {
    const first = jvm(1);
    let attempts = 0;
    const supervisor = superviseLocalNeo4j(
      first.handle,
      () => {
        attempts += 1;
        return Promise.reject(new Error('port taken'));
      },
      { maxRestarts: 3, windowMs: 60_000 },
      logger,
    );
    first.die();
    await expect(supervisor.gaveUp).resolves.toMatchObject({ restartsInWindow: 3 });
    expect(attempts).toBe(3);
  });

  it('gives up at the first exit with maxRestarts 0, and restarts again once the window has passed', async () => {
    const none = superviseLocalNeo4j(
      jvm(1).handle,
      () => Promise.reject(new Error('unused')),
      { maxRestarts: 0, windowMs: 60_000 },
      logger,
    );
    const only = jvm(1);
    const zero = superviseLocalNeo4j(
      only.handle,
      () => Promise.reject(new Error('unused')),
      { maxRestarts: 0, windowMs: 60_000 },
      logger,
    );
    only.die();
    await expect(zero.gaveUp).resolves.toMatchObject({ restartsInWindow: 0 });
    expect(none.state()).toBe('up');

    const jvms = [jvm(1), jvm(2), jvm(3)];
    let next = 1;
    const windowed = superviseLocalNeo4j(
      jvms[0]!.handle,
      () => Promise.resolve(jvms[next++]!.handle),
      { maxRestarts: 1, windowMs: 20 },
      logger,
    );
    jvms[0]!.die();
    await settle();
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 40));
    jvms[1]!.die();
    await settle();
    await settle();
    expect(windowed.state()).toBe('up');
    expect(windowed.current().pid).toBe(3);
  });

  it('does not restart a JVM that it was asked to stop', async () => {
    const first = jvm(1);
    let attempts = 0;
    const supervisor = superviseLocalNeo4j(
      first.handle,
      () => {
        attempts += 1;
        return Promise.resolve(jvm(2).handle);
      },
      { maxRestarts: 3, windowMs: 60_000 },
      logger,
    );
    await supervisor.stop();
    first.die();
    await settle();
    expect(attempts).toBe(0);
    expect(supervisor.state()).toBe('stopped');
  });
});
