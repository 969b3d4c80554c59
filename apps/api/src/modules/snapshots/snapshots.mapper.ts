import type { FindingResponse, SnapshotResponse } from '@kordon/contracts';
import type { IssueRecord, SnapshotRecord } from '@kordon/db';
import { findCheck } from '@kordon/engine';

/** REST/GraphQL views are the contracts' response types (libs/contracts/src/responses). */
export type SnapshotView = SnapshotResponse;
export type FindingView = FindingResponse;

const ms = (a: Date | null, b: Date | null) =>
  a && b ? Math.max(0, b.getTime() - a.getTime()) : null;

export function toSnapshotView(s: SnapshotRecord): SnapshotResponse {
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
  } satisfies SnapshotResponse;
}

export function toFindingView(i: IssueRecord): FindingResponse {
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
  } satisfies FindingResponse;
}
