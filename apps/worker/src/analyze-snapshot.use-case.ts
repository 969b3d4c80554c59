import { findingFingerprint, readSnapshot } from '@kordon/contracts';
import {
  IssuesRepository,
  NO_LIFECYCLE_CHANGE,
  PostureRepository,
  ReadModelRepository,
  SnapshotsRepository,
  SuppressionsRepository,
  WorkloadHistoryRepository,
  withClusterLifecycleLock,
  type LifecycleResult,
  type SnapshotRecord,
  type StoredFinding,
  type Database,
  type Tx,
} from '@kordon/db';
import {
  CATALOG_VERSION,
  CHECK_CATALOG,
  ENGINE_VERSION,
  createAnalyzer,
  snapshotPosture,
  type AnalysisResult,
  type KubeObject,
} from '@kordon/engine';
import { analysisSummary } from './analysis-summary';
import { applySuppressions } from './apply-suppressions';

import { readModelDocuments } from './read-model/read-model-documents';

export interface AnalyzeOutcome {
  status: 'done' | 'skipped';
  findings: number;
  appliedLifecycle: boolean;
  opened: number;
  resolved: number;
  reopened: number;
  /** Milliseconds per phase: reading and analyzing, then writing (lifecycle, spans, posture). */
  timings?: { analyzeMs: number; writeMs: number };
}

/** Kinds whose coverage says they were not fully collected: issues about them must not resolve. */
function incompleteKinds(coverage: Record<string, string>): string[] {
  return Object.entries(coverage)
    .filter(([, v]) => v !== 'complete')
    .map(([k]) => k);
}

function subjectIds(result: AnalysisResult): string[] {
  const ids = result.workloads.map((w) => w.workload.id);
  for (const ns of result.namespaces) ids.push(`/Namespace/${ns.name}`);
  const { policies, services, ingresses } = result.network.input;
  for (const [kind, list] of [
    ['NetworkPolicy', policies],
    ['Service', services],
    ['Ingress', ingresses],
  ] as const) {
    for (const o of list)
      ids.push(`${o.metadata?.namespace ?? ''}/${kind}/${o.metadata?.name ?? ''}`);
  }
  return ids;
}

function toStored(result: AnalysisResult): StoredFinding[] {
  const out = new Map<string, StoredFinding>();
  for (const f of result.findings) {
    const fingerprint = findingFingerprint({
      check: f.checkId,
      kind: f.kind,
      namespace: f.namespace,
      name: f.name,
      container: f.container,
      path: f.path,
    });
    if (!out.has(fingerprint)) {
      out.set(fingerprint, {
        fingerprint,
        checkId: f.checkId,
        severity: f.severity,
        kind: f.kind,
        namespace: f.namespace,
        name: f.name,
        container: f.container,
        path: f.path,
        message: f.message,
        observed: f.observed,
        expected: f.expected,
      });
    }
  }
  return [...out.values()];
}

interface Analysis {
  snapshot: SnapshotRecord;
  result: AnalysisResult;
  coverage: Record<string, string>;
  /** The findings that count (not held by a suppression in force at collectedAt). */
  findings: StoredFinding[];
  suppressed: string[];
}

const KNOWN_CHECK_IDS = CHECK_CATALOG.map((c) => c.id);

/**
 * Analyzes one stored snapshot, applies it to the cluster's issue and workload
 * history (in collectedAt order: an older snapshot changes neither) and writes
 * its posture rows and read model (workloads, network, namespaces). Everything it writes is one transaction: a crash leaves the
 * snapshot as it was.
 */
export class AnalyzeSnapshotUseCase {
  constructor(
    private readonly db: Database,
    private readonly snapshots: SnapshotsRepository,
    private readonly issues: IssuesRepository,
    private readonly posture: PostureRepository,
    private readonly workloads: WorkloadHistoryRepository,
    private readonly suppressions: SuppressionsRepository,
    private readonly readModel: ReadModelRepository,
  ) {}

