import type { Pool } from 'pg';
import { poolOf, type Database } from '../database';

export interface OpenedIssueFact {
  fingerprint: string;
  checkId: string;
  severity: string;
  kind: string;
  namespace: string;
  name: string;
  container: string | null;
  message: string;
}

export interface SnapshotFacts {
  snapshotId: string;
  clusterName: string;
  collectedAt: Date;
  appliedLifecycle: boolean;
  /** The cluster score at this snapshot and at the snapshot applied before it. */
  score: number | null;
  previousScore: number | null;
  previousSnapshotId: string | null;
}

/** Read-only questions the notifier asks after an analysis, and on its silence check. */
export class NotificationFactsRepository {
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

  async snapshotFacts(snapshotId: string): Promise<SnapshotFacts | null> {
    const { rows } = await this.pool.query<{
      cluster_name: string;
      collected_at: Date;
      applied_lifecycle: boolean;
      score: number | null;
      prev_id: string | null;
      prev_score: number | null;
    }>(
      `SELECT c.name AS cluster_name, s.collected_at, s.applied_lifecycle,
              (SELECT p.score FROM posture p WHERE p.snapshot_id = s.id AND p.namespace = '') AS score,
              prev.id AS prev_id, prev.score AS prev_score
       FROM snapshot s JOIN cluster c ON c.id = s.cluster_id
       LEFT JOIN LATERAL (
         SELECT p.snapshot_id AS id, p.score FROM posture p
         JOIN snapshot ps ON ps.id = p.snapshot_id
         WHERE p.cluster_id = s.cluster_id AND p.namespace = '' AND ps.applied_lifecycle
           AND p.collected_at < s.collected_at
         ORDER BY p.collected_at DESC LIMIT 1
       ) prev ON true
       WHERE s.id = $1`,
      [snapshotId],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      snapshotId,
      clusterName: r.cluster_name,
      collectedAt: r.collected_at,
      appliedLifecycle: r.applied_lifecycle,
      score: r.score,
      previousScore: r.prev_score,
      previousSnapshotId: r.prev_id,
    };
  }

  /** Critical and high issues this snapshot opened or reopened. */
  async openedSevereIssues(snapshotId: string): Promise<OpenedIssueFact[]> {
    const { rows } = await this.pool.query<OpenedIssueFact>(
      `SELECT i.fingerprint, i.check_id AS "checkId", i.severity, i.kind, i.namespace, i.name,
              i.container, i.message
       FROM issue_span sp JOIN issue i ON i.id = sp.issue_id
       WHERE sp.opened_snapshot_id = $1 AND i.severity IN ('critical', 'high')
       ORDER BY array_position(ARRAY['critical','high'], i.severity), i.check_id, i.fingerprint`,
      [snapshotId],
    );
    return rows;
  }

  /** The newest snapshot a cluster sent (by arrival), or null when it never sent one. */
  async lastSnapshotOf(
    clusterName: string,
  ): Promise<{ snapshotId: string; receivedAt: Date } | null> {
    const { rows } = await this.pool.query<{ id: string; received_at: Date }>(
      `SELECT s.id, s.received_at FROM snapshot s JOIN cluster c ON c.id = s.cluster_id
       WHERE c.name = $1 ORDER BY s.received_at DESC, s.id DESC LIMIT 1`,
      [clusterName],
    );
    const r = rows[0];
    return r ? { snapshotId: r.id, receivedAt: r.received_at } : null;
  }
}
