import { KordonError, SNAPSHOT_API_VERSION, type SnapshotHeader } from '@kordon/contracts';

/**
 * An upload's header must name the URL's cluster, and its `collectedAt` may
 * not lie further in the future than the clock-skew tolerance: a snapshot from
 * year 9999 would otherwise stay "the newest" and freeze issue tracking.
 */
export function checkUploadHeader(
  clusterName: string,
  header: SnapshotHeader,
  now: Date,
  maxSkewS: number,
): void {
  if (header.cluster.name && header.cluster.name !== clusterName) {
    throw new KordonError(
      'cluster_mismatch',
      `the snapshot is of cluster "${header.cluster.name}" but was uploaded to "${clusterName}"`,
      [
        {
          path: 'cluster.name',
          problem: `"${header.cluster.name}" differs from the URL's "${clusterName}"`,
        },
      ],
    );
  }
  const collectedAt = header.collectedAt ? Date.parse(header.collectedAt) : NaN;
  if (collectedAt > now.getTime() + maxSkewS * 1000) {
    const problem = `lies in the future (more than ${maxSkewS} s after the server's ${now.toISOString()}; KORDON_MAX_CLOCK_SKEW_S)`;
    throw new KordonError('invalid_snapshot', `collectedAt ${problem}`, [
      { path: 'collectedAt', problem },
    ]);
  }
}

/** The header written in front of a sanitized body. */
export function storedHeader(clusterName: string, header: SnapshotHeader) {
  return {
    apiVersion: SNAPSHOT_API_VERSION as typeof SNAPSHOT_API_VERSION,
    kind: 'ClusterSnapshot' as const,
    cluster: {
      name: clusterName,
      kubernetesVersion: header.cluster.kubernetesVersion ?? 'v0.0.0',
    },
    collectedAt: header.collectedAt ?? new Date().toISOString(),
    collector: header.collector ?? { name: 'unknown', version: 'unknown' },
    coverage: header.coverage,
  };
}
