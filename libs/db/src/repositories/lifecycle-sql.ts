/**
 * One statement applies a snapshot to the lifecycle, from `tmp_finding` and
 * `tmp_workload`. Parameters: $1 cluster, $2 snapshot, $3 collectedAt,
 * $4 engine version, $5 catalog version, $6 kinds not fully collected,
 * $7 the check ids of the current catalog, $8 fingerprints present but suppressed.
 *
 * Still-open issues are rewritten only when the snapshot's engine or catalog
 * version differs from theirs (a one-time refresh of wording and severity on
 * upgrade, never a resolve/reopen). Issues whose check left the catalog resolve
 * as `check_retired`, whatever the coverage.
 *
 * An issue is "about" its workload's kind and Pod (for workload findings) or
 * about the network kinds (net.* findings); it is not resolved while any of
 * those kinds is incomplete in this snapshot's coverage.
 */
export const applyLifecycleSql = `
WITH
opened AS (
  INSERT INTO issue (cluster_id, fingerprint, check_id, severity, kind, namespace, name, container, path,
                     message, observed, expected, open, first_seen_at, first_snapshot_id, engine_version, catalog_version)
  SELECT $1, f.fingerprint, f.check_id, f.severity, f.kind, f.namespace, f.name, f.container, f.path,
         f.message, f.observed, f.expected, true, $3, $2, $4, $5
  FROM tmp_finding f
  WHERE NOT EXISTS (SELECT 1 FROM issue i WHERE i.cluster_id = $1 AND i.fingerprint = f.fingerprint)
  RETURNING id
),
opened_spans AS (
  INSERT INTO issue_span (issue_id, cluster_id, opened_at, opened_snapshot_id)
  SELECT id, $1, $3, $2 FROM opened RETURNING 1
),
reopened AS (
  UPDATE issue i SET open = true, resolved_at = NULL, resolved_reason = NULL, reopen_count = i.reopen_count + 1,
         severity = f.severity, message = f.message, observed = f.observed, expected = f.expected,
         engine_version = $4, catalog_version = $5
  FROM tmp_finding f
  WHERE i.cluster_id = $1 AND i.fingerprint = f.fingerprint AND i.open = false
  RETURNING i.id
),
reopened_spans AS (
  INSERT INTO issue_span (issue_id, cluster_id, opened_at, opened_snapshot_id)
  SELECT id, $1, $3, $2 FROM reopened RETURNING 1
),
refreshed AS (
  UPDATE issue i SET severity = f.severity, message = f.message, observed = f.observed, expected = f.expected,
         engine_version = $4, catalog_version = $5
  FROM tmp_finding f
  WHERE i.cluster_id = $1 AND i.fingerprint = f.fingerprint AND i.open = true
    AND (i.engine_version <> $4 OR i.catalog_version <> $5)
  RETURNING i.id
),
gone AS (
  SELECT i.id,
         CASE WHEN i.fingerprint = ANY($8::text[]) THEN 'suppressed'
              WHEN NOT (i.check_id = ANY($7::text[])) THEN 'check_retired'
              WHEN EXISTS (SELECT 1 FROM tmp_workload w WHERE w.id = i.namespace || '/' || i.kind || '/' || i.name)
              THEN 'fixed' ELSE 'workload_gone' END::"ResolveReason" AS reason
  FROM issue i
  WHERE i.cluster_id = $1 AND i.open = true
    AND NOT EXISTS (SELECT 1 FROM tmp_finding f WHERE f.fingerprint = i.fingerprint)
    AND (i.fingerprint = ANY($8::text[]) OR NOT (i.check_id = ANY($7::text[])) OR NOT (
      (i.check_id LIKE 'net.%' AND ($6::text[] && ARRAY['NetworkPolicy','Namespace','Pod','Service','Ingress','DaemonSet','CustomResourceDefinition']))
      OR (i.check_id NOT LIKE 'net.%' AND ($6::text[] && ARRAY[i.kind, 'Pod', 'ReplicaSet', 'Job', 'Namespace', 'ServiceAccount']))
    ))
),
resolved AS (
  UPDATE issue i SET open = false, resolved_at = $3, resolved_reason = g.reason
  FROM gone g WHERE i.id = g.id
  RETURNING i.id, g.reason
),
closed_spans AS (
  UPDATE issue_span sp SET closed_at = $3, closed_snapshot_id = $2, close_reason = r.reason
  FROM resolved r WHERE sp.issue_id = r.id AND sp.closed_at IS NULL
  RETURNING 1
)
SELECT (SELECT count(*) FROM opened) AS opened,
       (SELECT count(*) FROM reopened) AS reopened,
       (SELECT count(*) FROM resolved) AS resolved,
       (SELECT count(*) FROM refreshed) AS refreshed,
       (SELECT count(*) FROM opened_spans) + (SELECT count(*) FROM reopened_spans) + (SELECT count(*) FROM closed_spans) AS spans`;
