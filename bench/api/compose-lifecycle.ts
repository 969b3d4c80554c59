import { randomUUID } from 'node:crypto';
import type { SeedIssue, SeedIssueRow, SeedSpan, SeedVariant, SeedWorkloadSpan } from '@kordon/db';
import { isB, type ChurnSchedule } from './churn-schedule';

/** A seeded day: its snapshot id and instant. */
export interface SeedDay {
  id: string;
  at: Date;
}

/** The runs [start, end) of days on which `present(day)` holds. */
function runs(days: number, present: (day: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let d = 0; d <= days; d++) {
    const on = d < days && present(d);
    if (on && start < 0) start = d;
    if (!on && start >= 0) {
      out.push([start, d]);
      start = -1;
    }
  }
  return out;
}

/** Per day, how many lifecycle rows (issues and spans) it wrote. */
export interface LifecycleHistory {
  issues: SeedIssueRow[];
  spans: SeedSpan[];
  workloadSpans: SeedWorkloadSpan[];
  issueRowsByDay: number[];
  workloadRowsByDay: number[];
}

function issueHistory(
  a: SeedVariant,
  b: SeedVariant,
  s: ChurnSchedule,
  days: SeedDay[],
  out: LifecycleHistory,
): void {
  const byFingerprint = new Map<string, { a?: SeedIssue; b?: SeedIssue }>();
  for (const i of a.issues) byFingerprint.set(i.fingerprint, { a: i });
  for (const i of b.issues) {
    const entry = byFingerprint.get(i.fingerprint) ?? {};
    entry.b = i;
    byFingerprint.set(i.fingerprint, entry);
  }
  for (const [, v] of byFingerprint) {
    const ns = (v.a ?? v.b)?.namespace ?? '';
    const open = runs(days.length, (d) => (isB(s, ns, d) ? v.b : v.a) !== undefined);
    const first = open[0];
    const last = open[open.length - 1];
    if (!first || !last) continue;
    const lastDay = last[1] - 1;
    const content = ((isB(s, ns, lastDay) ? v.b : v.a) ?? v.a ?? v.b) as SeedIssue;
    const id = randomUUID();
    const closedDay = last[1] < days.length ? days[last[1]] : undefined;
    out.issues.push({
      ...content,
      id,
      open: closedDay === undefined,
      firstSeenAt: (days[first[0]] as SeedDay).at,
      firstSnapshotId: (days[first[0]] as SeedDay).id,
      resolvedAt: closedDay?.at ?? null,
      reopenCount: open.length - 1,
    });
    for (const [start, end] of open) {
      const closed = end < days.length ? days[end] : undefined;
      out.spans.push({
        issueId: id,
        openedAt: (days[start] as SeedDay).at,
        openedSnapshotId: (days[start] as SeedDay).id,
        closedAt: closed?.at ?? null,
        closedSnapshotId: closed?.id ?? null,
      });
      out.issueRowsByDay[start] = (out.issueRowsByDay[start] ?? 0) + 1;
      if (end < days.length) out.issueRowsByDay[end] = (out.issueRowsByDay[end] ?? 0) + 1;
    }
  }
}

function workloadHistory(
  a: SeedVariant,
  b: SeedVariant,
  s: ChurnSchedule,
  days: SeedDay[],
  out: LifecycleHistory,
): void {
  for (const [workloadId, levelA] of a.workloads) {
    const ns = workloadId.split('/')[0] ?? '';
    const levelB = b.workloads.get(workloadId) ?? levelA;
    const level = (d: number) => (isB(s, ns, d) ? levelB : levelA);
    let start = 0;
    for (let d = 1; d <= days.length; d++) {
      if (d < days.length && level(d) === level(start)) continue;
      const closed = d < days.length ? days[d] : undefined;
      out.workloadSpans.push({
        workloadId,
        level: level(start),
        openedAt: (days[start] as SeedDay).at,
        openedSnapshotId: (days[start] as SeedDay).id,
        closedAt: closed?.at ?? null,
        closedSnapshotId: closed?.id ?? null,
      });
      out.workloadRowsByDay[start] = (out.workloadRowsByDay[start] ?? 0) + 1;
      if (d < days.length) out.workloadRowsByDay[d] = (out.workloadRowsByDay[d] ?? 0) + 1;
      start = d;
    }
  }
}

/**
 * The issue lifecycle and workload spans the worker would have written for
 * this schedule: an issue is open on a day when the state its namespace is in
 * that day has its fingerprint; each run of such days is one span (closed as
 * `fixed` by the day that no longer has it), and a later run reopens it.
 */
export function composeLifecycle(
  a: SeedVariant,
  b: SeedVariant,
  s: ChurnSchedule,
  days: SeedDay[],
): LifecycleHistory {
  const out: LifecycleHistory = {
    issues: [],
    spans: [],
    workloadSpans: [],
    issueRowsByDay: new Array<number>(days.length).fill(0),
    workloadRowsByDay: new Array<number>(days.length).fill(0),
  };
  issueHistory(a, b, s, days, out);
  workloadHistory(a, b, s, days, out);
  return out;
}
