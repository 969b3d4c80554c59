/** Response shapes of the Kordon REST API (`/api/v1`) as the dashboard reads them. */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type SnapshotStatus = 'queued' | 'analyzing' | 'done' | 'failed';

export type SeverityCounts = Record<Severity, number> & { total: number };

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ClusterSummary {
  id: string;
  name: string;
  createdAt: string;
  snapshotCount: number;
  latestSnapshot: {
    id: string;
    status: SnapshotStatus;
    collectedAt: string | null;
    counts: SeverityCounts | null;
  } | null;
}

export interface SnapshotListItem {
  id: string;
  status: SnapshotStatus;
  collectedAt: string | null;
  receivedAt: string;
  finishedAt: string | null;
  kubernetesVersion: string | null;
  objectCount: number | null;
  counts: SeverityCounts | null;
  failureReason: string | null;
}

export interface SnapshotDetail {
  id: string;
  clusterName: string;
  status: SnapshotStatus;
  source: string | null;
  collectedAt: string | null;
  receivedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  kubernetesVersion: string | null;
  objectCount: number | null;
  failureReason: string | null;
  counts: SeverityCounts | null;
  timings: { queuedMs: number | null; analysisMs: number | null } | null;
}

export interface Finding {
  id: string;
  fingerprint: string;
  checkId: string;
  title: string;
  severity: Severity;
  kind: string | null;
  namespace: string | null;
  name: string | null;
  container: string | null;
  path: string | null;
  message: string;
  observed: unknown;
  expected: unknown;
  remediation: string | null;
  docsUrl: string | null;
  firstSeenAt: string | null;
}

/** The API's error body: `{code, message, details:[{path, problem}]}`. */
export interface ApiErrorBody {
  code: string;
  message: string;
  details?: { path: string; problem: string }[];
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** Snapshot states after which nothing changes any more. */
export function isSettled(status: SnapshotStatus): boolean {
  return status === 'done' || status === 'failed';
}
