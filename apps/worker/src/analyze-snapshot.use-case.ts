import type { Pool } from 'pg';
import { findingFingerprint, readSnapshot } from '@kordon/contracts';
import {
  IssuesRepository,
  SnapshotsRepository,
  withClusterLifecycleLock,
  type SnapshotRecord,
  type StoredFinding,
} from '@kordon/db';
import { CATALOG_VERSION, ENGINE_VERSION, createAnalyzer, type AnalysisResult, type KubeObject } from '@kordon/engine';
import { analysisSummary } from './analysis-summary';

export interface AnalyzeOutcome {
  status: 'done' | 'skipped';
  findings: number;
  appliedLifecycle: boolean;
  opened: number;
  resolved: number;
  reopened: number;
}

/** Kinds whose coverage says they were not fully collected: issues about them must not resolve. */
function incompleteKinds(coverage: Record<string, string>): string[] {
  return Object.entries(coverage).filter(([, v]) => v !== 'complete').map(([k]) => k);
}

function subjectIds(result: AnalysisResult): string[] {
  const ids = result.workloads.map((w) => w.workload.id);
  for (const ns of result.namespaces) ids.push(`/Namespace/${ns.name}`);
  const { policies, services, ingresses } = result.network.input;
  for (const [kind, list] of [['NetworkPolicy', policies], ['Service', services], ['Ingress', ingresses]] as const) {
    for (const o of list) ids.push(`${o.metadata?.namespace ?? ''}/${kind}/${o.metadata?.name ?? ''}`);
  }
  return ids;
}

function toStored(result: AnalysisResult): StoredFinding[] {
  const out = new Map<string, StoredFinding>();
  for (const f of result.findings) {
    const fingerprint = findingFingerprint({ check: f.checkId, kind: f.kind, namespace: f.namespace, name: f.name, container: f.container, path: f.path });
    if (!out.has(fingerprint)) {
      out.set(fingerprint, {
        fingerprint, checkId: f.checkId, severity: f.severity, kind: f.kind, namespace: f.namespace, name: f.name,
        container: f.container, path: f.path, message: f.message, observed: f.observed, expected: f.expected,
      });
    }
  }
  return [...out.values()];
}

/**
 * Analyzes one stored snapshot and applies it to the cluster's issue lifecycle.
 * Everything it writes is one transaction: a crash leaves the snapshot as it was.
 */
export class AnalyzeSnapshotUseCase {
  constructor(
    private readonly pool: Pool,
    private readonly snapshots: SnapshotsRepository,
    private readonly issues: IssuesRepository,
  ) {}

  async execute(snapshotId: string, attempt: number): Promise<AnalyzeOutcome> {
    const snapshot = await this.snapshots.markAnalyzing(snapshotId, attempt);
    if (!snapshot) return { status: 'skipped', findings: 0, appliedLifecycle: false, opened: 0, resolved: 0, reopened: 0 };
    const { result, coverage } = await this.analyze(snapshot);
    const findings = toStored(result);
    const summary = analysisSummary(result, findings);
    return withClusterLifecycleLock(this.pool, snapshot.clusterId, async (client, newestAppliedAt) => {
      const inOrder = newestAppliedAt === null || snapshot.collectedAt.getTime() >= newestAppliedAt.getTime();
      const lifecycle = inOrder
        ? await this.issues.applyLifecycle(client, {
            clusterId: snapshot.clusterId, snapshotId, collectedAt: snapshot.collectedAt,
            engineVersion: ENGINE_VERSION, catalogVersion: CATALOG_VERSION, findings,
            workloadIds: subjectIds(result), incompleteKinds: incompleteKinds(coverage),
          })
        : { opened: 0, reopened: 0, resolved: 0, rowsWritten: 0 };
      await this.snapshots.markDone(client, snapshotId, {
        summary, engineVersion: ENGINE_VERSION, catalogVersion: CATALOG_VERSION, appliedLifecycle: inOrder, rowsWritten: lifecycle.rowsWritten + 1,
      });
      return { status: 'done', findings: findings.length, appliedLifecycle: inOrder, ...lifecycle };
    });
  }

  private async analyze(snapshot: SnapshotRecord): Promise<{ result: AnalysisResult; coverage: Record<string, string> }> {
    const analyzer = createAnalyzer();
    let coverage: Record<string, string> = {};
    for await (const event of readSnapshot(this.snapshots.readChunks(snapshot.id))) {
      if (event.type === 'header') {
        coverage = event.header.coverage;
        analyzer.begin({ clusterName: event.header.cluster.name, kubernetesVersion: event.header.cluster.kubernetesVersion, coverage });
      } else if (event.type === 'object') {
        analyzer.add(event.object as KubeObject);
      }
    }
    return { result: analyzer.finish(), coverage };
  }
}
