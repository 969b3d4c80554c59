import type { KubeObject, PodSpec } from '../model/kube';
import type {
  CniSignal,
  NetContainerPort,
  NetHostPort,
  NetWorkload,
} from '../network/network-input';
import type { Workload } from '../workloads/workload';

/** The part of a workload the network analysis reads. */
export function toNetWorkload(w: Workload): NetWorkload {
  const ports: NetContainerPort[] = [];
  const hostPorts: NetHostPort[] = [];
  const images: string[] = [];
  const spec: PodSpec = w.podSpecs[0]?.spec ?? {};
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    if (typeof c.image === 'string') images.push(c.image);
    for (const p of c.ports ?? []) {
      if (typeof p.containerPort !== 'number') continue;
      const protocol = p.protocol ?? 'TCP';
      ports.push({ ...(p.name ? { name: p.name } : {}), containerPort: p.containerPort, protocol });
      if (typeof p.hostPort === 'number' && p.hostPort > 0) {
        hostPorts.push({ hostPort: p.hostPort, containerPort: p.containerPort, protocol });
      }
    }
  }
  return {
    id: w.id,
    namespace: w.namespace,
    kind: w.kind,
    name: w.name,
    labels: w.labels,
    ips: w.podIPs,
    hostNetwork: spec.hostNetwork === true,
    ports,
    hostPorts,
    images,
  };
}

/** DaemonSets, Deployments and pods as CNI evidence. */
export function toCniSignal(
  object: KubeObject,
  namespace: string,
  spec: PodSpec | undefined,
): CniSignal | null {
  const kind = object.kind;
  if (kind !== 'DaemonSet' && kind !== 'Deployment' && kind !== 'Pod') return null;
  const containers = [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])];
  return {
    kind,
    namespace,
    name: object.metadata?.name ?? '',
    images: containers.map((c) => c.image).filter((i): i is string => typeof i === 'string'),
    containerNames: containers.map((c) => c.name).filter((n): n is string => typeof n === 'string'),
  };
}
