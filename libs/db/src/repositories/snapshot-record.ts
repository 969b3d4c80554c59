export interface SeverityCounts {
  critical: number;
  high: number;
  medium: number;
  low: number;
  info: number;
  total: number;
}

import type { SnapshotStatus } from '@kordon/engine';

export type { SnapshotStatus };

/** What the analysis stored about a snapshot. */
export interface SnapshotSummary {
  counts: SeverityCounts;
  workloads: number;
  namespaces: number;
  pssLevels?: Record<string, number>;
  skippedKinds?: Record<string, number>;
  [key: string]: unknown;
}

/** Rows the last analysis of a snapshot wrote, and the bytes its raw body occupies. */
export interface SnapshotWrites {
  issueRows: number;
  spanRows: number;
  workloadSpanRows: number;
  postureRows: number;
  chunkBytes: number;
}

export interface SnapshotRecord {
  id: string;
  clusterId: string;
  clusterName: string;
  status: SnapshotStatus;
  source: string;
  collectedAt: Date;
  receivedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  kubernetesVersion: string | null;
  objectCount: number;
  rawBytes: number;
  attempts: number;
  failureReason: string | null;
  engineVersion: string | null;
  catalogVersion: string | null;
  summary: SnapshotSummary | null;
  appliedLifecycle: boolean;
  rowsWritten: number;
  written: SnapshotWrites;
  rawPurgedAt: Date | null;
  /** The upload's `Content-Encoding` header (the stored body is kept exactly as received). */
  contentEncoding: string | null;
}
