import { SEVERITIES, type ResolveReason, type Severity } from '@kordon/engine';

/** A finding as the worker hands it to storage. */
export interface StoredFinding {
  fingerprint: string;
  checkId: string;
  severity: Severity;
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
  resolvedReason: ResolveReason | null;
  reopenCount: number;
  /** Whether a suppression in force now matches it (set by reads that compute it). */
  suppressed?: boolean;
}

/** An issue as Postgres returns it (`SELECT i.*`). */
export interface IssueRow {
  id: string;
  fingerprint: string;
  check_id: string;
  severity: Severity;
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
  resolved_reason: ResolveReason | null;
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

/** Orders issues most severe first (0 = critical), in the engine's order. */
export const SEVERITY_RANK = `CASE i.severity ${SEVERITIES.map((s, rank) => `WHEN '${s}' THEN ${rank}`).join(' ')} END`;
