import type { Pool } from 'pg';
import { poolOf, type Database } from '../database';

/** One interval during which a workload existed at one Pod Security level. */
export interface WorkloadLevelSpan {
  level: string;
  openedAt: Date;
  openedSnapshotId: string;
  closedAt: Date | null;
  closedSnapshotId: string | null;
}

/** One open interval of one of the workload's issues. */
export interface WorkloadIssueSpan {
  issueId: string;
  checkId: string;
  severity: string;
  container: string | null;
  path: string;
  openedAt: Date;
  openedSnapshotId: string;
  closedAt: Date | null;
  closedSnapshotId: string | null;
  closeReason: string | null;
}

/** A workload's history across snapshots: its level intervals and its issues' open intervals. */
export class WorkloadTimelineRepository {
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

  /** Level intervals opened at or before `until`, oldest first. */
  async levelSpans(
    clusterId: string,
    workloadId: string,
    until: Date,
  ): Promise<WorkloadLevelSpan[]> {
    const { rows } = await this.pool.query<{
      level: string;
      opened_at: Date;
      opened_snapshot_id: string;
      closed_at: Date | null;
      closed_snapshot_id: string | null;
    }>(
      `SELECT level, opened_at, opened_snapshot_id, closed_at, closed_snapshot_id FROM workload_span
       WHERE cluster_id = $1 AND workload_id = $2 AND opened_at <= $3 ORDER BY opened_at`,
      [clusterId, workloadId, until],
    );
    return rows.map((r) => ({
      level: r.level,
      openedAt: r.opened_at,
      openedSnapshotId: r.opened_snapshot_id,
      closedAt: r.closed_at,
      closedSnapshotId: r.closed_snapshot_id,
    }));
  }

  /** The open intervals of the workload's issues opened at or before `until`, newest first, at most `limit`. */
  async issueSpans(
    clusterId: string,
    workload: { namespace: string; kind: string; name: string },
    until: Date,
    limit: number,
  ): Promise<WorkloadIssueSpan[]> {
    const { rows } = await this.pool.query<{
      issue_id: string;
      check_id: string;
      severity: string;
      container: string | null;
      path: string;
      opened_at: Date;
      opened_snapshot_id: string;
      closed_at: Date | null;
      closed_snapshot_id: string | null;
      close_reason: string | null;
    }>(
      `SELECT i.id AS issue_id, i.check_id, i.severity, i.container, i.path, s.opened_at,
              s.opened_snapshot_id, s.closed_at, s.closed_snapshot_id, s.close_reason::text AS close_reason
       FROM issue i JOIN issue_span s ON s.issue_id = i.id
       WHERE i.cluster_id = $1 AND i.namespace = $2 AND i.kind = $3 AND i.name = $4 AND s.opened_at <= $5
       ORDER BY s.opened_at DESC, i.check_id, i.path LIMIT $6`,
      [clusterId, workload.namespace, workload.kind, workload.name, until, limit],
    );
    return rows.map((r) => ({
      issueId: r.issue_id,
      checkId: r.check_id,
      severity: r.severity,
      container: r.container,
      path: r.path,
      openedAt: r.opened_at,
      openedSnapshotId: r.opened_snapshot_id,
      closedAt: r.closed_at,
      closedSnapshotId: r.closed_snapshot_id,
      closeReason: r.close_reason,
    }));
  }
}
