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
    ]).not.toContain(false);
  });
});
