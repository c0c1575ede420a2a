import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import type { Logger } from '../logging/logger';
import { toPlain } from './plain';

/** A parameterised Cypher query: values always travel as parameters, never in the text. */
export interface CypherQuery {
  cypher: string;
  params?: Record<string, unknown>;
}

/**
 * The only code that opens sessions. It picks read or write transactions, closes sessions in
 * `finally`, tags transactions with metadata, and counts round trips (the API's cost tests and
 * benchmarks read `roundTrips`). Create one per request with `forRequest()` to count per request.
 */
export class GraphExecutor {
  roundTrips = 0;

  constructor(
    readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly logger: Logger,
    private readonly parent?: GraphExecutor,
  ) {}

  /** A view on the same driver whose `roundTrips` counts only this request's queries. */
  forRequest(): GraphExecutor {
    return new GraphExecutor(this.driver, this.database, this.logger, this);
  }

  /** Runs one read query; rows come back as plain objects (Integers and temporals converted). */
  async read<T = Record<string, unknown>>(query: CypherQuery): Promise<T[]> {
    const result = await this.withSession('READ', (tx) => this.run(tx, query));
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }

  /** Runs one write query in its own transaction. */
  async write<T = Record<string, unknown>>(query: CypherQuery): Promise<T[]> {
    const result = await this.withSession('WRITE', (tx) => this.run(tx, query));
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }

  /**
   * Runs one query outside a managed transaction, for Cypher that manages its own transactions
   * (`CALL { ... } IN TRANSACTIONS`, used for bulk deletes and loads). Not retried.
   */
  async autoCommit(query: CypherQuery): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      this.count();
      await session.run(query.cypher, query.params ?? {});
    } finally {
      await session.close();
    }
  }

  /** Runs several statements in one write transaction: all of them land, or none. */
  async writeTransaction<T>(
    work: (run: (query: CypherQuery) => Promise<QueryResult>) => Promise<T>,
  ): Promise<T> {
    return this.withSession('WRITE', (tx) => work((query) => this.run(tx, query)));
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

  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      const config = { metadata: { app: 'isnad' } };
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } finally {
      await session.close();
    }
  }
}
