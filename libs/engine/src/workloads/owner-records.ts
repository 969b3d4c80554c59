import type { Labels, OwnerReference, PodShape } from '../model/kube';
import type { SourceLocation } from './workload';

/** A compact projection of a controller object (Deployment, ReplicaSet, Job, …). */
export interface ControllerRecord {
  kind: string;
  namespace: string;
  name: string;
  uid: string | null;
  owner: OwnerReference | null;
  desiredReplicas: number | null;
  template: PodShape | null;
  source: SourceLocation | null;
}

/** A compact projection of a pod: its spec lives once in the shared spec table. */
export interface PodRecord {
  namespace: string;
  name: string;
  uid: string | null;
  owner: OwnerReference | null;
  specIndex: number;
  labels: Labels;
  ip: string | null;
  source: SourceLocation | null;
}

/** The `controller: true` owner reference, if any. */
export function controllerRef(refs: OwnerReference[] | undefined): OwnerReference | null {
  if (!Array.isArray(refs)) return null;
  for (const ref of refs) {
    if (
      ref &&
      ref.controller === true &&
      typeof ref.kind === 'string' &&
      typeof ref.name === 'string'
    ) {
      return ref;
    }
  }
  return null;
}
