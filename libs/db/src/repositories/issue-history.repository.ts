import type { Pool } from 'pg';
import type { IssueFilter, Page } from '@kordon/contracts';
import type { IssueStatus } from '@kordon/engine';
import { queryIssuePage } from './issue-query-sql';
import { issueSuppressedNowSql } from './suppression-sql';
import { SEVERITY_RANK, toIssue, type IssueRecord, type IssueRow } from './issue-record';

export interface ClusterIssueFilter extends IssueFilter {
  /** `new`: first seen at the cluster's newest applied snapshot and still open. */
  status?: IssueStatus;
}

export interface IssueDiff {
  counts: { new: number; resolved: number; unchanged: number };
  new: IssueRecord[];
  resolved: IssueRecord[];
  unchanged: IssueRecord[];
}

/** Issue ids open at an instant (interval query over spans). */
const OPEN_AT = (p: string) =>
  `SELECT DISTINCT issue_id FROM issue_span WHERE cluster_id = $1 AND opened_at <= ${p} AND (closed_at IS NULL OR closed_at > ${p})`;

/** Reads over the issue lifecycle: a cluster's issues by status, and what changed between two snapshots. */
export class IssueHistoryRepository {
  constructor(private readonly pool: Pool) {}

  /**
   * A cluster's issues by status and filters, in the filter's order. `open`: open
   * and not suppressed now; `new`: also first seen at the newest applied snapshot;
   * `suppressed`: held by a suppression in force now (open, or resolved as
   * suppressed); `resolved`: resolved and not held by a suppression in force.
   */
  async listForCluster(clusterId: string, filter: ClusterIssueFilter): Promise<Page<IssueRecord>> {
    const suppressed = issueSuppressedNowSql('i');
    const scope = ['i.cluster_id = $1'];
    if (filter.status === 'open') scope.push(`i.open AND NOT ${suppressed}`);
    if (filter.status === 'suppressed')
      scope.push(`(i.open OR i.resolved_reason = 'suppressed') AND ${suppressed}`);
    if (filter.status === 'resolved')
      scope.push(`NOT i.open AND NOT (i.resolved_reason = 'suppressed' AND ${suppressed})`);
    if (filter.status === 'new') {
      scope.push(`i.open AND NOT ${suppressed}`);
      scope.push(
        `i.first_seen_at = (SELECT max(collected_at) FROM snapshot s WHERE s.cluster_id = $1 AND s.applied_lifecycle)`,
      );
    }
    return queryIssuePage(
      async (sql, params) => (await this.pool.query(sql, params)).rows,
      scope,
      [clusterId],
      filter,
      suppressed,
    );
  }

  /** Issues open at `to` but not `from` (new), at `from` but not `to` (resolved), at both (unchanged); lists capped at `limit`. */
  async diffBetween(clusterId: string, from: Date, to: Date, limit: number): Promise<IssueDiff> {
    const { rows } = await this.pool.query<
      IssueRow & { change: keyof IssueDiff['counts']; n: string }
    >(
      `WITH a AS (${OPEN_AT('$2')}), b AS (${OPEN_AT('$3')}),
       d AS (
         SELECT coalesce(a.issue_id, b.issue_id) AS issue_id,
                CASE WHEN a.issue_id IS NULL THEN 'new' WHEN b.issue_id IS NULL THEN 'resolved' ELSE 'unchanged' END AS change
         FROM a FULL JOIN b ON a.issue_id = b.issue_id
       ),
       ranked AS (
         SELECT d.change, i.*, ${SEVERITY_RANK} AS rank, count(*) OVER (PARTITION BY d.change) AS n,
                row_number() OVER (PARTITION BY d.change ORDER BY ${SEVERITY_RANK}, i.id) AS rn
         FROM d JOIN issue i ON i.id = d.issue_id
       )
       SELECT * FROM ranked WHERE rn <= $4 ORDER BY change, rank, id`,
      [clusterId, from, to, limit],
    );
    const out: IssueDiff = {
      counts: { new: 0, resolved: 0, unchanged: 0 },
      new: [],
      resolved: [],
      unchanged: [],
    };
    for (const r of rows) {
      out.counts[r.change] = Number(r.n);
      out[r.change].push(toIssue(r));
    }
    if (limit === 0) return { ...out, counts: await this.diffCounts(clusterId, from, to) };
    return out;
  }

  private async diffCounts(clusterId: string, from: Date, to: Date): Promise<IssueDiff['counts']> {
    const { rows } = await this.pool.query<{ new: string; resolved: string; unchanged: string }>(
      `WITH a AS (${OPEN_AT('$2')}), b AS (${OPEN_AT('$3')})
       SELECT (SELECT count(*) FROM b WHERE issue_id NOT IN (SELECT issue_id FROM a)) AS new,
              (SELECT count(*) FROM a WHERE issue_id NOT IN (SELECT issue_id FROM b)) AS resolved,
              (SELECT count(*) FROM a WHERE issue_id IN (SELECT issue_id FROM b)) AS unchanged`,
      [clusterId, from, to],
    );
    const r = rows[0];
    return {
      new: Number(r?.new ?? 0),
      resolved: Number(r?.resolved ?? 0),
      unchanged: Number(r?.unchanged ?? 0),
    };
  }
}
