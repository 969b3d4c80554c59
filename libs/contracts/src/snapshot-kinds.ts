/** The kinds Kordon reads (the intake's allow-list). Others are allowed in a snapshot, counted and skipped. */
export const SNAPSHOT_KINDS = [
  'Namespace',
  'Node',
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
  'ServiceAccount',
  'Service',
  'Ingress',
  'NetworkPolicy',
  'CustomResourceDefinition',
  /** Only `CNI_SETTING_KEYS` (engine): the key that says whether NetworkPolicy is enforced. */
  'ConfigMap',
] as const;

export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  'Namespace',
  'Node',
  'CustomResourceDefinition',
]);

const KNOWN: ReadonlySet<string> = new Set(SNAPSHOT_KINDS);

export function isSnapshotKind(kind: string): kind is SnapshotKind {
  return KNOWN.has(kind);
}

/** True for the namespaced kinds Kordon reads; unknown kinds are not judged. */
export function isNamespacedKind(kind: string): boolean {
  return KNOWN.has(kind) && !CLUSTER_SCOPED_KINDS.has(kind);
}

/** Kinds whose pod template sits at `spec.template.spec`. */
export const POD_TEMPLATE_KINDS: ReadonlySet<string> = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
]);
