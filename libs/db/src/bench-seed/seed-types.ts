import type { ReadModelManifest } from '@kordon/contracts';
import type { PostureRow } from '../repositories/posture-record';
import type { SnapshotSummary } from '../repositories/snapshot-record';

/** An issue's content as one analysis produced it (everything but its lifecycle). */
export interface SeedIssue {
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
  engineVersion: string;
  catalogVersion: string;
}

/** One analysed snapshot, read back from the database: the material a seeded history is composed of. */
export interface SeedVariant {
  clusterId: string;
  snapshot: {
    objectCount: number;
    rawBytes: number;
    kubernetesVersion: string | null;
    engineVersion: string;
    catalogVersion: string;
    summary: SnapshotSummary;
  };
  issues: SeedIssue[];
  /** The snapshot's posture rows: the cluster total first, then every namespace. */
  posture: PostureRow[];
  /** Workload id → Pod Security level. */
  workloads: Map<string, string>;
  manifest: ReadModelManifest;
  /** Read-model documents by hash, as stored (compressed). */
  documents: Map<string, Buffer>;
}

/** One seeded snapshot with everything it wrote besides the lifecycle. */
export interface SeedSnapshot {
  id: string;
  idempotencyKey: string;
  collectedAt: Date;
  objectCount: number;
  rawBytes: number;
  kubernetesVersion: string | null;
  engineVersion: string;
  catalogVersion: string;
  summary: SnapshotSummary;
  written: { issueRows: number; spanRows: number; workloadSpanRows: number; postureRows: number };
  /** The rows `posture` gets for it (changes only, as the worker writes them). */
  posture: PostureRow[];
  manifest: ReadModelManifest;
  newDocuments: number;
}

export interface SeedIssueRow extends SeedIssue {
  id: string;
  open: boolean;
  firstSeenAt: Date;
  firstSnapshotId: string;
  resolvedAt: Date | null;
  reopenCount: number;
}

export interface SeedSpan {
  issueId: string;
  openedAt: Date;
  openedSnapshotId: string;
  closedAt: Date | null;
  closedSnapshotId: string | null;
}

export interface SeedWorkloadSpan {
  workloadId: string;
  level: string;
  openedAt: Date;
  openedSnapshotId: string;
  closedAt: Date | null;
  closedSnapshotId: string | null;
}

/** A whole cluster's seeded history, written with COPY by `writeSeedCluster`. */
export interface SeedCluster {
  id: string;
  name: string;
  snapshots: SeedSnapshot[];
  issues: SeedIssueRow[];
  spans: SeedSpan[];
  workloadSpans: SeedWorkloadSpan[];
  /** Documents by hash (compressed bodies), with the instant they were first written. */
  documents: Map<string, { body: Buffer; createdAt: Date }>;
}
