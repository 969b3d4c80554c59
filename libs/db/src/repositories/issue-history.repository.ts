import type { Pool } from 'pg';
import { z } from 'zod';
import { cursorField, decodeCursor, encodeCursor, type Page } from '@kordon/contracts';
import { issueSuppressedNowSql } from './suppression-sql';
import { SEVERITY_RANK, toIssue, type IssueRecord, type IssueRow } from './issue-record';

export type IssueStatusFilter = 'new' | 'open' | 'resolved' | 'suppressed';

export interface ClusterIssueFilter {
  /**
   * `open`: open and not suppressed now; `new`: also first seen at the cluster's newest applied
   * snapshot; `suppressed`: matched by a suppression in force now (open, or resolved as
   * suppressed); `resolved`: resolved and not held by a suppression in force.
   */
  status?: IssueStatusFilter;
  severity?: string;
  firstSeenAfter?: Date;
  firstSeenBefore?: Date;
  limit: number;
  cursor?: string;
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

const cursorSchema = z.object({ r: cursorField.int, id: cursorField.uuid });

/** Reads over the issue lifecycle: a cluster's issues by status, and what changed between two snapshots. */
export class IssueHistoryRepository {
  constructor(private readonly pool: Pool) {}

  async listForCluster(clusterId: string, filter: ClusterIssueFilter): Promise<Page<IssueRecord>> {
    const params: unknown[] = [clusterId, filter.limit + 1];
    const where: string[] = ['i.cluster_id = $1'];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    const suppressed = issueSuppressedNowSql('i');
    if (filter.status === 'open') where.push(`i.open AND NOT ${suppressed}`);
    if (filter.status === 'suppressed')
      where.push(`(i.open OR i.resolved_reason = 'suppressed') AND ${suppressed}`);
    if (filter.status === 'resolved')
      where.push(`NOT i.open AND NOT (i.resolved_reason = 'suppressed' AND ${suppressed})`);
    if (filter.status === 'new') {
      where.push(`i.open AND NOT ${suppressed}`);
      where.push(
        `i.first_seen_at = (SELECT max(collected_at) FROM snapshot s WHERE s.cluster_id = $1 AND s.applied_lifecycle)`,
      );
    }
    if (filter.severity) add((p) => `i.severity = ${p}`, filter.severity);
    if (filter.firstSeenAfter) add((p) => `i.first_seen_at > ${p}`, filter.firstSeenAfter);
    if (filter.firstSeenBefore) add((p) => `i.first_seen_at < ${p}`, filter.firstSeenBefore);
    if (filter.cursor) {
      const c = decodeCursor(filter.cursor, cursorSchema);
      params.push(c.r, c.id);
      where.push(
        `(${SEVERITY_RANK}, i.id) > ($${params.length - 1}::int, $${params.length}::uuid)`,
      );
    }
    const { rows } = await this.pool.query<IssueRow & { rank: number; suppressed: boolean }>(
      `SELECT i.*, ${SEVERITY_RANK} AS rank, ${suppressed} AS suppressed FROM issue i
       WHERE ${where.join(' AND ')} ORDER BY rank, i.id LIMIT $2`,
      params,
    );
    const page = rows.slice(0, filter.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({ ...toIssue(r), suppressed: r.suppressed })),
      nextCursor:
        rows.length > filter.limit && last ? encodeCursor({ r: last.rank, id: last.id }) : null,
    };
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
