import type {
  ManifestWorkload,
  ReadModelDocuments,
  StoredNamespaceDetail,
  StoredNamespaceIsolation,
  StoredNamespaceNetwork,
  StoredWorkload,
} from '@kordon/contracts';
import {
  compactNetworkInput,
  danglingBackends,
  namespaceMatrix,
  type AnalysisResult,
  type Exposure,
  type NamespaceIsolation,
  type WorkloadAnalysis,
} from '@kordon/engine';

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function exposuresByWorkload(exposures: readonly Exposure[]): Map<string, Exposure[]> {
  const out = new Map<string, Exposure[]>();
  for (const e of exposures) {
    for (const id of e.workloads) {
      const list = out.get(id);
      if (list) list.push(e);
      else out.set(id, [e]);
    }
  }
  return out;
}

function storedWorkload(w: WorkloadAnalysis, exposures: Exposure[]): StoredWorkload {
  return {
    id: w.workload.id,
    namespace: w.workload.namespace,
    kind: w.workload.kind,
    name: w.workload.name,
    desiredReplicas: w.workload.desiredReplicas,
    observedPods: w.workload.observedPods,
    level: w.level,
    pss: w.pss,
    containers: w.containers,
    pod: w.pod,
    isolation: w.isolation,
    exposures,
  };
}

function withoutReach(iso: NamespaceIsolation): StoredNamespaceIsolation {
  const { reachableFrom: _reach, ...rest } = iso;
  return rest;
}

const byName = (a: { name: string }, b: { name: string }) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/**
 * The read model of one analysis, as documents: per namespace its workloads
 * (effective contexts, verdicts, exposures, isolation) and Pod Security, per
 * namespace the compact network input reach questions are answered from, and
 * the cluster-wide network results. Namespaces whose documents did not change
 * since an earlier snapshot store nothing new (see ReadModelRepository).
 */
export function readModelDocuments(result: AnalysisResult): ReadModelDocuments {
  const { network } = result;
  const exposed = exposuresByWorkload(network.exposures);
  const compact = compactNetworkInput(network.input);
  const workloadsByNs = group(result.workloads, (w) => w.workload.namespace);
  const netByNs = group(compact.workloads, (w) => w.namespace);
  const policiesByNs = group(compact.policies, (p) => p.metadata?.namespace ?? 'default');
  const nsInput = new Map(compact.namespaces.map((n) => [n.name, n]));
  const nsAnalysis = new Map(result.namespaces.map((n) => [n.name, n]));
  const names = new Set([...nsAnalysis.keys(), ...workloadsByNs.keys(), ...policiesByNs.keys()]);
  const namespaces = [...names].sort().map((name) => {
    const analysis = nsAnalysis.get(name);
    const workloads = (workloadsByNs.get(name) ?? [])
      .map((w) => storedWorkload(w, exposed.get(w.workload.id) ?? []))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const detail: StoredNamespaceDetail = {
      name,
      labels: analysis?.labels ?? {},
      podSecurity: analysis?.podSecurity ?? null,
      isolation: analysis?.isolation ? withoutReach(analysis.isolation) : null,
      workloads,
    };
    const networkDoc: StoredNamespaceNetwork = {
      namespace: nsInput.get(name) ?? null,
      workloads: [...(netByNs.get(name) ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1)),
      policies: policiesByNs.get(name) ?? [],
    };
    const list: ManifestWorkload[] = workloads.map((w) => ({
      kind: w.kind,
      name: w.name,
      level: w.level,
      exposed: w.exposures.length > 0,
    }));
    return { name, detail, network: networkDoc, workloads: list };
  });
  return {
    pssVersion: result.pssVersion,
    summary: {
      cni: network.cni,
      exposures: network.exposures,
      danglingBackends: danglingBackends(network.input),
      attackPaths: network.attackPaths,
    },
    matrix: namespaceMatrix(network.model),
    namespacesSummary: {
      isolation: result.namespaces.flatMap((n) => (n.isolation ? [withoutReach(n.isolation)] : [])),
      namespaces: result.namespaces.map((n) => ({
        name: n.name,
        workloads: n.workloads,
        podSecurity: n.podSecurity,
      })),
    },
    namespaces: namespaces.sort(byName),
  };
}
