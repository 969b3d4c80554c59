import type { Pool } from 'pg';
import { poolOf, type Database } from '../database';
import type { IssueFilter, Page } from '@kordon/contracts';
import type { IssueStatus } from '@kordon/engine';
import { queryIssueFirstPages, queryIssuePage } from './issue-query-sql';
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

/** Whether issue `i` has a span open at an instant (one probe of the span primary key). */
const SPAN_OPEN_AT = (i: string, p: string) =>
  `SELECT 1 FROM issue_span sp WHERE sp.issue_id = ${i}.id AND sp.opened_at <= ${p} AND (sp.closed_at IS NULL OR sp.closed_at > ${p})`;

/**
 * The issues of cluster `cluster` (SQL: `$1`, or a lateral's column) in `filter.status`:
 * `open`: open and not suppressed now; `new`: also first seen at the newest applied
 * snapshot; `suppressed`: held by a suppression in force now (open, or resolved as
 * suppressed); `resolved`: resolved and not held by a suppression in force.
 */
function statusScope(filter: ClusterIssueFilter, cluster: string, suppressed: string): string[] {
  const scope = [`i.cluster_id = ${cluster}`];
  if (filter.status === 'open') scope.push(`i.open AND NOT ${suppressed}`);
  if (filter.status === 'suppressed')
    scope.push(`(i.open OR i.resolved_reason = 'suppressed') AND ${suppressed}`);
  if (filter.status === 'resolved')
    scope.push(`NOT i.open AND NOT (i.resolved_reason = 'suppressed' AND ${suppressed})`);
  if (filter.status === 'new') {
    scope.push(`i.open AND NOT ${suppressed}`);
    scope.push(
      `i.first_seen_at = (SELECT max(collected_at) FROM snapshot s WHERE s.cluster_id = ${cluster} AND s.applied_lifecycle)`,
    );
  }
  return scope;
}

/** Reads over the issue lifecycle: a cluster's issues by status, and what changed between two snapshots. */
export class IssueHistoryRepository {
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

  /**
   * A cluster's issues by status and filters, in the filter's order. `open`: open
   * and not suppressed now; `new`: also first seen at the newest applied snapshot;
   * `suppressed`: held by a suppression in force now (open, or resolved as
   * suppressed); `resolved`: resolved and not held by a suppression in force.
   */
  async listForCluster(clusterId: string, filter: ClusterIssueFilter): Promise<Page<IssueRecord>> {
    const suppressed = issueSuppressedNowSql('i');
    return queryIssuePage(
      async (sql, params) => (await this.pool.query(sql, params)).rows,
      statusScope(filter, '$1', suppressed),
      [clusterId],
      filter,
      suppressed,
    );
  }

  /** `listForCluster`'s first page for each of several clusters, in one statement (GraphQL batches). */
  async firstPagesForClusters(
    clusterIds: readonly string[],
    filter: Omit<ClusterIssueFilter, 'cursor'>,
  ): Promise<Map<string, Page<IssueRecord>>> {
    const suppressed = issueSuppressedNowSql('i');
    return queryIssueFirstPages(
      async (sql, params) => (await this.pool.query(sql, params)).rows,
      statusScope(filter, 'k.cluster_id', suppressed),
      clusterIds,
      filter,
      suppressed,
    );
  }

  /** Issues open at `to` but not `from` (new), at `from` but not `to` (resolved), at both (unchanged); lists capped at `limit`. */
  async diffBetween(clusterId: string, from: Date, to: Date, limit: number): Promise<IssueDiff> {
    const { rows: sets } = await this.pool.query<{
      change: keyof IssueDiff['counts'];
      n: string;
      ids: string[] | null;
    }>(
      `WITH a AS (${OPEN_AT('$2')}), b AS (${OPEN_AT('$3')}),
       d AS (
         SELECT coalesce(a.issue_id, b.issue_id) AS issue_id,
                CASE WHEN a.issue_id IS NULL THEN 'new' WHEN b.issue_id IS NULL THEN 'resolved' ELSE 'unchanged' END AS change
         FROM a FULL JOIN b ON a.issue_id = b.issue_id
       )
       SELECT change, count(*) AS n, array_agg(issue_id) FILTER (WHERE change <> 'unchanged') AS ids
       FROM d GROUP BY change`,
      [clusterId, from, to],
    );
    const out: IssueDiff = {
      counts: { new: 0, resolved: 0, unchanged: 0 },
      new: [],
      resolved: [],
      unchanged: [],
    };
    for (const r of sets) out.counts[r.change] = Number(r.n);
    if (limit === 0) return out;
    const ids = (change: string) => sets.find((r) => r.change === change)?.ids ?? [];
    // the moved issues are few: ranked by primary key; the unchanged ones are most of the
    // cluster: the first `limit` in rank order, read through the severity-rank index
    const { rows } = await this.pool.query<IssueRow & { change: keyof IssueDiff['counts'] }>(
      `SELECT * FROM (SELECT * FROM (
         SELECT x.change, i.*, ${SEVERITY_RANK} AS rank,
                row_number() OVER (PARTITION BY x.change ORDER BY ${SEVERITY_RANK}, i.id) AS rn
         FROM (SELECT 'new' AS change, unnest($4::uuid[]) AS id
               UNION ALL SELECT 'resolved', unnest($5::uuid[])) x
         JOIN issue i ON i.id = x.id
       ) moved WHERE rn <= $6
       UNION ALL
       SELECT * FROM (
         SELECT 'unchanged' AS change, i.*, ${SEVERITY_RANK} AS rank, 0::bigint AS rn FROM issue i
         WHERE i.cluster_id = $1 AND $7::int > 0
           AND EXISTS (${SPAN_OPEN_AT('i', '$2')}) AND EXISTS (${SPAN_OPEN_AT('i', '$3')})
         ORDER BY ${SEVERITY_RANK}, i.id LIMIT $6
       ) kept) u ORDER BY change, rank, id`,
      [clusterId, from, to, ids('new'), ids('resolved'), limit, out.counts.unchanged],
    );
    for (const r of rows) out[r.change].push(toIssue(r));
    return out;
  }
}
