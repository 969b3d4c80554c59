import { isDefaultDeny } from './is-default-deny';
import type { NetworkModel } from './network-model';
import { namespaceReachTable, type NamespaceReachTable } from './namespace-reach-table';
import { REACH_NONE } from './reach';

export interface WorkloadIsolation {
  workload: string;
  namespace: string;
  hostNetwork: boolean;
  ingressIsolated: boolean;
  egressIsolated: boolean;
  ingressPolicies: string[];
  egressPolicies: string[];
}

export interface NamespaceIsolation {
  namespace: string;
  defaultDenyIngress: boolean;
  defaultDenyEgress: boolean;
  workloads: number;
  /** Share (0–1) of the namespace's workloads isolated for ingress/egress; 0 without workloads. */
  ingressIsolatedShare: number;
  egressIsolatedShare: number;
  /** Namespaces with a workload that can reach some workload here (itself included when it can). */
  reachableFrom: string[];
}

export function workloadIsolation(model: NetworkModel): WorkloadIsolation[] {
  return model.classes.flatMap((cls) =>
    cls.members.map((workload) => ({
      workload,
      namespace: cls.namespace,
      hostNetwork: cls.representative.hostNetwork,
      ingressIsolated: cls.ingressPolicies.length > 0,
      egressIsolated: cls.egressPolicies.length > 0,
      ingressPolicies: cls.ingressPolicies.map((p) => p.id),
      egressPolicies: cls.egressPolicies.map((p) => p.id),
    })),
  );
}

function reachableFromLists(table: NamespaceReachTable): Map<string, string[]> {
  const d = table.destProfileCount;
  const byProfile: string[][] = Array.from({ length: d }, () => []);
  const names = table.namespaces;
  for (let p = 0; p < d; p++) {
    names.forEach((name, a) => {
      if ((table.cells[(table.sourceProfile[a] ?? 0) * d + p] ?? REACH_NONE) !== REACH_NONE)
        byProfile[p]?.push(name);
    });
  }
  const out = new Map<string, string[]>();
  names.forEach((name, b) => {
    const p = table.destProfile[b] ?? 0;
    const shared = byProfile[p] ?? [];
    const listed =
      (table.cells[(table.sourceProfile[b] ?? 0) * d + p] ?? REACH_NONE) !== REACH_NONE;
    const self = (table.self[b] ?? REACH_NONE) !== REACH_NONE;
    if (listed === self) out.set(name, shared);
    else out.set(name, self ? [...shared, name].sort() : shared.filter((n) => n !== name));
  });
  return out;
}

/** Per-namespace posture. `reachableFrom` arrays may be shared between namespaces: treat them as read-only. */
export function namespaceIsolation(
  model: NetworkModel,
  table = namespaceReachTable(model),
): NamespaceIsolation[] {
  const reachable = reachableFromLists(table);
  const counts = new Map<string, { total: number; ingress: number; egress: number }>();
  for (const cls of model.classes) {
    const c = counts.get(cls.namespace) ?? { total: 0, ingress: 0, egress: 0 };
    c.total += cls.members.length;
    if (cls.ingressPolicies.length > 0) c.ingress += cls.members.length;
    if (cls.egressPolicies.length > 0) c.egress += cls.members.length;
    counts.set(cls.namespace, c);
  }
  return [...model.namespaces.keys()].sort().map((namespace) => {
    const policies = model.policiesByNamespace.get(namespace) ?? [];
    const c = counts.get(namespace) ?? { total: 0, ingress: 0, egress: 0 };
    return {
      namespace,
      defaultDenyIngress: policies.some((p) => isDefaultDeny(p, 'ingress')),
      defaultDenyEgress: policies.some((p) => isDefaultDeny(p, 'egress')),
      workloads: c.total,
      ingressIsolatedShare: c.total === 0 ? 0 : c.ingress / c.total,
      egressIsolatedShare: c.total === 0 ? 0 : c.egress / c.total,
      reachableFrom: reachable.get(namespace) ?? [],
    };
  });
}
