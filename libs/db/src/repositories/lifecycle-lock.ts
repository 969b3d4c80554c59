import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` in one transaction holding the cluster's lifecycle lock, so
 * snapshots of one cluster apply one at a time. A crash rolls everything back.
 */
export async function withClusterLifecycleLock<T>(
  pool: Pool,
  clusterId: string,
  work: (client: PoolClient, newestAppliedAt: Date | null) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('kordon-lifecycle:' || $1, 0))`,
      [clusterId],
    );
    const { rows } = await client.query<{ newest: Date | null }>(
      `SELECT max(collected_at) AS newest FROM snapshot WHERE cluster_id = $1 AND applied_lifecycle`,
      [clusterId],
    );
    const result = await work(client, rows[0]?.newest ?? null);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
