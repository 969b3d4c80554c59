import { Pool } from 'pg';

/**
 * Raw SQL for tests: arranging rows no API creates and asserting on what was
 * stored. Apps never import `pg` (the lint refuses it); their tests reach the
 * database through this. `query` and `end` are pg's.
 */
export type TestSql = Pick<Pool, 'query' | 'end'>;

/**
 * Connects to `url` lazily (the first query opens a connection). A server that
 * goes away (a test restarting Postgres) fails the next query; it never crashes the test.
 */
export function connectTestSql(url: string): TestSql {
  const pool = new Pool({ connectionString: url, max: 2 });
  pool.on('error', () => undefined);
  return pool;
}
