import type { Pool, PoolClient } from 'pg';
import { z } from 'zod';
import { decodeCursor, encodeCursor, type Page } from '@kordon/contracts';
import { copyRows } from '../copy/copy-rows';
import { applyLifecycleSql } from './lifecycle-sql';

/** A finding as the worker hands it to storage. */
export interface StoredFinding {
  fingerprint: string;
  checkId: string;
  severity: string;
  kind: string;
  namespace: string;
  name: string;
  container: string | null;
  path: string;
  message: string;
  observed: unknown;
  expected: string;
}

export interface IssueRecord extends StoredFinding {
  id: string;
  open: boolean;
  firstSeenAt: Date;
  resolvedAt: Date | null;
  resolvedReason: string | null;
  reopenCount: number;
}

export interface LifecycleInput {
  clusterId: string;
  snapshotId: string;
  collectedAt: Date;
  engineVersion: string;
  catalogVersion: string;
  findings: StoredFinding[];
  /** Workloads present (`namespace/Kind/name`); an issue whose workload is gone resolves as `workload_gone`. */
  workloadIds: string[];
  /** Kinds the snapshot did not fully collect: issues about them are not resolved. */
  incompleteKinds: string[];
}

export interface LifecycleResult {
  opened: number;
  reopened: number;
  resolved: number;
  rowsWritten: number;
}

interface IssueRow {
  id: string;
  fingerprint: string;
  check_id: string;
  severity: string;
  kind: string;
  namespace: string;
  name: string;
  container: string | null;
  path: string;
  message: string;
  observed: unknown;
  expected: string;
  open: boolean;
  first_seen_at: Date;
  resolved_at: Date | null;
  resolved_reason: string | null;
  reopen_count: number;
}

function toIssue(r: IssueRow): IssueRecord {
  return {
    id: r.id,
    fingerprint: r.fingerprint,
    checkId: r.check_id,
    severity: r.severity,
    kind: r.kind,
    namespace: r.namespace,
    name: r.name,
    container: r.container,
    path: r.path,
    message: r.message,
    observed: r.observed,
    expected: r.expected,
    open: r.open,
    firstSeenAt: r.first_seen_at,
    resolvedAt: r.resolved_at,
    resolvedReason: r.resolved_reason,
    reopenCount: r.reopen_count,
  };
}

const SEVERITY_RANK = `CASE i.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 WHEN 'low' THEN 3 ELSE 4 END`;

export class IssuesRepository {
  constructor(private readonly pool: Pool) {}

  /**
   * Matches a snapshot's findings against the cluster's issues by fingerprint:
   * new ones open, missing ones resolve (fixed, or workload gone), returning ones
   * reopen. Writes only what changed. Runs inside the caller's transaction, which
   * holds the cluster's lifecycle lock.
   */
  async applyLifecycle(client: PoolClient, input: LifecycleInput): Promise<LifecycleResult> {
    await client.query(`CREATE TEMP TABLE tmp_finding (
      fingerprint char(64) PRIMARY KEY, check_id text, severity text, kind text, namespace text, name text,
      container text, path text, message text, observed jsonb, expected text) ON COMMIT DROP`);
    await client.query(`CREATE TEMP TABLE tmp_workload (id text PRIMARY KEY) ON COMMIT DROP`);
    await copyRows(client, 'tmp_finding', ['fingerprint', 'check_id', 'severity', 'kind', 'namespace', 'name', 'container', 'path', 'message', 'observed', 'expected'], dedupe(input.findings), (f) => [
      f.fingerprint, f.checkId, f.severity, f.kind, f.namespace, f.name, f.container, f.path, f.message,
      f.observed === undefined ? null : JSON.stringify(f.observed), f.expected,
    ]);
    await copyRows(client, 'tmp_workload', ['id'], new Set(input.workloadIds), (id) => [id]);
    await client.query('ANALYZE tmp_finding');
    const params = [input.clusterId, input.snapshotId, input.collectedAt, input.engineVersion, input.catalogVersion, input.incompleteKinds];
    const { rows } = await client.query<{ opened: string; reopened: string; resolved: string }>(applyLifecycleSql, params);
    const r = rows[0] ?? { opened: '0', reopened: '0', resolved: '0' };
    const opened = Number(r.opened);
    const reopened = Number(r.reopened);
    const resolved = Number(r.resolved);
    // each opened issue writes an issue row and a span; reopened and resolved touch one of each
    return { opened, reopened, resolved, rowsWritten: 2 * (opened + reopened + resolved) };
  }

  /** The issues open at a snapshot (its collectedAt), most severe first, paged. */
  async openAtSnapshot(
    clusterId: string,
    at: Date,
    options: { limit: number; cursor?: string; severity?: string },
  ): Promise<Page<IssueRecord>> {
    const c = options.cursor ? decodeCursor(options.cursor, z.object({ r: z.number().int(), id: z.string().uuid() })) : null;
    const params: unknown[] = [clusterId, at, options.limit + 1];
    let filter = '';
    if (options.severity) {
      params.push(options.severity);
      filter += ` AND i.severity = $${params.length}`;
    }
    if (c) {
      params.push(c.r, c.id);
      filter += ` AND (${SEVERITY_RANK}, i.id) > ($${params.length - 1}::int, $${params.length}::uuid)`;
    }
    const { rows } = await this.pool.query<IssueRow & { rank: number }>(
      `SELECT i.*, ${SEVERITY_RANK} AS rank FROM issue i
       WHERE i.cluster_id = $1 AND EXISTS (
         SELECT 1 FROM issue_span sp WHERE sp.issue_id = i.id AND sp.opened_at <= $2
           AND (sp.closed_at IS NULL OR sp.closed_at > $2))
       ${filter}
       ORDER BY rank, i.id LIMIT $3`,
      params,
    );
    const page = rows.slice(0, options.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toIssue),
      nextCursor: rows.length > options.limit && last ? encodeCursor({ r: last.rank, id: last.id }) : null,
    };
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
