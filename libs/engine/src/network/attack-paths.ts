import { classPairVerdict } from './class-pair-verdict';
import type { Exposure, ExposureKind } from './exposures';
import type { NetworkModel } from './network-model';
import type { RuleRef } from './policy-types';
import { describePorts, isEmptyPorts, type AllowedPorts } from './port-set';

export interface AttackHop {
  from: string;
  to: string;
  ports: AllowedPorts;
  /** Rules that allow the hop; empty for a side that is not isolated. */
  egressRules: RuleRef[];
  ingressRules: RuleRef[];
}

/** An exposed workload that reaches a risky (privileged or host-namespace) workload. */
export interface AttackPath {
  from: string;
  to: string;
  /** How `from` is exposed. */
  exposures: ExposureKind[];
  /** One hop today (direct paths); `from` and `to` always differ. */
  hops: AttackHop[];
}

function entryPoints(exposures: readonly Exposure[], model: NetworkModel): Map<string, Set<ExposureKind>> {
  const entries = new Map<string, Set<ExposureKind>>();
  for (const e of exposures) {
    for (const id of e.workloads) {
      if (!model.classOfWorkload.has(id)) continue;
      const kinds = entries.get(id) ?? new Set<ExposureKind>();
      kinds.add(e.kind);
      entries.set(id, kinds);
    }
  }
  return entries;
}

function hop(model: NetworkModel, from: string, to: string): AttackHop | null {
  const src = model.classOfWorkload.get(from);
  const dst = model.classOfWorkload.get(to);
  if (!src || !dst) return null;
  const v = classPairVerdict(src, dst);
  if (isEmptyPorts(v.allowed)) return null;
  return {
    from,
    to,
    ports: describePorts(v.allowed),
    egressRules: v.egress.rules.map((r) => r.ref),
    ingressRules: v.ingress.rules.map((r) => r.ref),
  };
}

/**
 * Direct (one-hop) paths from every exposed workload to every other risky
 * workload it can reach. A workload never reaches itself: an exposed workload
 * that is itself risky already has its exposure and security-context findings.
 */
export function attackPaths(model: NetworkModel, exposures: readonly Exposure[], riskyWorkloadIds: ReadonlySet<string>): AttackPath[] {
  const paths: AttackPath[] = [];
  const risky = [...riskyWorkloadIds].filter((id) => model.classOfWorkload.has(id)).sort();
  for (const [from, kinds] of [...entryPoints(exposures, model)].sort(([a], [b]) => a.localeCompare(b))) {
    const exposureKinds = [...kinds].sort();
    for (const to of risky) {
      if (to === from) continue;
      const h = hop(model, from, to);
      if (h) paths.push({ from, to, exposures: exposureKinds, hops: [h] });
    }
  }
  return paths;
}
