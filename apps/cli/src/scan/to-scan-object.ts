import type { ScanNamespace, ScanObject } from '@kordon/contracts';
import type { NamespaceAnalysis, PssEvaluation, WorkloadAnalysis } from '@kordon/engine';

function verdict(evaluation: PssEvaluation): ScanObject['pss']['baseline'] {
  return {
    allowed: evaluation.allowed,
    violations: evaluation.violations.map((v) => ({
      check: v.check,
      message: `${v.reason}: ${v.detail}`,
      path: v.fields[0]?.path ?? null,
    })),
  };
}

/** A workload as the scan report lists it. */
export function toScanObject(analysis: WorkloadAnalysis): ScanObject {
  const { workload } = analysis;
  return {
    kind: workload.kind,
    namespace: workload.namespace,
    name: workload.name,
    source: workload.source,
    level: analysis.level,
    pss: { baseline: verdict(analysis.pss.baseline), restricted: verdict(analysis.pss.restricted) },
    containers: analysis.containers.map((c) => ({ ...c })),
  };
}

export function toScanNamespace(ns: NamespaceAnalysis): ScanNamespace {
  return {
    name: ns.name,
    workloads: ns.workloads,
    labels: ns.labels,
    recommendedEnforce: ns.podSecurity.recommendedEnforce,
  };
}
