/** Sparse namespace reachability: the namespace pairs whose reach differs from `default`. */
export interface NamespaceReach {
  /** What most pairs are: the exceptions below are the other value. */
  default: 'reachable' | 'unreachable';
  /** `[from, to]` pairs (namespace names) that are not `default`, sorted; at most `cap`. */
  except: [string, string][];
  /** The namespaces of the matrix, sorted. */
  names: string[];
  /** True when more than `cap` pairs differed: `except` is incomplete and diffs say so. */
  truncated: boolean;
  cap: number;
}

export interface LevelCounts {
  privileged: number;
  baseline: number;
  restricted: number;
}

export interface SeverityCountsBySeverity {
  critical: number;
  high: number;
  medium: number;
  low: number;
  info: number;
}

/** One posture row: a namespace's aggregates at a snapshot, or the cluster total (namespace ''). */
export interface PostureRow {
  namespace: string;
  namespaces: number;
  workloads: number;
  levels: LevelCounts;
  severities: SeverityCountsBySeverity;
  ingressIsolated: number;
  egressIsolated: number;
  /** Namespace rows: 0 or 1; the cluster row: how many namespaces. */
  defaultDenyIngress: number;
  defaultDenyEgress: number;
  exposed: number;
  attackPaths: number;
  cni: string | null;
  score: number;
  scoreParts: unknown;
  reach: NamespaceReach | null;
}

export interface PostureRecord extends PostureRow {
  snapshotId: string;
  collectedAt: Date;
}

/** The namespace of the cluster-total posture row. */
export const CLUSTER_TOTAL = '';
