import type { Pool } from 'pg';
import { clientOf, poolOf, type Database, type Tx } from '../database';
import { encodeCursor, type IssueFilter, type Page } from '@kordon/contracts';
import { copyRows } from '../copy/copy-rows';
import {
  SEVERITY_RANK,
  toIssue,
  type IssueRecord,
  type IssueRow,
  type StoredFinding,
} from './issue-record';
import { queryIssuePage } from './issue-query-sql';
import { applyLifecycleSql } from './lifecycle-sql';

export type { IssueRecord, StoredFinding } from './issue-record';

export interface LifecycleInput {
  clusterId: string;
  snapshotId: string;
  collectedAt: Date;
  engineVersion: string;
  catalogVersion: string;
  findings: StoredFinding[];
  /** Fingerprints present in the snapshot but held by a suppression: their open issues resolve as `suppressed`. */
  suppressedFingerprints?: string[];
  /** Workloads present (`namespace/Kind/name`); an issue whose workload is gone resolves as `workload_gone`. */
  workloadIds: string[];
  /** Kinds the snapshot did not fully collect: issues about them are not resolved. */
  incompleteKinds: string[];
  /** Check ids of the current catalog: open issues of any other check resolve as `check_retired`. */
  knownCheckIds: string[];
}

export interface LifecycleResult {
  opened: number;
  reopened: number;
  resolved: number;
  /** Open issues rewritten once because the engine or catalog version changed. */
  refreshed: number;
  issueRows: number;
  spanRows: number;
  rowsWritten: number;
}

export const NO_LIFECYCLE_CHANGE: LifecycleResult = {
  opened: 0,
  reopened: 0,
  resolved: 0,
  refreshed: 0,
  issueRows: 0,
  spanRows: 0,
  rowsWritten: 0,
};

export class IssuesRepository {
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

  /**
   * Matches a snapshot's findings against the cluster's issues by fingerprint:
   * new ones open, missing ones resolve (fixed, workload gone, check retired),
   * returning ones reopen; open ones are refreshed only on an engine or catalog
   * upgrade. Writes only what changed. Runs inside the caller's transaction, which
   * holds the cluster's lifecycle lock.
   */
  async applyLifecycle(tx: Tx, input: LifecycleInput): Promise<LifecycleResult> {
    const client = clientOf(tx);
    await client.query(`CREATE TEMP TABLE tmp_finding (
      fingerprint char(64) PRIMARY KEY, check_id text, severity text, kind text, namespace text, name text,
      container text, path text, message text, observed jsonb, expected text) ON COMMIT DROP`);
    await client.query(`CREATE TEMP TABLE tmp_workload (id text PRIMARY KEY) ON COMMIT DROP`);
    await copyRows(
      client,
      'tmp_finding',
      [
        'fingerprint',
        'check_id',
        'severity',
        'kind',
        'namespace',
        'name',
        'container',
        'path',
        'message',
        'observed',
        'expected',
      ],
      dedupe(input.findings),
      (f) => [
        f.fingerprint,
        f.checkId,
        f.severity,
        f.kind,
        f.namespace,
        f.name,
        f.container,
        f.path,
        f.message,
        f.observed === undefined ? null : JSON.stringify(f.observed),
        f.expected,
      ],
    );
    await copyRows(client, 'tmp_workload', ['id'], new Set(input.workloadIds), (id) => [id]);
    await client.query('ANALYZE tmp_finding');
    const params = [
      input.clusterId,
      input.snapshotId,
      input.collectedAt,
      input.engineVersion,
      input.catalogVersion,
      input.incompleteKinds,
      input.knownCheckIds,
      input.suppressedFingerprints ?? [],
    ];
    const { rows } = await client.query<
      Record<'opened' | 'reopened' | 'resolved' | 'refreshed' | 'spans', string>
    >(applyLifecycleSql, params);
    const r = rows[0];
    const opened = Number(r?.opened ?? 0);
    const reopened = Number(r?.reopened ?? 0);
    const resolved = Number(r?.resolved ?? 0);
    const refreshed = Number(r?.refreshed ?? 0);
    const spanRows = Number(r?.spans ?? 0);
    const issueRows = opened + reopened + resolved + refreshed;
    return {
      opened,
      reopened,
      resolved,
      refreshed,
      issueRows,
      spanRows,
      rowsWritten: issueRows + spanRows,
    };
  }

  /**
   * The first page of the issues open at each of several snapshots, in one
   * statement (GraphQL batches); keyed by snapshot id.
   */
  async firstPagesOpenAtSnapshots(
    snapshots: readonly { id: string; clusterId: string; collectedAt: Date }[],
    options: { limit: number; severity?: string },
  ): Promise<Map<string, Page<IssueRecord>>> {
    const params: unknown[] = [
      snapshots.map((s) => s.id),
      snapshots.map((s) => s.clusterId),
      snapshots.map((s) => s.collectedAt),
      options.limit + 1,
    ];
    let filter = '';
    if (options.severity) {
      params.push(options.severity);
      filter = ` AND i.severity = $${params.length}`;
    }
    const { rows } = await this.pool.query<IssueRow & { rank: number; snapshot_id: string }>(
      `SELECT k.snapshot_id, x.* FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[]) AS k(snapshot_id, cluster_id, at)
       CROSS JOIN LATERAL (
         SELECT i.*, ${SEVERITY_RANK} AS rank FROM issue i
         WHERE i.cluster_id = k.cluster_id AND EXISTS (
           SELECT 1 FROM issue_span sp WHERE sp.issue_id = i.id AND sp.opened_at <= k.at
             AND (sp.closed_at IS NULL OR sp.closed_at > k.at))
         ${filter}
         ORDER BY rank, i.id LIMIT $4
       ) x`,
      params,
    );
    const bySnapshot = new Map<string, (IssueRow & { rank: number })[]>(
      snapshots.map((s) => [s.id, []]),
    );
    for (const row of rows) bySnapshot.get(row.snapshot_id)?.push(row);
    return new Map(
      [...bySnapshot].map(([id, list]) => {
        const page = list.slice(0, options.limit);
        const last = page[page.length - 1];
        const nextCursor =
          list.length > options.limit && last
            ? encodeCursor({ s: 'severity', v: [last.rank], id: last.id })
            : null;
        return [id, { items: page.map(toIssue), nextCursor }];
      }),
    );
  }

  /** The issues open at a snapshot (its collectedAt), filtered and ordered as `filter` says, paged. */
  async openAtSnapshot(
    clusterId: string,
    at: Date,
    filter: IssueFilter,
  ): Promise<Page<IssueRecord>> {
    return queryIssuePage(
      async (sql, params) => (await this.pool.query(sql, params)).rows,
      [
        'i.cluster_id = $1',
        `EXISTS (SELECT 1 FROM issue_span sp WHERE sp.issue_id = i.id AND sp.opened_at <= $2
           AND (sp.closed_at IS NULL OR sp.closed_at > $2))`,
      ],
      [clusterId, at],
      filter,
    );
  }
}

function* dedupe(findings: StoredFinding[]): Generator<StoredFinding> {
  const seen = new Set<string>();
  for (const f of findings) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    yield f;
  }
}
