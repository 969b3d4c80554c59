import { postureScore } from '@kordon/contracts';
import type { AnalysisResult } from '@kordon/engine';
import { CLUSTER_TOTAL, type PostureRow } from '@kordon/db';
import { namespaceReach } from './namespace-reach';

type Tally = Omit<PostureRow, 'score' | 'scoreParts' | 'reach' | 'cni'>;

function emptyTally(namespace: string): Tally {
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

class Tallies {
  readonly total = emptyTally(CLUSTER_TOTAL);
  readonly byNamespace = new Map<string, Tally>();

  /** The tallies a fact counts in: the cluster total, plus its namespace's when it has one. */
  of(namespace: string): Tally[] {
    if (!namespace) return [this.total];
    let t = this.byNamespace.get(namespace);
    if (!t) {
      t = emptyTally(namespace);
      this.byNamespace.set(namespace, t);
    }
    return [this.total, t];
  }
}

function tally(
  result: AnalysisResult,
  findings: { namespace: string; severity: string }[],
): Tallies {
  const t = new Tallies();
  for (const ns of result.namespaces) {
    for (const x of t.of(ns.name)) {
      x.defaultDenyIngress += ns.isolation?.defaultDenyIngress ? 1 : 0;
      x.defaultDenyEgress += ns.isolation?.defaultDenyEgress ? 1 : 0;
    }
  }
  for (const w of result.workloads) {
    for (const x of t.of(w.workload.namespace)) {
      x.workloads += 1;
      x.levels[w.level] += 1;
      x.ingressIsolated += w.isolation?.ingressIsolated ? 1 : 0;
      x.egressIsolated += w.isolation?.egressIsolated ? 1 : 0;
    }
  }
  for (const f of findings) {
    const sev = f.severity as keyof Tally['severities'];
    if (sev in t.total.severities) for (const x of t.of(f.namespace)) x.severities[sev] += 1;
  }
  const exposed = new Set(result.network.exposures.flatMap((e) => e.workloads));
  for (const id of exposed) for (const x of t.of(namespaceOf(id))) x.exposed += 1;
  for (const p of result.network.attackPaths)
    for (const x of t.of(namespaceOf(p.from))) x.attackPaths += 1;
  t.total.namespaces = t.byNamespace.size;
  return t;
}

/**
 * The posture rows of one analysis: one per namespace plus the cluster total
 * (namespace ''), each with its score and parts. Attack paths count in the
 * namespace where they start (the exposed workload).
 */
export function postureRows(
  result: AnalysisResult,
  findings: { namespace: string; severity: string }[],
): PostureRow[] {
  const t = tally(result, findings);
  const cni = result.network.cni.verdict;
  const withScore = (x: Tally, isTotal: boolean): PostureRow => {
    const s = postureScore({ ...x, cni });
    return {
      ...x,
      cni: isTotal ? cni : null,
      score: s.score,
      scoreParts: s.parts,
      reach: isTotal ? namespaceReach(result) : null,
    };
  };
  const rows = [withScore(t.total, true)];
  for (const name of [...t.byNamespace.keys()].sort())
    rows.push(withScore(t.byNamespace.get(name) as Tally, false));
  return rows;
}
