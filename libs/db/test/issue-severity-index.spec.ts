import type { Pool } from 'pg';
import { SEVERITY_RANK, connectDatabase, type Database } from '@kordon/db';
import { poolOf } from '../src/database';
import { createTestDatabase, type TestDatabase } from '@kordon/testing';
import { aCluster } from './history-factories';

/**
 * Issue pages are ordered by SEVERITY_RANK then id; the migration's expression
 * index must spell the same expression, or every page sorts the whole cluster.
 */
describe('the severity-rank index', () => {
  let db: TestDatabase;
  let database: Database;
  let pool: Pool;
  beforeAll(async () => {
    db = await createTestDatabase();
    database = connectDatabase(db.url, { maxConnections: 1 });
    pool = poolOf(database);
  });
  afterAll(async () => {
    await database.close();
    await db.drop();
  });

  it('serves a page of issues in severity order without sorting', async () => {
    const clusterId = await aCluster(pool, 'rank-index');
    const client = await pool.connect();
    try {
      await client.query('SET enable_sort = off');
      await client.query('SET enable_seqscan = off');
      await client.query('SET enable_bitmapscan = off');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT i.id, ${SEVERITY_RANK} AS k0 FROM issue i WHERE i.cluster_id = $1
         ORDER BY k0, i.id LIMIT 51`,
        [clusterId],
      );
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toContain('issue_cluster_id_severity_rank_id_idx');
      expect(plan).not.toMatch(/\bSort\b/);
    } finally {
      client.release();
    }
  });
});
