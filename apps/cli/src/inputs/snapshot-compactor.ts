import { samePodShape, securityAnnotations, type KubeObject, type ObjectMeta, type PodShape } from '@kordon/engine';
import { NO_SPEC_REF } from './snapshot-worker-protocol';

const CONTROLLERS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob']);
/** Distinct specs remembered per owner before a group stops sharing (per-pod mutations). */
const MAX_SHARED = 4;

interface Shared {
  id: number;
  shape: PodShape;
}

/** The metadata the analyzer reads: identity, labels, owners, the Pod Security annotations. */
function compactMeta(metadata: ObjectMeta | undefined): ObjectMeta | undefined {
  if (!metadata) return undefined;
  const out: ObjectMeta = {};
  if (metadata.name !== undefined) out.name = metadata.name;
  if (metadata.namespace !== undefined) out.namespace = metadata.namespace;
  if (metadata.uid !== undefined) out.uid = metadata.uid;
  if (metadata.labels !== undefined) out.labels = metadata.labels;
  const annotations = securityAnnotations(metadata.annotations);
  if (annotations) out.annotations = annotations;
  if (metadata.ownerReferences !== undefined) out.ownerReferences = metadata.ownerReferences;
  return out;
}

function podIpOnly(status: unknown): { podIP: unknown } | undefined {
  const podIP = (status as { podIP?: unknown } | undefined)?.podIP;
  return podIP === undefined ? undefined : { podIP };
}

/**
 * Shrinks parsed objects to what the analyzer reads before they cross to the
 * main thread: pods and controllers lose their status (a pod keeps its IP) and
 * the metadata no check reads; a pod whose spec equals (as `samePodShape`
 * compares) one already sent for the same owner refers to it instead of
 * carrying it again. Other kinds pass unchanged.
 */
export class SnapshotCompactor {
  private readonly groups = new Map<string, Shared[] | null>();
  private nextId = 0;

  /** The object to post and its spec reference (see `ObjectBatch`). */
  compact(object: KubeObject): { object: KubeObject; specRef: number } {
    const kind = object.kind ?? '';
    if (kind !== 'Pod' && !CONTROLLERS.has(kind)) return { object, specRef: NO_SPEC_REF };
    const out: KubeObject = { apiVersion: object.apiVersion, kind, metadata: compactMeta(object.metadata), spec: object.spec };
    if (kind !== 'Pod') return { object: out, specRef: NO_SPEC_REF };
    const status = podIpOnly(object.status);
    if (status) out.status = status;
    const specRef = this.share(out);
    return { object: out, specRef };
  }

  private share(pod: KubeObject): number {
    const owner = pod.metadata?.ownerReferences?.[0];
    if (!owner || pod.spec === null || typeof pod.spec !== 'object') return NO_SPEC_REF;
    const key = `${pod.metadata?.namespace ?? ''}\u0000${owner.kind ?? ''}\u0000${owner.name ?? ''}\u0000${owner.uid ?? ''}`;
    const known = this.groups.get(key);
    if (known === null) return NO_SPEC_REF;
    const shape: PodShape = { spec: pod.spec as PodShape['spec'] };
    for (const s of known ?? []) {
      if (samePodShape(s.shape, shape)) {
        delete pod.spec;
        return s.id;
      }
    }
    if (known && known.length >= MAX_SHARED) {
      this.groups.set(key, null);
      return NO_SPEC_REF;
    }
    const entry = { id: this.nextId++, shape };
    if (known) known.push(entry);
    else this.groups.set(key, [entry]);
    return entry.id;
  }
}
