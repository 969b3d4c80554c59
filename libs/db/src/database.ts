import { Pool, type PoolClient } from 'pg';

declare const databaseBrand: unique symbol;
declare const txBrand: unique symbol;

/**
 * Kordon's Postgres, as apps hold it: something to hand to repositories, to run
 * a unit of work in (`transaction`), to ping and to close. It runs no SQL for its
 * holder — SQL lives in `libs/db` — and the driver behind it is never exposed.
 */
export interface Database {
  readonly [databaseBrand]: 'Database';
  /**
   * Runs `work` in one transaction: it commits when `work` resolves and rolls
   * back when it throws (the error is rethrown). Pass `tx` to repository methods
   * whose writes must land together; it is unusable once `work` has settled.
   */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` with the text of every SQL statement sent from now on
   * (tests that count statements, tracing); returns a function that stops it.
   */
  onStatement(listener: (sql: string) => void): () => void;
  /** Resolves when the server answers a trivial query (health checks). */
  ping(): Promise<void>;
  /** Ends every connection; the handle is unusable afterwards. */
  close(): Promise<void>;
}

/**
 * An open transaction. Opaque: apps pass it to repository methods and cannot
 * run SQL with it. Only `Database.transaction` (and helpers in `libs/db` such
 * as `withClusterLifecycleLock`) create one.
 */
export interface Tx {
  readonly [txBrand]: 'Tx';
}

export interface DatabaseOptions {
  /** Most connections held at once (default 10). */
  maxConnections?: number;
}

const pools = new WeakMap<Database, Pool>();
const clients = new WeakMap<Tx, PoolClient>();

/** The pool behind a `Database` (inside `libs/db` only: not exported by the index). */
export function poolOf(db: Database): Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error('not a Database created by connectDatabase()');
  return pool;
}

/** The connection behind an open `Tx` (inside `libs/db` only). */
export function clientOf(tx: Tx): PoolClient {
  const client = clients.get(tx);
  if (!client) throw new Error('the transaction has already ended');
  return client;
}

/** What runs SQL inside `libs/db`: a pool or one connection. */
export type Queryable = Pool | PoolClient;

/** Something that runs SQL: the pool of a `Database`, or the connection of a `Tx`. */
export function sqlOf(db: Database | Tx): Queryable {
  return pools.has(db as Database) ? poolOf(db as Database) : clientOf(db as Tx);
}

/**
 * BEGIN … COMMIT on one pooled connection, ROLLBACK when `work` throws. The
 * one place a transaction is opened; repositories that need one internally use it too.
 */
export async function runTransaction<T>(pool: Pool, work: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const tx = Object.freeze({}) as Tx;
  clients.set(tx, client);
  try {
    await client.query('BEGIN');
    const result = await work(tx);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    clients.delete(tx);
    client.release();
  }
}

/** Tells `listeners` about each statement `client` sends (every pool query passes through one). */
function observeStatements(client: PoolClient, listeners: Set<(sql: string) => void>): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    if (listeners.size > 0) {
      const first = args[0];
      const text = typeof first === 'string' ? first : (first as { text?: unknown }).text;
      for (const listener of listeners) listener(String(text));
    }
    return query(...args);
  }) as PoolClient['query'];
}

/**
 * Connects to Kordon's database. An idle connection dropped by the server
 * (restart, failover) must not crash the process: the pool discards it and the
 * next query connects again.
 */
export function connectDatabase(databaseUrl: string, options: DatabaseOptions = {}): Database {
  const pool = new Pool({ connectionString: databaseUrl, max: options.maxConnections ?? 10 });
  pool.on('error', () => undefined);
  const listeners = new Set<(sql: string) => void>();
  pool.on('connect', (client) => observeStatements(client, listeners));
  const db: Database = Object.freeze({
    transaction: <T>(work: (tx: Tx) => Promise<T>) => runTransaction(pool, work),
    onStatement: (listener: (sql: string) => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    ping: async () => {
      await pool.query('SELECT 1');
    },
    close: async () => {
      if (!pool.ended) await pool.end();
    },
  }) as Database;
  pools.set(db, pool);
  return db;
}
