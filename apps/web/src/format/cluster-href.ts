/** Links between the cluster pages; every name that has a page links to it. */

const seg = encodeURIComponent;

export function clusterHref(cluster: string): string {
  return `/clusters/${seg(cluster)}`;
}

export function clusterPageHref(
  cluster: string,
  page: 'network' | 'issues' | 'namespaces' | 'diff',
): string {
  return `${clusterHref(cluster)}/${page}`;
}

/** Kinds that have a workload page (what the read model calls a workload). */
const WORKLOAD_KINDS = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
  'Pod',
]);

/** `namespace/Kind/name` → its workload page (null when the id is not a workload's). */
export function workloadHref(cluster: string, workloadId: string): string | null {
  const [namespace, kind, name, ...rest] = workloadId.split('/');
  if (!namespace || !kind || !name || rest.length > 0 || !WORKLOAD_KINDS.has(kind)) return null;
  return `${clusterHref(cluster)}/workloads/${seg(namespace)}/${seg(kind)}/${seg(name)}`;
}

export function namespaceHref(cluster: string, namespace: string): string {
  return `${clusterHref(cluster)}/namespaces#ns-${seg(namespace)}`;
}

export function snapshotHref(snapshotId: string): string {
  return `/snapshots/${seg(snapshotId)}`;
}
