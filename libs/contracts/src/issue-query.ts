import type { Severity } from '@kordon/engine';

/**
 * Orders of issue and finding lists: `severity` (most severe first, the
 * default), `firstSeen` / `-firstSeen` (oldest / newest first), `namespace`
 * (namespace, then workload name), `check` (check id).
 */
export const ISSUE_SORTS = ['severity', 'firstSeen', '-firstSeen', 'namespace', 'check'] as const;
export type IssueSort = (typeof ISSUE_SORTS)[number];

/** Filters shared by a snapshot's findings and a cluster's issues (all optional, combined with AND). */
export interface IssueFilter {
  namespace?: string;
  /** The workload's name (the Deployment, CronJob, bare Pod …). */
  workload?: string;
  /** The workload's kind (`Deployment`). */
  kind?: string;
  /** A check id (`pss.baseline.privileged`), or a prefix ending in `.` or `*` (`pss.restricted.`). */
  check?: string;
  severity?: Severity;
  firstSeenAfter?: Date;
  firstSeenBefore?: Date;
  /** Free text, case-insensitive, in the check id, namespace, name, container, path and message. */
  text?: string;
  sort: IssueSort;
  limit: number;
  cursor?: string;
}
