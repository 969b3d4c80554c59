import type {
  WorkloadIssueEventResponse,
  WorkloadLevelChangeResponse,
  WorkloadPeerResponse,
} from '@kordon/contracts';
import type { WorkloadIssueSpan, WorkloadLevelSpan } from '@kordon/db';
import type { WorkloadConnection } from '@kordon/engine';

type Level = WorkloadLevelChangeResponse['to'];

/** Level spans (oldest first) as changes: appeared, changed level, disappeared. */
export function levelChanges(spans: readonly WorkloadLevelSpan[]): WorkloadLevelChangeResponse[] {
  const out: WorkloadLevelChangeResponse[] = [];
  let previous: WorkloadLevelSpan | null = null;
  for (const span of spans) {
    const continues = previous !== null && previous.closedAt?.getTime() === span.openedAt.getTime();
    if (previous && !continues && previous.closedAt && previous.closedSnapshotId)
      out.push({
        at: previous.closedAt.toISOString(),
        snapshotId: previous.closedSnapshotId,
        from: previous.level as Level,
        to: null,
      });
    out.push({
      at: span.openedAt.toISOString(),
      snapshotId: span.openedSnapshotId,
      from: continues && previous ? (previous.level as Level) : null,
      to: span.level as Level,
    });
    previous = span;
  }
  if (previous?.closedAt && previous.closedSnapshotId)
    out.push({
      at: previous.closedAt.toISOString(),
      snapshotId: previous.closedSnapshotId,
      from: previous.level as Level,
      to: null,
    });
  return out;
}

export function toIssueEvent(s: WorkloadIssueSpan): WorkloadIssueEventResponse {
  return {
    issueId: s.issueId,
    checkId: s.checkId,
    severity: s.severity as WorkloadIssueEventResponse['severity'],
    container: s.container,
    path: s.path,
    openedAt: s.openedAt.toISOString(),
    openedSnapshotId: s.openedSnapshotId,
    resolvedAt: s.closedAt?.toISOString() ?? null,
    resolvedSnapshotId: s.closedSnapshotId,
    resolvedReason: s.closeReason as WorkloadIssueEventResponse['resolvedReason'],
  };
}

export function toPeer(c: WorkloadConnection, side: 'from' | 'to'): WorkloadPeerResponse {
  return {
    workload: c[side],
    ports: c.ports,
    egressRules: c.egressRules,
    ingressRules: c.ingressRules,
  };
}
