/**
 * Every namespace's posture at each of the snapshots `$1` (uuid[]), in one statement; `$2` is
 * the cluster-total namespace. A snapshot applied in order reads its cluster's latest state at
 * its instant (rows are written as changes); one applied out of order reads its own rows.
 * Each row carries the snapshot asked for (`at_snapshot_id`, `at_collected_at`, `at_cluster_id`).
 */
export const NAMESPACE_STATES_SQL = `
  SELECT k.snapshot_id AS at_snapshot_id, k.collected_at AS at_collected_at,
         k.cluster_id AS at_cluster_id, x.*
  FROM posture k CROSS JOIN LATERAL (
    SELECT p.* FROM posture p
    WHERE NOT k.applied AND p.snapshot_id = k.snapshot_id AND p.namespace <> $2 AND p.present
    UNION ALL
    SELECT latest.* FROM (
      SELECT DISTINCT ON (p.namespace) p.* FROM posture p
      WHERE k.applied AND p.cluster_id = k.cluster_id AND p.applied AND p.namespace <> $2
        AND p.collected_at <= k.collected_at
      ORDER BY p.namespace, p.collected_at DESC
    ) latest WHERE latest.present
  ) x
  WHERE k.snapshot_id = ANY($1::uuid[]) AND k.namespace = $2`;
