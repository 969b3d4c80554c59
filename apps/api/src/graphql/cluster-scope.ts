import { KordonError } from '@kordon/contracts';
import type { ClusterView } from '../modules/clusters/clusters.mapper';
import type { SnapshotView } from '../modules/snapshots/snapshots.mapper';
import type { RequestLoaders } from './loaders/request-loaders';

/**
 * Cluster scoping for GraphQL, the one rule: a field that takes a cluster name or a snapshot id
 * as an argument resolves it here, and a cluster the caller is restricted away from answers
 * `not_found` — the same error, word for word, as one that does not exist (never a `forbidden`
 * that would confirm it). Fields of `Cluster` and `Snapshot` trust their parent, which was
 * reached through these (or the scoped loaders behind them) in the first place.
 */
export async function visibleCluster(
  loaders: RequestLoaders,
  name: string,
  path: string,
): Promise<ClusterView> {
  const cluster = await loaders.clusterByName.load(name);
  if (!cluster)
    throw new KordonError('not_found', `no cluster named "${name}"`, [
      { path, problem: 'unknown cluster' },
    ]);
  return cluster;
}

/** The snapshot with this id when the caller may see its cluster; else `not_found`. */
export async function visibleSnapshot(
  loaders: RequestLoaders,
  id: string,
  path: string,
): Promise<SnapshotView> {
  const snapshot = await loaders.snapshotById.load(id);
  if (!snapshot)
    throw new KordonError('not_found', `no snapshot with id "${id}"`, [
      { path, problem: 'unknown snapshot' },
    ]);
  return snapshot;
}
