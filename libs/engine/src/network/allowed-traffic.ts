import { classPairVerdict } from './class-pair-verdict';
import type { NetworkModel } from './network-model';
import { describePorts, isEmptyPorts, type AllowedPorts } from './port-set';
import type { WorkloadClass } from './workload-class';

export interface AllowedTraffic {
  allowed: boolean;
  /** `[]` when nothing is allowed. */
  ports: AllowedPorts;
}

export function classOf(model: NetworkModel, workloadId: string): WorkloadClass {
  const cls = model.classOfWorkload.get(workloadId);
  if (!cls) throw new RangeError(`unknown workload: ${workloadId}`);
  return cls;
}

/** What `fromId` may send to `toId` (pod-to-pod, by NetworkPolicy). */
export function allowedTraffic(model: NetworkModel, fromId: string, toId: string): AllowedTraffic {
  const verdict = classPairVerdict(classOf(model, fromId), classOf(model, toId));
  const allowed = !isEmptyPorts(verdict.allowed);
  return { allowed, ports: allowed ? describePorts(verdict.allowed) : [] };
}

export interface Connection {
  from: string;
  to: string;
  allowed: AllowedPorts;
}

/**
 * Every ordered pair of distinct workloads with some allowed traffic, computed
 * once per pair of equivalence classes. Lazy: the pairs of a large cluster are
 * many more than fit in memory.
 */
export function* connections(model: NetworkModel): Generator<Connection> {
  for (const src of model.classes) {
    for (const dst of model.classes) {
      const verdict = classPairVerdict(src, dst);
      if (isEmptyPorts(verdict.allowed)) continue;
      const allowed = describePorts(verdict.allowed);
      for (const from of src.members) {
        for (const to of dst.members) {
          if (from !== to) yield { from, to, allowed };
        }
      }
    }
  }
}
