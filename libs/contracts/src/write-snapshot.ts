import { SNAPSHOT_END_KIND } from './snapshot-end';
import type { WireSnapshotHeader } from './snapshot-header';

/**
 * NDJSON line builders for writers (the CLI collector, the benchmark
 * generator). Each returns one line including its trailing `\n`.
 */
export function snapshotHeaderLine(header: WireSnapshotHeader): string {
  const ordered: WireSnapshotHeader = {
    apiVersion: header.apiVersion,
    kind: header.kind,
    cluster: { name: header.cluster.name, kubernetesVersion: header.cluster.kubernetesVersion },
    collectedAt: header.collectedAt,
    collector: { name: header.collector.name, version: header.collector.version },
    coverage: header.coverage,
  };
  return `${JSON.stringify(ordered)}\n`;
}

/** One object line; the object must already carry `apiVersion` and `kind`. */
export function snapshotObjectLine(object: object): string {
  return `${JSON.stringify(object)}\n`;
}

export function snapshotEndLine(objects: number): string {
  if (!Number.isInteger(objects) || objects < 0)
    throw new RangeError(`objects must be a non-negative integer, got ${objects}`);
  return `${JSON.stringify({ kind: SNAPSHOT_END_KIND, objects })}\n`;
}
