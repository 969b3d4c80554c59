import {
  SNAPSHOT_API_VERSION,
  type NamespaceMatrixReport,
  type ReachQuestion,
  type ReachReport,
  type ReachWorkload,
} from '@kordon/contracts';
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
import { writeNamespacePairsJson } from './namespace-pairs-json';

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

/** The pairs of a namespace matrix, lazily: millions at 5,000 namespaces. */
export interface LazyPairs {
  items: () => Iterable<NamespaceMatrixReport['pairs'][number]>;
  /** Their exact `JSON.stringify(pairs, null, 2)` text at `indent`, written fast. */
  writeText: (indent: string, write: (text: string) => void) => void;
}

/** The matrix report without its pairs, and the pairs to write lazily. */
export function namespaceMatrixParts(model: NetworkModel): {
  report: NamespaceMatrixReport;
  pairs: LazyPairs;
} {
  const table = namespaceReachTable(model);
  const matrix = namespaceMatrixFromTable(table);
  const pairs: LazyPairs = {
    items: () => namespacePairs(table, matrix.default),
    writeText: (indent, write) => writeNamespacePairsJson(table, matrix.default, indent, write),
  };
  return { report: { default: matrix.default, namespaces: matrix.namespaces, pairs: [] }, pairs };
}

export function namespaceMatrixReport(model: NetworkModel): NamespaceMatrixReport {
  const parts = namespaceMatrixParts(model);
  return { ...parts.report, pairs: [...parts.pairs.items()] };
}

function question(model: NetworkModel, input: ReachQuestionInput): ReachQuestion {
  const e = explainConnection(model, input.from, input.to, input.query);
  return {
    from: e.from,
    to: e.to,
    port: e.port,
    protocol: e.protocol,
    allowed: e.allowed,
    ports: e.ports,
    egress: e.egress,
    ingress: e.ingress,
  };
}

/** A report whose `namespaceMatrix.pairs` is left empty, to be written from `pairs` (see `writeJson`). */
export interface LazyReachReport {
  report: ReachReport;
  pairs: LazyPairs | null;
}

/** The `ReachReport`: isolation per workload, then connections, the namespace matrix (`summary`) or one question. */
export function buildLazyReachReport(
  result: AnalysisResult,
  summary: boolean,
  ask: ReachQuestionInput | null,
): LazyReachReport {
  const model = result.network.model;
  const { verdict, plugins, evidence } = result.network.cni;
  const report: ReachReport = {
    apiVersion: SNAPSHOT_API_VERSION,
    kind: 'ReachReport',
    cni: { verdict, plugins, evidence },
    workloads: reachWorkloads(result),
  };
  let pairs: LazyReachReport['pairs'] = null;
  if (ask) report.question = question(model, ask);
  else if (summary) {
    const matrix = namespaceMatrixParts(model);
    report.namespaceMatrix = matrix.report;
    pairs = matrix.pairs;
  } else
    report.connections = [...connections(model)].map((c) => ({
      from: c.from,
      to: c.to,
      allowed: c.allowed,
    }));
  return { report, pairs };
}

/** The whole `ReachReport`, pairs included. */
export function buildReachReport(
  result: AnalysisResult,
  summary: boolean,
  ask: ReachQuestionInput | null,
): ReachReport {
  const { report, pairs } = buildLazyReachReport(result, summary, ask);
  if (report.namespaceMatrix && pairs) report.namespaceMatrix.pairs = [...pairs.items()];
  return report;
}
