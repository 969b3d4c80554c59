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

/** An issue as Postgres returns it (`SELECT i.*`). */
export interface IssueRow {
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

export function toIssue(r: IssueRow): IssueRecord {
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

/** Orders issues most severe first. */
export const SEVERITY_RANK = `CASE i.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 WHEN 'low' THEN 3 ELSE 4 END`;
