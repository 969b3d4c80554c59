/**
 * One statement applies a snapshot's workloads (`tmp_workload_level`: id, level)
 * to the cluster's workload spans. Parameters: $1 cluster, $2 snapshot,
 * $3 collectedAt, $4 kinds not fully collected. A workload that changed level
 * closes its span and opens another; a missing one closes its span unless its
 * kind (or Pod) was not fully collected; a new one opens a span. Unchanged
 * workloads write nothing.
 */
export const applyWorkloadSpansSql = `
WITH
current AS (
  SELECT sp.id, sp.workload_id, sp.level FROM workload_span sp
  WHERE sp.cluster_id = $1 AND sp.closed_at IS NULL
),
closing AS (
  SELECT c.id FROM current c
  LEFT JOIN tmp_workload_level w ON w.id = c.workload_id
  WHERE (w.id IS NULL AND NOT ($4::text[] && ARRAY[split_part(c.workload_id, '/', 2), 'Pod', 'ReplicaSet', 'Job', 'Namespace']))
     OR (w.id IS NOT NULL AND w.level <> c.level)
),
closed AS (
  UPDATE workload_span sp SET closed_at = $3, closed_snapshot_id = $2
  FROM closing c WHERE sp.id = c.id
  RETURNING 1
),
opened AS (
  INSERT INTO workload_span (cluster_id, workload_id, level, opened_at, opened_snapshot_id)
  SELECT $1, w.id, w.level, $3, $2 FROM tmp_workload_level w
  WHERE NOT EXISTS (SELECT 1 FROM current c WHERE c.workload_id = w.id AND c.level = w.level)
  RETURNING 1
)
SELECT (SELECT count(*) FROM closed) + (SELECT count(*) FROM opened) AS written`;
