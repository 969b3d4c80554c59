import type { CheckResult } from '../catalog/check-definition';
import type { KubeObject } from '../model/kube';
import { attackPaths } from '../network/attack-paths';
import type { CniSetting } from '../network/cni-settings';
import { detectCni } from '../network/detect-cni';
import { exposures } from '../network/exposures';
import { namespaceIsolation, workloadIsolation } from '../network/isolation-posture';
import { buildNetworkModel } from '../network/network-model';
import { networkFindings } from '../network/network-findings';
import {
  NAMESPACE_NAME_LABEL,
  type CniSignal,
  type NetNamespace,
  type NetworkInput,
} from '../network/network-input';
import { namespacePodSecurity } from '../pss/namespace-pod-security';
import type { PssLevelName } from '../pss/pss-types';
import type { PssVersion } from '../pss/pss-version';
import type { Workload } from '../workloads/workload';
import type {
  AnalysisResult,
  EngineFinding,
  NamespaceAnalysis,
  WorkloadAnalysis,
} from './analysis-types';
import { CHECK_CATALOG, findCheck } from './catalog';
import { evaluateWorkload } from './evaluate-workload';
import { toNetWorkload } from './network-projection';

export interface CollectedInput {
  namespaces: Map<string, NetNamespace>;
  policies: KubeObject[];
  services: KubeObject[];
  ingresses: KubeObject[];
  cniSignals: CniSignal[];
  cniSettings: CniSetting[];
  crdNames: string[];
  skippedKinds: Record<string, number>;
  objects: number;
}

/** Checks whose failure makes a workload a valuable target for an attack path. */
const RISKY_CHECKS = new Set([
  'pss.baseline.privileged',
  'pss.baseline.host-namespaces',
  'pss.baseline.windows-host-process',
]);

function toFinding(
  r: CheckResult,
  subject: { kind: string; namespace: string; name: string },
  source: EngineFinding['source'],
  fixYaml?: string,
): EngineFinding | null {
  const check = findCheck(r.checkId);
  if (!check) return null;
  // Assigned field by field, not spread: at 100,000s of findings the spreads dominate.
  const f: EngineFinding = Object.assign({}, r) as EngineFinding;
  f.kind = subject.kind;
  f.namespace = subject.namespace;
  f.name = subject.name;
  f.severity = check.severity;
  f.title = check.title;
  f.remediation = check.remediation;
  f.docsUrl = check.docsUrl;
  f.source = source;
  if (check.pssLevel) f.pssLevel = check.pssLevel;
  if (check.upstreamId) f.upstreamId = check.upstreamId;
  if (fixYaml) f.fixYaml = fixYaml;
  return f;
}

function allNamespaces(input: CollectedInput, workloads: Workload[]): NetNamespace[] {
  const out = new Map(input.namespaces);
  const mention = (name: string) => {
    if (name && !out.has(name)) out.set(name, { name, labels: { [NAMESPACE_NAME_LABEL]: name } });
  };
  for (const w of workloads) mention(w.namespace);
  for (const o of [...input.policies, ...input.services, ...input.ingresses])
    mention(o.metadata?.namespace ?? '');
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}

interface Evaluated {
  findings: EngineFinding[];
  analyses: Omit<WorkloadAnalysis, 'isolation'>[];
  risky: Set<string>;
}

function evaluateInto(
  w: Workload,
  version: PssVersion,
  securityContext: boolean,
  out: Evaluated,
): void {
  const { analysis, results } = evaluateWorkload(w, version, securityContext);
  out.analyses.push(analysis);
  for (const r of results) {
    if (RISKY_CHECKS.has(r.checkId)) out.risky.add(w.id);
    const f = toFinding(r, { kind: w.kind, namespace: w.namespace, name: w.name }, w.source);
    if (f) out.findings.push(f);
  }
}

/** Turns collected objects into verdicts: security context per workload, then the network. */
export function finishAnalysis(
  workloads: Workload[],
  input: CollectedInput,
  version: PssVersion,
  securityContext = true,
  repeated: Workload[] = [],
): Omit<AnalysisResult, 'pssVersion'> {
  const findings: EngineFinding[] = [];
  const analyses: Omit<WorkloadAnalysis, 'isolation'>[] = [];
  const risky = new Set<string>();
  for (const w of workloads)
    evaluateInto(w, version, securityContext, { findings, analyses, risky });
  const repeats: Omit<WorkloadAnalysis, 'isolation'>[] = [];
  for (const w of repeated)
    evaluateInto(w, version, securityContext, { findings, analyses: repeats, risky: new Set() });
  const namespaces = allNamespaces(input, workloads);
  const netInput: NetworkInput = {
    namespaces,
    workloads: workloads.map(toNetWorkload),
    policies: input.policies,
    services: input.services,
    ingresses: input.ingresses,
    cniSignals: input.cniSignals,
    crdNames: input.crdNames,
  };
  const model = buildNetworkModel(netInput);
  const cni = detectCni(input.cniSignals, input.crdNames, input.cniSettings);
  const exposed = exposures(netInput);
  const paths = attackPaths(model, exposed, risky);
  for (const nf of networkFindings(model, netInput, cni, risky, {
    exposures: exposed,
    attackPaths: paths,
  })) {
    const f = toFinding(nf.result, nf.subject, null, nf.fixYaml);
    if (f) findings.push(f);
  }
  const isolation = new Map(workloadIsolation(model).map((i) => [i.workload, i]));
  const nsIsolation = new Map(namespaceIsolation(model).map((i) => [i.namespace, i]));
  const levelsByNs = new Map<string, PssLevelName[]>();
  for (const a of analyses) {
    const list = levelsByNs.get(a.workload.namespace) ?? [];
    list.push(a.level);
    levelsByNs.set(a.workload.namespace, list);
  }
  const nsAnalyses: NamespaceAnalysis[] = namespaces.map((ns) => ({
    name: ns.name,
    labels: ns.labels,
    podSecurity: namespacePodSecurity(ns.labels, levelsByNs.get(ns.name) ?? [], version),
    isolation: nsIsolation.get(ns.name) ?? null,
    workloads: levelsByNs.get(ns.name)?.length ?? 0,
  }));
  return {
    objects: input.objects,
    skippedKinds: input.skippedKinds,
    duplicates: [],
    workloads: [
      ...analyses.map((a) => ({ ...a, isolation: isolation.get(a.workload.id) ?? null })),
      ...repeats.map((a) => ({ ...a, isolation: null })),
    ],
    namespaces: nsAnalyses,
    findings,
    network: { model, input: netInput, cni, exposures: exposed, attackPaths: paths },
    catalog: CHECK_CATALOG,
  };
}
