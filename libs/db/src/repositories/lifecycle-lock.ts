import { poolOf, runTransaction, clientOf, type Database, type Tx } from '../database';

/**
 * Runs `work` in one transaction holding the cluster's lifecycle lock, so
 * snapshots of one cluster apply one at a time. A crash rolls everything back.
 */
export async function withClusterLifecycleLock<T>(
  db: Database,
  clusterId: string,
  work: (tx: Tx, newestAppliedAt: Date | null) => Promise<T>,
): Promise<T> {
  return runTransaction(poolOf(db), async (tx) => {
    const client = clientOf(tx);
    await client.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('kordon-lifecycle:' || $1, 0))`,
      [clusterId],
    );
    const { rows } = await client.query<{ newest: Date | null }>(
      `SELECT max(collected_at) AS newest FROM snapshot WHERE cluster_id = $1 AND applied_lifecycle`,
      [clusterId],
    );
    return work(tx, rows[0]?.newest ?? null);
  });
}
