import type { Pool } from 'pg';
import { median } from '../measure';

/**
 * Seeds 90 days of hourly posture rollups for one cluster of 50 namespaces
 * (2,160 snapshots × 51 rows) and times the day-bucketed trend through the API.
 */
export async function trendBench(
  pool: Pool,
  api: string,
  token: string,
  repeat = 20,
): Promise<{ rows: number; medianMs: number }> {
  const name = `bench-trend-${Date.now()}`;
  const c = await pool.query<{ id: string }>(
    'INSERT INTO cluster (name) VALUES ($1) RETURNING id',
    [name],
  );
  const clusterId = (c.rows[0] as { id: string }).id;
  const to = new Date();
  const from = new Date(to.getTime() - 90 * 86_400_000);
  await pool.query(
    `INSERT INTO snapshot (cluster_id, idempotency_key, body_sha256, collected_at, status)
     SELECT $1, 'h' || g, repeat('0', 64), $2::timestamptz + g * interval '1 hour', 'done' FROM generate_series(0, 2159) g`,
    [clusterId, from],
  );
  const inserted = await pool.query(
    `INSERT INTO posture (snapshot_id, cluster_id, collected_at, namespace, namespaces, workloads, level_privileged, level_baseline,
       level_restricted, sev_critical, sev_high, sev_medium, sev_low, sev_info, ingress_isolated, egress_isolated,
       default_deny_ingress, default_deny_egress, exposed, attack_paths, cni, score, score_parts)
     SELECT s.id, $1, s.collected_at, ns, 50, 300, 3, 100, 197, 2, 40, 80, 120, 5, 200, 150, 30, 20, 4, 2, 'enforces', 70,
            '{"securityContext":{"score":70},"network":{"score":70}}'::jsonb
     FROM snapshot s CROSS JOIN (SELECT '' AS ns UNION ALL SELECT 'ns-' || n FROM generate_series(1, 50) n) namespaces
     WHERE s.cluster_id = $1`,
    [clusterId],
  );
  await pool.query('ANALYZE posture');
  const url = `${api}/api/v1/clusters/${name}/posture?from=${from.toISOString()}&to=${to.toISOString()}&bucket=day`;
  const times: number[] = [];
  for (let i = 0; i < repeat + 2; i++) {
    const started = performance.now();
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { points?: unknown[] };
    if (!res.ok || (body.points?.length ?? 0) < 89)
      throw new Error(
        `posture trend answered ${res.status} with ${body.points?.length ?? 0} points`,
      );
    if (i >= 2) times.push(performance.now() - started);
  }
  await pool.query('DELETE FROM cluster WHERE id = $1', [clusterId]);
  return { rows: inserted.rowCount ?? 0, medianMs: median(times) };
}
