import { classPairVerdict } from './class-pair-verdict';
import type { Exposure, ExposureKind } from './exposures';
import type { NetworkModel } from './network-model';
import type { RuleRef } from './policy-types';
import type { WorkloadClass } from './workload-class';
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

function entryPoints(
  exposures: readonly Exposure[],
  model: NetworkModel,
): Map<string, Set<ExposureKind>> {
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

type HopTemplate = Omit<AttackHop, 'from' | 'to'>;

/** What a class pair allows, computed once per pair of classes (not per pair of workloads). */
function hopTemplate(
  src: WorkloadClass,
  dst: WorkloadClass,
  classes: number,
  memo: Map<number, HopTemplate | null>,
): HopTemplate | null {
  const key = src.index * classes + dst.index;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const v = classPairVerdict(src, dst);
  const template = isEmptyPorts(v.allowed)
    ? null
    : {
        ports: describePorts(v.allowed),
        egressRules: v.egress.rules.map((r) => r.ref),
        ingressRules: v.ingress.rules.map((r) => r.ref),
      };
  memo.set(key, template);
  return template;
}

/**
 * Direct (one-hop) paths from every exposed workload to every other risky
 * workload it can reach. A workload never reaches itself: an exposed workload
 * that is itself risky already has its exposure and security-context findings.
 */
export function attackPaths(
  model: NetworkModel,
  exposures: readonly Exposure[],
  riskyWorkloadIds: ReadonlySet<string>,
): AttackPath[] {
  const paths: AttackPath[] = [];
  const memo = new Map<number, HopTemplate | null>();
  const classes = model.classes.length;
  const risky = [...riskyWorkloadIds]
    .filter((id) => model.classOfWorkload.has(id))
    .sort()
    .map((id) => ({ id, cls: model.classOfWorkload.get(id) as WorkloadClass }));
  for (const [from, kinds] of [...entryPoints(exposures, model)].sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const src = model.classOfWorkload.get(from) as WorkloadClass;
    const exposureKinds = [...kinds].sort();
    for (const { id: to, cls } of risky) {
      if (to === from) continue;
      const h = hopTemplate(src, cls, classes, memo);
      if (h) paths.push({ from, to, exposures: exposureKinds, hops: [{ from, to, ...h }] });
    }
  }
  return paths;
}
