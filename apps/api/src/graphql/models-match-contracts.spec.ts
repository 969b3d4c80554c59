/**
 * Compile-time: every GraphQL model carries the fields of its zod-inferred
 * response shape (libs/contracts) with the same types, and no field the shape
 * lacks — except the differences listed here, each with its reason. Drift in
 * either direction fails `npm run typecheck` (part of `npm test`); the runtime
 * assertion only keeps Jest from reporting an empty suite.
 */
import type {
  AuditEventView,
  CiFinding,
  ClusterResponse,
  FindingResponse,
  IssueResponse,
  PosturePointResponse,
  PostureTrendResponse,
  ScanGate as ScanGateResponse,
  ScanView,
  SnapshotDiffResponse,
  SnapshotResponse,
  SuppressionView,
  CheckCatalogResponse,
  CheckResponse,
  DefaultDenyResponse,
  MatrixCellResponse,
  NamespacesViewResponse,
  NetworkViewResponse,
  ReachAnswerResponse,
  ReachPorts as ReachPortsResponse,
  WorkloadDetailResponse,
  WorkloadPeerResponse,
  WorkloadSummaryResponse,
} from '@kordon/contracts';
import type { AuditEvent } from '../modules/audit/models/audit-event.model';
import type { Cluster } from '../modules/clusters/models/cluster.model';
import type { ReachChanges, SnapshotDiff } from '../modules/diffs/models/snapshot-diff.model';
import type { Issue } from '../modules/issues/models/issue.model';
import type { PosturePoint } from '../modules/posture/models/posture-point.model';
import type { PostureSeries } from '../modules/posture/models/posture-series.model';
import type { ScanFinding } from '../modules/scans/models/scan-finding.model';
import type { Scan, ScanGate } from '../modules/scans/models/scan.model';
import type { Finding } from '../modules/snapshots/models/finding.model';
import type { Snapshot } from '../modules/snapshots/models/snapshot.model';
import type { Suppression } from '../modules/suppressions/models/suppression.model';
import type { Check, CheckCatalog } from '../modules/checks/models/check.model';
import type {
  NamespaceNote,
  NamespacePodSecurity,
  NamespacesView,
} from '../modules/namespaces/models/namespaces-view.model';
import type { DefaultDenyPolicy } from '../modules/network/models/default-deny.model';
import type { MatrixCell } from '../modules/network/models/matrix-cell.model';
import type { AttackPath, NetworkView } from '../modules/network/models/network-view.model';
import type { ReachAnswer, ReachDirection } from '../modules/network/models/reach-answer.model';
import type { ReachPort, WorkloadPair } from '../modules/network/models/reach.model';
import type {
  EffectiveContainer,
  SourcedJson,
} from '../modules/workloads/models/effective-container.model';
import type { Exposure } from '../modules/workloads/models/exposure.model';
import type {
  PssVerdict,
  PssViolation,
  PssViolationField,
} from '../modules/workloads/models/pss-verdict.model';
import type {
  WorkloadDetail,
  WorkloadPeer,
  WorkloadReach,
} from '../modules/workloads/models/workload-detail.model';
import type { WorkloadSummary } from '../modules/workloads/models/workload-summary.model';

/** Mutually assignable (nested objects compared by structure, classes included). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * `true` when `Model` has exactly `Contract`'s fields with the same types, leaving
 * out `ContractOnly` (fields GraphQL shapes differently or resolves) and
 * `ModelOnly` (GraphQL-side fields: a JSON-encoded value, a resolver's key).
 */
type Matches<
  Model,
  Contract,
  ContractOnly extends keyof Contract = never,
  ModelOnly extends keyof Model = never,
> = {
  [K in Exclude<keyof Contract, ContractOnly>]: K extends keyof Model
    ? Same<Model[K], Contract[K]>
    : false;
}[Exclude<keyof Contract, ContractOnly>] extends true
  ? Exclude<keyof Model, ModelOnly> extends keyof Contract
    ? true
    : false
  : false;

// `latestSnapshot` is resolved as a whole Snapshot from `latestSnapshotId`.
const cluster: Matches<Cluster, ClusterResponse, 'latestSnapshot', 'latestSnapshotId'> = true;
const snapshot: Matches<Snapshot, SnapshotResponse> = true;
// `observed` (any JSON value) travels as `observedJson`, JSON-encoded: GraphQL has no JSON scalar here.
const finding: Matches<Finding, FindingResponse, 'observed', 'observedJson'> = true;
const issue: Matches<Issue, IssueResponse, 'observed', 'observedJson'> = true;
// `defaultDeny`: namespace points' booleans are 0/1 (a GraphQL field has one type).
const point: Matches<PosturePoint, PosturePointResponse, 'defaultDeny'> = true;
const defaultDeny: Same<PosturePoint['defaultDeny']['ingress'], number> = true;
// `points` hold PosturePoint (above); `namespaces` is resolved on demand from `clusterId`.
const series: Matches<
  PostureSeries,
  PostureTrendResponse,
  'points' | 'namespaces',
  'clusterId' | 'points'
> = true;
// Diff issues are Issue (above); namespace pairs are `{from, to}` objects instead of tuples.
const diff: Matches<SnapshotDiff, SnapshotDiffResponse, 'issues' | 'reach', 'issues' | 'reach'> =
  true;
