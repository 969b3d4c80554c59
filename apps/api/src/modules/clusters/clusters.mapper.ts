import type { ClusterSummary } from '@kordon/db';

export interface ClusterView {
  id: string;
  name: string;
  createdAt: string;
  snapshotCount: number;
  latestSnapshot: {
    id: string;
    status: string;
    collectedAt: string;
    counts: {
      critical: number;
      high: number;
      medium: number;
      low: number;
      info: number;
      total: number;
    } | null;
  } | null;
}

export function toClusterView(c: ClusterSummary): ClusterView {
  return {
    id: c.id,
    name: c.name,
    createdAt: c.createdAt.toISOString(),
    snapshotCount: c.snapshotCount,
    latestSnapshot: c.latestSnapshot
      ? { ...c.latestSnapshot, collectedAt: c.latestSnapshot.collectedAt.toISOString() }
      : null,
  };
}
