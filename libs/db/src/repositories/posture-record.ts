import type { NamespaceReach, PostureTally } from '@kordon/engine';

export type { NamespaceReach };
export type LevelCounts = PostureTally['levels'];
export type SeverityCountsBySeverity = PostureTally['severities'];

/** One posture row: a namespace's aggregates at a snapshot, or the cluster total (namespace ''). */
export interface PostureRow extends PostureTally {
  cni: string | null;
  score: number;
  /** The score's parts (`{}` on the tombstone row of a namespace that disappeared). */
  scoreParts: unknown;
  reach: NamespaceReach | null;
}

export interface PostureRecord extends PostureRow {
  snapshotId: string;
  collectedAt: Date;
}

export { CLUSTER_TOTAL } from '@kordon/engine';
