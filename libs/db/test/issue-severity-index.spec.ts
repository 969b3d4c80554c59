import type { Pool } from 'pg';
import { SEVERITY_RANK, createPool } from '@kordon/db';
import { createTestDatabase, type TestDatabase } from '@kordon/testing';
import { aCluster } from './history-factories';

/**
 * Issue pages are ordered by SEVERITY_RANK then id; the migration's expression
 * index must spell the same expression, or every page sorts the whole cluster.
 */
describe('the severity-rank index', () => {
  let db: TestDatabase;
  let pool: Pool;
  beforeAll(async () => {
    db = await createTestDatabase();
    pool = createPool(db.url, { max: 1 });
  });
  afterAll(async () => {
    await pool.end();
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
