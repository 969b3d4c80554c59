import type { Pool } from 'pg';
import { poolOf, type Database } from '../database';
import type { IssueFilter, Page } from '@kordon/contracts';
import type { IssueStatus } from '@kordon/engine';
import { queryIssueFirstPages, queryIssuePage } from './issue-query-sql';
import type { SpanPair } from './workload-history.repository';
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

/** Issue ids of cluster `c` open at an instant (SQL; interval query over spans). */
const OPEN_AT = (c: string, p: string) =>
  `SELECT DISTINCT issue_id FROM issue_span WHERE cluster_id = ${c} AND opened_at <= ${p} AND (closed_at IS NULL OR closed_at > ${p})`;

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
    const [out] = await this.diffBetweenMany([{ clusterId, from, to }], limit);
    return out as IssueDiff;
  }

  /** `diffBetween` for several pairs in two statements (GraphQL batches), in their order. */
  async diffBetweenMany(pairs: readonly SpanPair[], limit: number): Promise<IssueDiff[]> {
    const columns = [
      pairs.map((p) => p.clusterId),
      pairs.map((p) => p.from),
      pairs.map((p) => p.to),
    ];
    const { rows: sets } = await this.pool.query<{
      pair: string;
      change: keyof IssueDiff['counts'];
      n: string;
      ids: string[] | null;
    }>(
      `SELECT k.pair, x.* FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[])
         WITH ORDINALITY AS k(cluster_id, f, t, pair)
       CROSS JOIN LATERAL (
         SELECT change, count(*) AS n, array_agg(issue_id) FILTER (WHERE change <> 'unchanged') AS ids
         FROM (
           SELECT coalesce(a.issue_id, b.issue_id) AS issue_id,
                  CASE WHEN a.issue_id IS NULL THEN 'new' WHEN b.issue_id IS NULL THEN 'resolved' ELSE 'unchanged' END AS change
           FROM (${OPEN_AT('k.cluster_id', 'k.f')}) a
           FULL JOIN (${OPEN_AT('k.cluster_id', 'k.t')}) b ON a.issue_id = b.issue_id
         ) d GROUP BY change
       ) x`,
      columns,
    );
    const outs = pairs.map((): IssueDiff => ({
      counts: { new: 0, resolved: 0, unchanged: 0 },
      new: [],
      resolved: [],
      unchanged: [],
    }));
    const moved: { pair: number; change: string; id: string }[] = [];
    for (const r of sets) {
      const out = outs[Number(r.pair) - 1];
      if (!out) continue;
      out.counts[r.change] = Number(r.n);
      for (const id of r.ids ?? []) moved.push({ pair: Number(r.pair), change: r.change, id });
    }
    if (limit === 0) return outs;
    // the moved issues are few: ranked by primary key; the unchanged ones are most of the
    // cluster: the first `limit` in rank order, read through the severity-rank index
    const { rows } = await this.pool.query<
      IssueRow & { pair: string; change: keyof IssueDiff['counts'] }
    >(
      `SELECT * FROM (SELECT * FROM (
         SELECT x.pair::bigint AS pair, x.change, i.*, ${SEVERITY_RANK} AS rank,
                row_number() OVER (PARTITION BY x.pair, x.change ORDER BY ${SEVERITY_RANK}, i.id) AS rn
         FROM unnest($4::int[], $5::text[], $6::uuid[]) AS x(pair, change, id)
         JOIN issue i ON i.id = x.id
       ) moved WHERE rn <= $7
       UNION ALL
       SELECT k.pair, 'unchanged' AS change, kept.*
       FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $8::int[])
         WITH ORDINALITY AS k(cluster_id, f, t, unchanged, pair)
       CROSS JOIN LATERAL (
         SELECT i.*, ${SEVERITY_RANK} AS rank, 0::bigint AS rn FROM issue i
         WHERE i.cluster_id = k.cluster_id AND k.unchanged > 0
           AND EXISTS (${SPAN_OPEN_AT('i', 'k.f')}) AND EXISTS (${SPAN_OPEN_AT('i', 'k.t')})
         ORDER BY ${SEVERITY_RANK}, i.id LIMIT $7
       ) kept) u ORDER BY pair, change, rank, id`,
      [
        ...columns,
        moved.map((m) => m.pair),
        moved.map((m) => m.change),
        moved.map((m) => m.id),
        limit,
        outs.map((o) => o.counts.unchanged),
      ],
    );
    for (const r of rows) outs[Number(r.pair) - 1]?.[r.change].push(toIssue(r));
    return outs;
  }
}
