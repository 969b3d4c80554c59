import type { PssLevel, Severity } from '../model/vocabulary';

/** The namespace of the cluster-total tally (and of the cluster-total posture row). */
export const CLUSTER_TOTAL = '';

/**
 * What a namespace (or the whole cluster) counts at one snapshot: the inputs of
 * its posture score and of the posture history.
 */
export interface PostureTally {
  /** A namespace name, or `CLUSTER_TOTAL` (''). */
  namespace: string;
  /** 1 for a namespace; the cluster total: how many namespaces have anything counted. */
  namespaces: number;
  workloads: number;
  levels: Record<PssLevel, number>;
  /** Open findings that count (suppressed ones excluded by the caller), by severity. */
  severities: Record<Severity, number>;
  ingressIsolated: number;
  egressIsolated: number;
  /** A namespace: 0 or 1; the cluster total: how many namespaces. */
  defaultDenyIngress: number;
  defaultDenyEgress: number;
  /** Workloads reachable from outside the cluster. */
  exposed: number;
  /** Attack paths, counted in the namespace where they start (the exposed workload). */
  attackPaths: number;
}

/** The finding facts a tally needs. */
export interface TalliedFinding {
  namespace: string;
  severity: string;
}

/** What a tally reads of an analysis (an `AnalysisResult` is one). */
export interface PostureTallyInput {
  namespaces: readonly {
    name: string;
    isolation: { defaultDenyIngress: boolean; defaultDenyEgress: boolean } | null;
  }[];
  workloads: readonly {
    workload: { namespace: string };
    level: PssLevel;
    isolation: { ingressIsolated: boolean; egressIsolated: boolean } | null;
  }[];
  network: {
    /** Each exposure's workload ids (`namespace/Kind/name`). */
    exposures: readonly { workloads: readonly string[] }[];
    /** Each path's starting workload id. */
    attackPaths: readonly { from: string }[];
  };
}

export interface PostureTallies {
  total: PostureTally;
  /** One per namespace that has a workload, a namespace object, a finding, an exposure or a path; by name. */
  namespaces: PostureTally[];
}

function emptyTally(namespace: string): PostureTally {
  return {
    namespace,
    namespaces: namespace === CLUSTER_TOTAL ? 0 : 1,
    workloads: 0,
    levels: { privileged: 0, baseline: 0, restricted: 0 },
    severities: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
    ingressIsolated: 0,
    egressIsolated: 0,
    defaultDenyIngress: 0,
    defaultDenyEgress: 0,
    exposed: 0,
    attackPaths: 0,
  };
}

const namespaceOf = (workloadId: string) => workloadId.split('/')[0] ?? '';

/**
 * Counts an analysis per namespace and for the whole cluster: workloads by Pod
 * Security level, isolation and default-deny, findings by severity, exposed
 * workloads and attack paths. A fact without a namespace (a cluster-scoped
 * finding) counts in the cluster total only.
 */
export function tallyPosture(
  result: PostureTallyInput,
  findings: readonly TalliedFinding[],
): PostureTallies {
  const total = emptyTally(CLUSTER_TOTAL);
  const byNamespace = new Map<string, PostureTally>();
  const of = (namespace: string): PostureTally[] => {
    if (!namespace) return [total];
    let t = byNamespace.get(namespace);
    if (!t) {
      t = emptyTally(namespace);
      byNamespace.set(namespace, t);
    }
    return [total, t];
  };
  for (const ns of result.namespaces) {
    for (const x of of(ns.name)) {
      x.defaultDenyIngress += ns.isolation?.defaultDenyIngress ? 1 : 0;
      x.defaultDenyEgress += ns.isolation?.defaultDenyEgress ? 1 : 0;
    }
  }
  for (const w of result.workloads) {
    for (const x of of(w.workload.namespace)) {
      x.workloads += 1;
      x.levels[w.level] += 1;
      x.ingressIsolated += w.isolation?.ingressIsolated ? 1 : 0;
      x.egressIsolated += w.isolation?.egressIsolated ? 1 : 0;
    }
  }
  for (const f of findings) {
    const sev = f.severity as Severity;
    if (sev in total.severities) for (const x of of(f.namespace)) x.severities[sev] += 1;
  }
  const exposed = new Set(result.network.exposures.flatMap((e) => e.workloads));
  for (const id of exposed) for (const x of of(namespaceOf(id))) x.exposed += 1;
  for (const p of result.network.attackPaths)
    for (const x of of(namespaceOf(p.from))) x.attackPaths += 1;
  total.namespaces = byNamespace.size;
  const names = [...byNamespace.keys()].sort();
  return { total, namespaces: names.map((n) => byNamespace.get(n) as PostureTally) };
}
