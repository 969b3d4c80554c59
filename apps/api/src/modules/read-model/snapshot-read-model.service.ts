import { Injectable } from '@nestjs/common';
import {
  KordonError,
  READ_MODEL_VERSION,
  type StoredNamespaceDetail,
  type StoredNamespacesSummary,
  type StoredNamespaceNetwork,
  type StoredNetworkSummary,
} from '@kordon/contracts';
import { ReadModelRepository, SnapshotsRepository } from '@kordon/db';
import { buildNetworkModel, type NamespaceMatrix, type NetworkModel } from '@kordon/engine';
import { maySeeCluster, type Principal } from '../../common/principal';
import { LruCache } from '../../common/lru-cache';
import type { SnapshotReadModel } from './snapshot-read-model';

const keyOf = (rm: SnapshotReadModel) =>
  `${rm.snapshot.id}@${rm.snapshot.finishedAt?.getTime() ?? 0}`;

/**
 * Loads a snapshot's stored read model — manifest, documents and the network
 * model rebuilt from its stored network input — with small caches, so requests
 * never read the raw snapshot. A snapshot analyzed before read models were
 * stored is a 409 `reanalysis_required`, never an empty answer.
 */
@Injectable()
export class SnapshotReadModelService {
  private readonly manifests = new LruCache<string, SnapshotReadModel>(32);
  private readonly documents = new LruCache<string, unknown>(512);
  /**
   * Network models, weighed by workloads: up to 16 snapshots, 40,000 workloads in all (two or
   * three 150,000-pod clusters, or every cluster of the 15,000-pod seed — with 3 entries, five
   * clusters' reach questions rebuilt a model on most requests).
   */
  private readonly models = new LruCache<string, Promise<NetworkModel>>(16, 40_000);
  private readonly answers = new LruCache<string, Promise<unknown>>(1024);

  constructor(
    private readonly snapshots: SnapshotsRepository,
    private readonly readModels: ReadModelRepository,
  ) {}

  /** The snapshot's read model, if `principal` may see its cluster (else 404, as for an unknown id). */
  async load(snapshotId: string, principal: Principal): Promise<SnapshotReadModel> {
    const snapshot = await this.snapshots.findSnapshot(snapshotId);
    if (!snapshot || !maySeeCluster(principal, snapshot.clusterId))
      throw new KordonError('not_found', `no snapshot with id ${snapshotId}`, [
        { path: 'params.id', problem: 'unknown snapshot' },
      ]);
    if (snapshot.status !== 'done')
      throw new KordonError('conflict', `snapshot ${snapshotId} is ${snapshot.status}, not done`, [
        { path: 'params.id', problem: `snapshot is ${snapshot.status}` },
      ]);
    const key = `${snapshot.id}@${snapshot.finishedAt?.getTime() ?? 0}`;
    const cached = this.manifests.get(key);
    if (cached) return cached;
    const stored = await this.readModels.findManifest(snapshotId);
    if (!stored && snapshot.rawPurgedAt)
      throw new KordonError(
        'conflict',
        `the workloads, network and namespaces of snapshot ${snapshotId} were deleted by retention with its raw body` +
          ' (KORDON_RETENTION_RAW_DAYS); its issues and posture are kept',
        [{ path: 'params.id', problem: 'read model deleted by retention' }],
      );
    if (!stored || stored.version !== READ_MODEL_VERSION)
      throw new KordonError(
        'reanalysis_required',
        `snapshot ${snapshotId} was analyzed before Kordon stored workloads, the network and namespaces` +
          ` (or in an older layout); reanalyze it (POST /api/v1/snapshots/${snapshotId}/reanalyze) to see this`,
        [{ path: 'params.id', problem: 'read model not stored; reanalyze the snapshot' }],
      );
    const rm = { snapshot, manifest: stored.manifest };
    this.manifests.set(key, rm);
    return rm;
  }

