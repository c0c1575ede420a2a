import type { Logger } from '../logging/logger';
import type { LocalNeo4j } from './start-local-neo4j';

/** How often a dead local Neo4j is started again before the process gives up. */
export interface RestartPolicy {
  /** Restarts allowed within `windowMs`; 0 gives up at the first exit. */
  maxRestarts: number;
  windowMs: number;
}

/** `up`: the JVM runs; `restarting`: it died and a new one is starting; `failed`: restarts ran out. */
export type LocalNeo4jState = 'up' | 'restarting' | 'failed' | 'stopped';

export interface JvmExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface SupervisedNeo4j {
  state(): LocalNeo4jState;
  /** The JVM now running (after a restart, the new one). */
  current(): LocalNeo4j;
  /** Restarts so far, all windows together. */
  restarts(): number;
  /** Settles when the JVM died and the policy allows no more restarts (or a restart failed that way). */
  gaveUp: Promise<JvmExit & { restartsInWindow: number }>;
  /** Stops supervising and stops the JVM now running. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Watches a local Neo4j and starts it again when it dies (kill -9, out of memory), at most
 * `maxRestarts` times within any `windowMs`; a start that fails counts as a restart. The new JVM
 * listens on the same port, so the driver's next connections reach it without a new driver.
 */
export function superviseLocalNeo4j(
  first: LocalNeo4j,
  start: () => Promise<LocalNeo4j>,
  policy: RestartPolicy,
  logger: Logger,
): SupervisedNeo4j {
  let current = first;
  let state: LocalNeo4jState = 'up';
  let total = 0;
  const recent: number[] = [];
  let giveUp!: (exit: JvmExit & { restartsInWindow: number }) => void;
  const gaveUp = new Promise<JvmExit & { restartsInWindow: number }>((resolve) => (giveUp = resolve));

  const allowed = (): boolean => {
    const now = Date.now();
    while (recent.length > 0 && now - recent[0]! > policy.windowMs) recent.shift();
    return recent.length < policy.maxRestarts;
  };

  const restart = async (exit: JvmExit): Promise<void> => {
    while ((state as LocalNeo4jState) === 'restarting') {
      if (!allowed()) {
        state = 'failed';
        logger.fatal({ ...exit, restartsInWindow: recent.length, policy }, 'local Neo4j restarts exhausted');
        giveUp({ ...exit, restartsInWindow: recent.length });
        return;
      }
      recent.push(Date.now());
      total += 1;
      logger.warn(
        { ...exit, restart: recent.length, of: policy.maxRestarts },
        'local Neo4j exited; restarting',
      );
      try {
        const next = await start();
        if ((state as LocalNeo4jState) === 'stopped') return void (await next.stop());
        current = next;
        state = 'up';
        watch(next);
      } catch (error) {
        logger.error({ err: (error as Error).message }, 'local Neo4j did not start again');
      }
    }
  };

  const watch = (jvm: LocalNeo4j): void => {
    void jvm.exited.then((exit) => {
      if (state !== 'up' || jvm !== current) return;
      state = 'restarting';
      void restart(exit);
    });
  };
  watch(first);

  return {
    state: () => state,
    current: () => current,
    restarts: () => total,
    gaveUp,
    async stop() {
      state = 'stopped';
      await current.stop();
    },
  };
}
