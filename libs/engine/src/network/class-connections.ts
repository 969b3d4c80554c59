import { explainConnection } from './explain-connection';
import type { NetworkModel } from './network-model';
import type { RuleRef } from './policy-types';
import type { AllowedPorts } from './port-set';
import type { WorkloadClass } from './workload-class';

/** One workload pair that can connect, with the ports and the rules that allow it. */
export interface WorkloadConnection {
  from: string;
  to: string;
  ports: AllowedPorts;
  egressRules: RuleRef[];
  ingressRules: RuleRef[];
}

export interface WorkloadConnections {
  connections: WorkloadConnection[];
  /** False when the list stopped at `limit`. */
  complete: boolean;
}

type Template = Omit<WorkloadConnection, 'from' | 'to'>;

/** Whether the classes' members can connect (on any port), judged once for the class pair. */
function classTemplate(model: NetworkModel, a: WorkloadClass, b: WorkloadClass): Template | null {
  const e = explainConnection(model, a.representative.id, b.representative.id);
  if (!e.allowed) return null;
  return { ports: e.ports, egressRules: e.egress.rules, ingressRules: e.ingress.rules };
}

/**
 * Every allowed connection from a member of a `sources` class to a member of a
 * `destinations` class (a workload to itself excluded), judged per class pair
 * (see `WorkloadClass`), listed up to `limit`.
 */
export function classConnections(
  model: NetworkModel,
  sources: readonly WorkloadClass[],
  destinations: readonly WorkloadClass[],
  limit: number,
  only?: { from?: string; to?: string },
): WorkloadConnections {
  const connections: WorkloadConnection[] = [];
  for (const a of sources) {
    for (const b of destinations) {
      const t = classTemplate(model, a, b);
      if (!t) continue;
      for (const from of only?.from ? [only.from] : a.members) {
        for (const to of only?.to ? [only.to] : b.members) {
          if (from === to) continue;
          if (connections.length >= limit) return { connections, complete: false };
          connections.push({ from, to, ...t });
        }
      }
    }
  }
  return { connections, complete: true };
}

/** Workloads `workloadId` can reach (`outbound`) or be reached by (`inbound`), on some port. */
export function workloadConnections(
  model: NetworkModel,
  workloadId: string,
  direction: 'outbound' | 'inbound',
  limit: number,
): WorkloadConnections {
  const own = model.classOfWorkload.get(workloadId);
  if (!own) return { connections: [], complete: true };
  return direction === 'outbound'
    ? classConnections(model, [own], model.classes, limit, { from: workloadId })
    : classConnections(model, model.classes, [own], limit, { to: workloadId });
}

/** Workload pairs from namespace `from` to namespace `to` that can connect. */
export function namespaceCellConnections(
  model: NetworkModel,
  from: string,
  to: string,
  limit: number,
): WorkloadConnections {
  const inNs = (ns: string) => model.classes.filter((c) => c.namespace === ns);
  return classConnections(model, inNs(from), inNs(to), limit);
}
