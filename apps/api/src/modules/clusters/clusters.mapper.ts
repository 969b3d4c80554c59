import type { ClusterResponse } from '@kordon/contracts';
import type { ClusterSummary } from '@kordon/db';

export type ClusterView = ClusterResponse;

export function toClusterView(c: ClusterSummary): ClusterResponse {
  return {
    id: c.id,
    name: c.name,
    createdAt: c.createdAt.toISOString(),
    snapshotCount: c.snapshotCount,
    formerNames: c.formerNames,
    latestSnapshot: c.latestSnapshot
      ? { ...c.latestSnapshot, collectedAt: c.latestSnapshot.collectedAt.toISOString() }
      : null,
  } satisfies ClusterResponse;
}