const reach: Matches<
  ReachChanges,
  SnapshotDiffResponse['reach'],
  'becameReachable' | 'becameUnreachable',
  'becameReachable' | 'becameUnreachable'
> = true;
const scan: Matches<Scan, ScanView, 'gate', 'gate'> = true;
const scanGate: Matches<ScanGate, ScanGateResponse, 'newFindings', 'newFindings'> = true;
const scanFinding: Matches<ScanFinding, CiFinding> = true;
const suppression: Matches<Suppression, SuppressionView> = true;
const auditEvent: Matches<AuditEvent, AuditEventView, 'details', 'details'> = true;

// Read model II. Everywhere: any JSON value (`z.unknown()`, a record) travels JSON-encoded as
// `…Json`; ports (`"all"` or a list) are `ReachPorts {all, list}`; labels are `[{name, value}]`.
type Detail = WorkloadDetailResponse;
type Container = Detail['containers'][number];
type Verdict = Detail['pss']['baseline'];
type Violation = Verdict['violations'][number];
type JsonFields = 'seccompProfile' | 'appArmorProfile' | 'seLinuxOptions';
const workloadSummary: Matches<WorkloadSummary, WorkloadSummaryResponse> = true;
// `isolation` and `history` compare whole; the rest below.
type DetailParts = 'pss' | 'containers' | 'exposures' | 'reach';
const workloadDetail: Matches<
  WorkloadDetail,
  Detail,
  DetailParts | 'pod',
  DetailParts | 'podJson'
> = true;
const verdicts: Matches<
  WorkloadDetail['pss'],
  Detail['pss'],
  'baseline' | 'restricted',
  'baseline' | 'restricted'
> = true;
const verdict: Matches<PssVerdict, Verdict, 'violations', 'violations'> = true;
const violation: Matches<PssViolation, Violation, 'fields', 'fields'> = true;
const violationField: Matches<
  PssViolationField,
  Violation['fields'][number],
  'observed',
  'observedJson'
> = true;
const container: Matches<EffectiveContainer, Container, JsonFields, JsonFields> = true;
const sourcedJson: Same<SourcedJson['source'], Container['seccompProfile']['source']> = true;
const exposure: Matches<Exposure, Detail['exposures'][number], 'details', 'detailsJson'> = true;
const workloadReach: Matches<
  WorkloadReach,
  Detail['reach'],
  'canReach' | 'reachableFrom',
  'canReach' | 'reachableFrom'
> = true;
const peer: Matches<WorkloadPeer, WorkloadPeerResponse, 'ports', 'ports'> = true;
const reachPort: Same<ReachPort, Exclude<ReachPortsResponse, 'all'>[number]> = true;
type NetworkParts = 'exposures' | 'danglingBackends' | 'attackPaths';
const network: Matches<NetworkView, NetworkViewResponse, NetworkParts, NetworkParts> = true;
type AttackPathResponse = NetworkViewResponse['attackPaths'][number];
const attackPath: Matches<AttackPath, AttackPathResponse, 'hops', 'hops'> = true;
const pair: Matches<WorkloadPair, AttackPathResponse['hops'][number], 'ports', 'ports'> = true;
const cellPair: Same<AttackPathResponse['hops'][number], MatrixCellResponse['pairs'][number]> =
  true;
const cell: Matches<MatrixCell, MatrixCellResponse, 'pairs', 'pairs'> = true;
type ReachParts = 'ports' | 'egress' | 'ingress';
const reachAnswer: Matches<ReachAnswer, ReachAnswerResponse, ReachParts, ReachParts> = true;
const direction: Matches<ReachDirection, ReachAnswerResponse['egress'], 'ports', 'ports'> = true;
const defaultDenyPolicy: Matches<DefaultDenyPolicy, DefaultDenyResponse> = true;
type NamespaceResponse = NamespacesViewResponse['items'][number];
const namespaces: Matches<NamespacesView, NamespacesViewResponse, 'items', 'items'> = true;
const namespace: Matches<
  NamespacePodSecurity,
  NamespaceResponse,
  'labels' | 'notes',
  'labels' | 'notes'
> = true;
const note: Matches<NamespaceNote, NamespaceResponse['notes'][number], 'params', 'paramsJson'> =
  true;

const check: Matches<Check, CheckResponse> = true;
const checkCatalog: Matches<CheckCatalog, CheckCatalogResponse> = true;

describe('GraphQL models against the contracts', () => {
  it('type-checks (the assertions above are compile-time)', () => {
    expect([
      cluster,
      snapshot,
      finding,
      issue,
      point,
      defaultDeny,
      series,
      diff,
      reach,
      scan,
      scanGate,
      scanFinding,
      suppression,
      auditEvent,
      workloadSummary,
      workloadDetail,
      verdicts,
      verdict,
      violation,
      violationField,
      container,
      sourcedJson,
      exposure,
      workloadReach,
      peer,
      reachPort,
      network,
      attackPath,
      pair,
      cellPair,
      cell,
      reachAnswer,
      direction,
      defaultDenyPolicy,
      namespaces,
      namespace,
      note,
      check,
      checkCatalog,
    ]).not.toContain(false);
  });
});
