import { SNAPSHOT_API_VERSION, type NamespaceMatrixReport, type ReachQuestion, type ReachReport, type ReachWorkload } from '@kordon/contracts';
import {
  connections,
  explainConnection,
  namespaceMatrixFromTable,
  namespacePairs,
  namespaceReachTable,
  workloadIsolation,
  type AnalysisResult,
  type ConnectionQuery,
  type NetworkModel,
} from '@kordon/engine';

export interface ReachQuestionInput {
  from: string;
  to: string;
  query: ConnectionQuery;
}

function reachWorkloads(result: AnalysisResult): ReachWorkload[] {
  const byId = new Map(result.workloads.map((w) => [w.workload.id, w.workload]));
  return workloadIsolation(result.network.model).map((iso) => {
    const w = byId.get(iso.workload);
    const [, kind = '', name = ''] = iso.workload.split('/');
    return {
      id: iso.workload,
      namespace: iso.namespace,
      kind: w?.kind ?? kind,
      name: w?.name ?? name,
      hostNetwork: iso.hostNetwork,
      ingressIsolated: iso.ingressIsolated,
      egressIsolated: iso.egressIsolated,
    };
  });
}

export function namespaceMatrixReport(model: NetworkModel): NamespaceMatrixReport {
  const table = namespaceReachTable(model);
  const matrix = namespaceMatrixFromTable(table);
  return { default: matrix.default, namespaces: matrix.namespaces, pairs: [...namespacePairs(table, matrix.default)] };
}

function question(model: NetworkModel, input: ReachQuestionInput): ReachQuestion {
  const e = explainConnection(model, input.from, input.to, input.query);
  return { from: e.from, to: e.to, port: e.port, protocol: e.protocol, allowed: e.allowed, ports: e.ports, egress: e.egress, ingress: e.ingress };
}

/** The `ReachReport`: isolation per workload, then connections, the namespace matrix (`summary`) or one question. */
export function buildReachReport(result: AnalysisResult, summary: boolean, ask: ReachQuestionInput | null): ReachReport {
  const model = result.network.model;
  const { verdict, plugins, evidence } = result.network.cni;
  const report: ReachReport = { apiVersion: SNAPSHOT_API_VERSION, kind: 'ReachReport', cni: { verdict, plugins, evidence }, workloads: reachWorkloads(result) };
  if (ask) report.question = question(model, ask);
  else if (summary) report.namespaceMatrix = namespaceMatrixReport(model);
  else report.connections = [...connections(model)].map((c) => ({ from: c.from, to: c.to, allowed: c.allowed }));
  return report;
}