  async summary(rm: SnapshotReadModel): Promise<StoredNetworkSummary> {
    return this.one<StoredNetworkSummary>(rm, rm.manifest.summary.network);
  }

  async matrix(rm: SnapshotReadModel): Promise<NamespaceMatrix> {
    return this.one<NamespaceMatrix>(rm, rm.manifest.summary.matrix);
  }

  async namespacesSummary(rm: SnapshotReadModel): Promise<StoredNamespacesSummary> {
    return this.one<StoredNamespacesSummary>(rm, rm.manifest.summary.namespaces);
  }

  private async one<T>(rm: SnapshotReadModel, hash: string): Promise<T> {
    const [doc] = await this.docs<T>(rm, [hash]);
    if (doc === undefined)
      throw new KordonError(
        'reanalysis_required',
        `snapshot ${rm.snapshot.id} is missing part of its read model; reanalyze it`,
      );
    return doc;
  }

  /** The namespace's workloads and Pod Security, or null when the snapshot has no such namespace. */
  async namespace(rm: SnapshotReadModel, name: string): Promise<StoredNamespaceDetail | null> {
    const entry = rm.manifest.namespaces.find((n) => n.name === name);
    if (!entry) return null;
    const [doc] = await this.docs<StoredNamespaceDetail>(rm, [entry.detail]);
    return doc ?? null;
  }

  async allNamespaces(rm: SnapshotReadModel): Promise<StoredNamespaceDetail[]> {
    return this.docs<StoredNamespaceDetail>(
      rm,
      rm.manifest.namespaces.map((n) => n.detail),
    );
  }

  /**
   * An answer computed once per snapshot analysis and question (a snapshot's read
   * model never changes until it is reanalyzed, which changes the key).
   */
  memo<T>(rm: SnapshotReadModel, question: string, compute: () => Promise<T>): Promise<T> {
    const key = `${keyOf(rm)}|${question}`;
    let answer = this.answers.get(key) as Promise<T> | undefined;
    if (!answer) {
      answer = compute();
      answer.catch(() => this.answers.delete(key));
      this.answers.set(key, answer);
    }
    return answer;
  }

  /** The engine's network model over the stored network input (built once per snapshot, then cached). */
  networkModel(rm: SnapshotReadModel): Promise<NetworkModel> {
    const key = keyOf(rm);
    let model = this.models.get(key);
    if (!model) {
      model = this.buildModel(rm);
      model.then(
        (m) => this.models.weigh(key, m.workloads.size),
        () => this.models.delete(key),
      );
      this.models.set(key, model);
    }
    return model;
  }

  private async buildModel(rm: SnapshotReadModel): Promise<NetworkModel> {
    const hashes = rm.manifest.namespaces.map((n) => n.network);
    const docs = await this.readModels.findDocuments<StoredNamespaceNetwork>(
      rm.snapshot.clusterId,
      hashes,
    );
    const parts = hashes.map((h) => docs.get(h)).filter((d) => d !== undefined);
    return buildNetworkModel({
      namespaces: parts.flatMap((p) => (p.namespace ? [p.namespace] : [])),
      workloads: parts.flatMap((p) => p.workloads),
      policies: parts.flatMap((p) => p.policies),
      services: [],
      ingresses: [],
      crdNames: [],
    });
  }

  private async docs<T>(rm: SnapshotReadModel, hashes: readonly string[]): Promise<T[]> {
    const prefix = `${rm.snapshot.clusterId}:`;
    const missing = hashes.filter((h) => this.documents.get(prefix + h) === undefined);
    if (missing.length > 0) {
      const found = await this.readModels.findDocuments<T>(rm.snapshot.clusterId, missing);
      for (const [h, doc] of found) this.documents.set(prefix + h, doc);
    }
    return hashes.flatMap((h) => {
      const doc = this.documents.get(prefix + h) as T | undefined;
      return doc === undefined ? [] : [doc];
    });
  }
}
