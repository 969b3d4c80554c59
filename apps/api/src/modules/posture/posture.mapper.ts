import type { PostureRecord } from '@kordon/db';

export interface PosturePointView {
  at: string;
  snapshotId: string;
  score: number;
  /** The score's parts: weight, value (0–1) and points each (docs/history.md). */
  parts: unknown;
  namespaces: number;
  workloads: number;
  levels: PostureRecord['levels'];
  severities: PostureRecord['severities'];
  isolation: {
    ingressIsolated: number;
    egressIsolated: number;
    ingressCoverage: number;
    egressCoverage: number;
  };
  /** Cluster points: how many namespaces have default-deny; namespace points: whether this one has. */
  defaultDeny: { ingress: number | boolean; egress: number | boolean };
  exposed: number;
  attackPaths: number;
  cni: string | null;
}

const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 1000);

export function toPosturePoint(p: PostureRecord): PosturePointView {
  const isCluster = p.namespace === '';
  return {
    at: p.collectedAt.toISOString(),
    snapshotId: p.snapshotId,
    score: p.score,
    parts: p.scoreParts,
    namespaces: p.namespaces,
    workloads: p.workloads,
    levels: p.levels,
    severities: p.severities,
    isolation: {
      ingressIsolated: p.ingressIsolated,
      egressIsolated: p.egressIsolated,
      ingressCoverage: share(p.ingressIsolated, p.workloads),
      egressCoverage: share(p.egressIsolated, p.workloads),
    },
    defaultDeny: isCluster
      ? { ingress: p.defaultDenyIngress, egress: p.defaultDenyEgress }
      : { ingress: p.defaultDenyIngress > 0, egress: p.defaultDenyEgress > 0 },
    exposed: p.exposed,
    attackPaths: p.attackPaths,
    cni: p.cni,
  };
}
