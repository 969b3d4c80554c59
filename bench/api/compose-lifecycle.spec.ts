import type { SeedIssue, SeedVariant } from '@kordon/db';
import type { ChurnSchedule } from './churn-schedule';
import { composeLifecycle, type SeedDay } from './compose-lifecycle';

const anIssue = (fingerprint: string, namespace: string): SeedIssue => ({
  fingerprint,
  checkId: 'pss.baseline.privileged',
  severity: 'high',
  kind: 'Deployment',
  namespace,
  name: 'app',
  container: 'main',
  path: 'spec.containers[0].securityContext.privileged',
  message: 'privileged',
  observed: true,
  expected: 'false',
  engineVersion: 'e',
  catalogVersion: 'c',
});

const aVariant = (issues: SeedIssue[], workloads: [string, string][]) =>
  ({ issues, workloads: new Map(workloads) }) as unknown as SeedVariant;

describe('composeLifecycle', () => {
  const days: SeedDay[] = [0, 1, 2, 3].map((d) => ({
    id: `snapshot-${d}`,
    at: new Date(Date.UTC(2026, 10, 1 + d)),
  }));
  // ns-1 is in state B on days 1 and 2, back in A on day 3; ns-2 never changes
  const schedule: ChurnSchedule = {
    days: 4,
    inB: new Map([['ns-1', [false, true, true, false]]]),
    flipped: [[], ['ns-1'], [], ['ns-1']],
  };
  const a = aVariant(
    [anIssue('only-a', 'ns-1'), anIssue('both', 'ns-2')],
    [
      ['ns-1/Deployment/app', 'baseline'],
      ['ns-2/Deployment/app', 'restricted'],
    ],
  );
  const b = aVariant(
    [anIssue('only-b', 'ns-1'), anIssue('both', 'ns-2')],
    [
      ['ns-1/Deployment/app', 'privileged'],
      ['ns-2/Deployment/app', 'restricted'],
    ],
  );
  const out = composeLifecycle(a, b, schedule, days);
  const issue = (fp: string) => out.issues.find((i) => i.fingerprint === fp);
  const spans = (fp: string) =>
    out.spans
      .filter((s) => s.issueId === issue(fp)?.id)
      .map((s) => [s.openedSnapshotId, s.closedSnapshotId]);

  it('closes an issue on the day its namespace leaves the state that has it, and reopens it on return', () => {
    expect(spans('only-a')).toEqual([
      ['snapshot-0', 'snapshot-1'],
      ['snapshot-3', null],
    ]);
    expect(issue('only-a')).toMatchObject({ open: true, reopenCount: 1, resolvedAt: null });
    expect(spans('only-b')).toEqual([['snapshot-1', 'snapshot-3']]);
    expect(issue('only-b')).toMatchObject({ open: false, reopenCount: 0, resolvedAt: days[3]?.at });
    expect(spans('both')).toEqual([['snapshot-0', null]]);
  });

  it("changes a workload's span when its namespace's state gives it another level", () => {
    const of = (id: string) =>
      out.workloadSpans
        .filter((w) => w.workloadId === id)
        .map((w) => [w.level, w.openedSnapshotId, w.closedSnapshotId]);
    expect(of('ns-1/Deployment/app')).toEqual([
      ['baseline', 'snapshot-0', 'snapshot-1'],
      ['privileged', 'snapshot-1', 'snapshot-3'],
      ['baseline', 'snapshot-3', null],
    ]);
    expect(of('ns-2/Deployment/app')).toEqual([['restricted', 'snapshot-0', null]]);
    expect(out.workloadRowsByDay).toEqual([2, 2, 0, 2]);
  });
});
