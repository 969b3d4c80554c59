import type { PosturePointResponse } from '@kordon/contracts';
import type { PostureScore } from '@kordon/engine';
import type { PostureRecord } from '@kordon/db';

export type PosturePointView = PosturePointResponse;

const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 1000);

/** Stored parts are `{}` on the tombstone row of a namespace that disappeared. */
function partsOf(stored: unknown): PostureScore['parts'] | null {
  return typeof stored === 'object' && stored !== null && 'podSecurity' in stored
    ? (stored as PostureScore['parts'])
    : null;
}

export function toPosturePoint(p: PostureRecord): PosturePointResponse {
  const isCluster = p.namespace === '';
  return {
    at: p.collectedAt.toISOString(),
    snapshotId: p.snapshotId,
    score: p.score,
    parts: partsOf(p.scoreParts),
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
  } satisfies PosturePointResponse;
}
