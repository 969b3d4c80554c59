import type { IssueRecord, SnapshotRecord, SnapshotWrites } from '@kordon/db';
import { findCheck } from '@kordon/engine';

export interface SnapshotView {
  id: string;
  clusterId: string;
  clusterName: string;
  status: string;
  source: string;
  collectedAt: string;
  receivedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  kubernetesVersion: string | null;
  objectCount: number;
  rawBytes: number;
  attempts: number;
  failureReason: string | null;
  engineVersion: string | null;
  catalogVersion: string | null;
  counts: {
    critical: number;
    high: number;
    medium: number;
    low: number;
    info: number;
    total: number;
  } | null;
  timings: { queuedMs: number | null; analysisMs: number | null } | null;
  /** Total rows the last analysis wrote (the sum of `written`'s row counts). */
  rowsWritten: number;
  /** What the last analysis wrote: issue rows, issue span rows, workload span rows, posture rows; and the stored body's bytes. */
  written: SnapshotWrites;
  rawPurgedAt: string | null;
  appliedLifecycle: boolean;
  workloads: number | null;
  namespaces: number | null;
}

export interface FindingView {
  id: string;
  fingerprint: string;
  checkId: string;
  title: string;
  severity: string;
  kind: string;
  namespace: string;
  name: string;
  container: string | null;
  path: string;
  message: string;
  observed: unknown;
  expected: string;
  remediation: string;
  docsUrl: string;
  firstSeenAt: string;
  reopenCount: number;
}

const ms = (a: Date | null, b: Date | null) =>
  a && b ? Math.max(0, b.getTime() - a.getTime()) : null;

export function toSnapshotView(s: SnapshotRecord): SnapshotView {
  return {
    id: s.id,
    clusterId: s.clusterId,
    clusterName: s.clusterName,
    status: s.status,
    source: s.source,
    collectedAt: s.collectedAt.toISOString(),
    receivedAt: s.receivedAt.toISOString(),
    startedAt: s.startedAt?.toISOString() ?? null,
    finishedAt: s.finishedAt?.toISOString() ?? null,
    kubernetesVersion: s.kubernetesVersion,
    objectCount: s.objectCount,
    rawBytes: s.rawBytes,
    attempts: s.attempts,
    failureReason: s.failureReason,
    engineVersion: s.engineVersion,
    catalogVersion: s.catalogVersion,
    counts: s.summary?.counts ?? null,
    timings: s.startedAt
      ? { queuedMs: ms(s.receivedAt, s.startedAt), analysisMs: ms(s.startedAt, s.finishedAt) }
      : null,
    rowsWritten: s.rowsWritten,
    written: s.written,
    rawPurgedAt: s.rawPurgedAt?.toISOString() ?? null,
    appliedLifecycle: s.appliedLifecycle,
    workloads: s.summary?.workloads ?? null,
    namespaces: s.summary?.namespaces ?? null,
  };
}

export function toFindingView(i: IssueRecord): FindingView {
  const check = findCheck(i.checkId);
  return {
    id: i.id,
    fingerprint: i.fingerprint,
    checkId: i.checkId,
    title: check?.title ?? i.checkId,
    severity: i.severity,
    kind: i.kind,
    namespace: i.namespace,
    name: i.name,
    container: i.container,
    path: i.path,
    message: i.message,
    observed: i.observed,
    expected: i.expected,
    remediation: check?.remediation ?? '',
    docsUrl: check?.docsUrl ?? '',
    firstSeenAt: i.firstSeenAt.toISOString(),
    reopenCount: i.reopenCount,
  };
}