  async execute(snapshotId: string, attempt: number): Promise<AnalyzeOutcome> {
    const snapshot = await this.snapshots.markAnalyzing(snapshotId, attempt);
    if (!snapshot)
      return {
        status: 'skipped',
        findings: 0,
        appliedLifecycle: false,
        opened: 0,
        resolved: 0,
        reopened: 0,
      };
    const started = performance.now();
    const { result, coverage } = await this.analyze(snapshot);
    const rules = await this.suppressions.activeRulesForCluster(
      snapshot.clusterId,
      snapshot.collectedAt,
    );
    const split = applySuppressions(toStored(result), rules, snapshot.collectedAt);
    const a: Analysis = {
      snapshot,
      result,
      coverage,
      findings: split.kept,
      suppressed: split.suppressed,
    };
    const analyzeMs = Math.round(performance.now() - started);
    return withClusterLifecycleLock(
      this.db,
      snapshot.clusterId,
      async (client, newestAppliedAt) => {
        const inOrder =
          newestAppliedAt === null || snapshot.collectedAt.getTime() >= newestAppliedAt.getTime();
        const lifecycle = inOrder
          ? await this.applyLifecycle(client, a)
          : { ...NO_LIFECYCLE_CHANGE, workloadSpanRows: 0 };
        const postureRowCount = await this.posture.replaceSnapshotPosture(
          client,
          {
            clusterId: snapshot.clusterId,
            snapshotId,
            collectedAt: snapshot.collectedAt,
            applied: inOrder || snapshot.appliedLifecycle,
          },
          snapshotPosture(result, a.findings),
        );
        await this.readModel.store(client, {
          clusterId: snapshot.clusterId,
          snapshotId,
          documents: readModelDocuments(result),
        });
        await this.snapshots.markDone(client, snapshotId, {
          summary: analysisSummary(result, a.findings),
          engineVersion: ENGINE_VERSION,
          catalogVersion: CATALOG_VERSION,
          appliedLifecycle: inOrder,
          written: {
            issueRows: lifecycle.issueRows,
            spanRows: lifecycle.spanRows,
            workloadSpanRows: lifecycle.workloadSpanRows,
            postureRows: postureRowCount,
          },
        });
        const timings = { analyzeMs, writeMs: Math.round(performance.now() - started) - analyzeMs };
        return {
          status: 'done',
          findings: a.findings.length,
          appliedLifecycle: inOrder,
          opened: lifecycle.opened,
          reopened: lifecycle.reopened,
          resolved: lifecycle.resolved,
          timings,
        };
      },
    );
  }

  private async applyLifecycle(
    client: Tx,
    a: Analysis,
  ): Promise<LifecycleResult & { workloadSpanRows: number }> {
    const { snapshot, result } = a;
    const incomplete = incompleteKinds(a.coverage);
    const lifecycle = await this.issues.applyLifecycle(client, {
      clusterId: snapshot.clusterId,
      snapshotId: snapshot.id,
      collectedAt: snapshot.collectedAt,
      engineVersion: ENGINE_VERSION,
      catalogVersion: CATALOG_VERSION,
      findings: a.findings,
      suppressedFingerprints: a.suppressed,
      workloadIds: subjectIds(result),
      incompleteKinds: incomplete,
      knownCheckIds: KNOWN_CHECK_IDS,
    });
    const workloadSpanRows = await this.workloads.applyWorkloadSpans(client, {
      clusterId: snapshot.clusterId,
      snapshotId: snapshot.id,
      collectedAt: snapshot.collectedAt,
      incompleteKinds: incomplete,
      workloads: result.workloads.map((w) => ({ id: w.workload.id, level: w.level })),
    });
    return { ...lifecycle, workloadSpanRows };
  }

  private async analyze(
    snapshot: SnapshotRecord,
  ): Promise<{ result: AnalysisResult; coverage: Record<string, string> }> {
    const analyzer = createAnalyzer();
    let coverage: Record<string, string> = {};
    for await (const event of readSnapshot(this.snapshots.readChunks(snapshot.id), {
      sharePodSpecs: true,
    })) {
      if (event.type === 'header') {
        coverage = event.header.coverage;
        analyzer.begin({
          clusterName: event.header.cluster.name,
          kubernetesVersion: event.header.cluster.kubernetesVersion,
          coverage,
        });
      } else if (event.type === 'object') {
        analyzer.add(event.object as KubeObject);
      }
    }
    return { result: analyzer.finish(), coverage };
  }
}
