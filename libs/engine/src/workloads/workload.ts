import type { Labels, PodShape } from '../model/kube';

/** Kinds that own pods, in the order they appear in an ownership chain. */
export const CONTROLLER_KINDS = [
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
] as const;
export type ControllerKind = (typeof CONTROLLER_KINDS)[number];

/** Where an object came from (CLI scans of files); absent for cluster snapshots. */
export interface SourceLocation {
  file: string;
  line: number;
}

/**
 * A workload: what a person deploys and fixes. Pods are grouped under the
 * controller that owns them (Pod → ReplicaSet → Deployment, Pod → Job → CronJob);
 * bare and mirror pods stand for themselves.
 */
export interface Workload {
  /** `namespace/Kind/name` — stable across restarts and rollouts. */
  id: string;
  kind: string;
  namespace: string;
  name: string;
  uid: string | null;
  /** Labels of the pods (or of the pod template when no pod was seen). */
  labels: Labels;
  /** Replicas the controller asks for; `null` where that does not apply (DaemonSet, bare pod) or is unknown. */
  desiredReplicas: number | null;
  /** Pods of this workload present in the input. */
  observedPods: number;
  /**
   * The distinct pod specs to evaluate: those of the observed pods (deduplicated —
   * mutations and rollouts make them differ from the template), else the template.
   */
  podSpecs: PodShape[];
  /** True when `podSpecs` is the controller's template because no pod was observed. */
  fromTemplate: boolean;
  /** Pod IPs seen (for ipBlock matching). */
  podIPs: string[];
  /** True when the owner named by a reference is not in the input (the workload is inferred). */
  ownerMissing: boolean;
  source: SourceLocation | null;
}

/** One identity (`namespace/Kind/name`) defined twice: where each came from. */
export interface DuplicateIdentity {
  id: string;
  first: SourceLocation | null;
  second: SourceLocation | null;
}

export function workloadId(namespace: string, kind: string, name: string): string {
  return `${namespace}/${kind}/${name}`;
}
