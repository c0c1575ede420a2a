import { setTimeout as delay } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import type { BookmarkManager, Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import type { Logger } from '../logging/logger';
import { mapDriverError } from './driver-errors';
import { toPlain } from './plain';
import type { ReadCache } from './read-cache';

/** Tags every transaction, so the server's query log tells Isnad's queries apart. */
const TRANSACTION_CONFIG = { metadata: { app: 'isnad' } };
/** Attempts of a read that fails with a retryable error, and the pause before the next one. */
const READ_ATTEMPTS = 3;
const RETRY_DELAY_MS = 200;

/** A parameterised Cypher query: values always travel as parameters, never in the text. */
export interface CypherQuery {
  cypher: string;
  params?: Record<string, unknown>;
}

/**
 * The only code that opens sessions. It picks read or write transactions, closes sessions in
 * `finally`, tags transactions with metadata, and counts round trips (the API's cost tests and
 * benchmarks read `roundTrips`). Create one per request with `forRequest()` to count per request.
 *
 * Every session of one executor and of its request views shares one bookmark manager: a session
 * starts after the bookmarks of every transaction this process committed before, so a read sees
 * the writes before it on whichever cluster member the routing driver (`neo4j://`) sends it to.
 */
const cacheKeyOf = (query: CypherQuery): string =>
  `${query.cypher}\u0000${JSON.stringify(query.params ?? {})}`;

export class GraphExecutor {
  roundTrips = 0;
  /** The bookmarks of this process's committed transactions, given to every new session. */
  readonly bookmarkManager: BookmarkManager;
  /** The graph version this request reads at, read once (request executors only). */
  private requestVersion: Promise<string | null> | undefined;
  /** Set once this executor wrote: its later reads go to the database. */
  private wrote = false;

  constructor(
    readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly logger: Logger,
    private readonly parent?: GraphExecutor,
    private readonly readCache?: ReadCache,
    private readonly requestScoped = false,
    bookmarkManager?: BookmarkManager,
  ) {
    this.bookmarkManager = bookmarkManager ?? parent?.bookmarkManager ?? neo4j.bookmarkManager();
  }

  /** A view on the same driver whose `roundTrips` counts only this request's queries. */
  forRequest(): GraphExecutor {
    return new GraphExecutor(this.driver, this.database, this.logger, this, this.readCache, true);
  }

  /**
   * A view on the same driver whose reads are answered from `cache` while the graph's version
   * (the bookmark of an empty read transaction, one round trip per request) has not changed.
   * Its writes empty the cache; its round trips count on this executor too.
   */
  withReadCache(cache: ReadCache): GraphExecutor {
    return cache.enabled ? new GraphExecutor(this.driver, this.database, this.logger, this, cache) : this;
  }

  /**
   * Runs one read query; rows come back as plain objects (Integers and temporals converted). An
   * auto-commit transaction spares the separate COMMIT round trip of a managed one; like a managed
   * one, it is tried again when the driver calls the failure retryable (a leader change, a
   * transient error).
   */
  async read<T = Record<string, unknown>>(
    query: CypherQuery,
    { fresh = false }: { fresh?: boolean } = {},
  ): Promise<T[]> {
    const cache = fresh || this.wrote ? undefined : this.readCache;
    if (cache === undefined) return this.readFromDatabase<T>(query);
    const version = await this.graphVersion();
    if (version === null) return this.readFromDatabase<T>(query);
    const key = cacheKeyOf(query);
    const cached = cache.get(version, key);
    if (cached !== undefined) return cached as T[];
    const rows = await this.readFromDatabase<T>(query);
    // Kept under the version read before the query: a write that commits during the query
    // changes the version, so rows that may have seen part of it are never served after it.
    cache.set(version, key, rows);
    return rows;
  }

  /**
   * The graph's version as the database reports it: the bookmark of an empty read transaction,
   * which names the last transaction committed, by this process or any other. Null when the
   * server returns none. A request executor reads it once, so all its reads see one version.
   */
  private graphVersion(): Promise<string | null> {
    if (!this.requestScoped) return this.readVersion();
    this.requestVersion ??= this.readVersion();
    return this.requestVersion;
  }

  private async readVersion(): Promise<string | null> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      this.count();
      await session.run('RETURN 1', {}, TRANSACTION_CONFIG);
      const bookmarks = session.lastBookmarks();
      return bookmarks.length > 0 ? [...bookmarks].sort().join(' ') : null;
    } finally {
      await session.close();
    }
  }

  private async readFromDatabase<T>(query: CypherQuery): Promise<T[]> {
    for (let attempt = 1; ; attempt++) {
      const session = this.session('READ');
      try {
        this.count();
        this.logger.debug({ cypher: query.cypher, params: query.params }, 'cypher');
        const result = await session.run(query.cypher, query.params ?? {}, TRANSACTION_CONFIG);
        return result.records.map((record) => toPlain(record.toObject()) as T);
      } catch (error) {
        if (attempt >= READ_ATTEMPTS || !neo4j.isRetryableError(error)) throw error;
        await delay(RETRY_DELAY_MS * attempt);
      } finally {
        await session.close();
      }
    }
  }

  /** Runs one write query in its own transaction. */
  async write<T = Record<string, unknown>>(query: CypherQuery): Promise<T[]> {
    const result = await this.inWriteTransaction((tx) => this.run(tx, query));
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }

  /**
   * Runs one query outside a managed transaction, for Cypher that manages its own transactions
   * (`CALL { ... } IN TRANSACTIONS`, used for bulk deletes and loads). Not retried.
   */
  async autoCommit(query: CypherQuery): Promise<void> {
    const session = this.session('WRITE');
    try {
      this.count();
      await session.run(query.cypher, query.params ?? {});
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      this.forgetReads();
      await session.close();
    }
  }

  /** Runs several statements in one write transaction: all of them land, or none. */
  async writeTransaction<T>(
    work: (run: (query: CypherQuery) => Promise<QueryResult>) => Promise<T>,
  ): Promise<T> {
    return this.inWriteTransaction((tx) => work((query) => this.run(tx, query)));
  }

  /** Reads go to a reader of a cluster, writes to its leader; both wait for earlier bookmarks. */
  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode,
      bookmarkManager: this.bookmarkManager,
    });
  }

  /** After a write: this executor (and its parents) read from the database again. */
  private forgetReads(): void {
    this.wrote = this.requestScoped;
    this.readCache?.clear();
    this.parent?.forgetReads();
  }

  private count(): void {
    this.roundTrips += 1;
    this.parent?.count();
  }

  private run(tx: ManagedTransaction, query: CypherQuery): Promise<QueryResult<RecordShape>> {
    this.count();
    this.logger.debug({ cypher: query.cypher, params: query.params }, 'cypher');
    return tx.run(query.cypher, query.params ?? {});
  }

  /**
   * Runs `work` in one managed write transaction. The driver retries it when the failure is
   * retryable (transient errors, leader changes); what still fails is mapped by `mapDriverError`
   * (a constraint violation becomes a `GraphConflictError`).
   */
  private async inWriteTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(work, TRANSACTION_CONFIG);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      this.forgetReads();
      await session.close();
    }
  }
}
