import { Inject, Injectable } from '@nestjs/common';
import { KordonError, type SnapshotDiffResponse } from '@kordon/contracts';
import {
  IssueHistoryRepository,
  PostureRepository,
  SnapshotsRepository,
  WorkloadHistoryRepository,
  type SnapshotRecord,
} from '@kordon/db';
import { diffReach, type ReachChanges } from '@kordon/engine';
import { toIssueView } from '../issues/issues.mapper';
import { LruCache } from '../../common/lru-cache';
import type { DiffArgs } from './dto/diff.args';

export type SnapshotDiffView = SnapshotDiffResponse;

/**
 * What changed from snapshot `against` to snapshot `id`: interval queries over
 * issue and workload spans at both collectedAt instants, and the two stored
 * namespace matrices.
 */
@Injectable()
export class DiffsService {
  private readonly reachDiffs = new LruCache<string, Promise<ReachChanges>>(256);

  constructor(
    private readonly snapshots: SnapshotsRepository,
    @Inject(IssueHistoryRepository) private readonly issues: IssueHistoryRepository,
    @Inject(WorkloadHistoryRepository) private readonly workloads: WorkloadHistoryRepository,
    @Inject(PostureRepository) private readonly posture: PostureRepository,
  ) {}

  async diff(id: string, args: DiffArgs): Promise<SnapshotDiffView> {
    const after = await this.find(id, 'params.id');
    const before = await this.find(args.against, 'query.against');
    if (before.clusterId !== after.clusterId) {
      throw new KordonError('validation_failed', 'both snapshots must belong to the same cluster', [
        {
          path: 'query.against',
          problem: `snapshot of cluster "${before.clusterName}", not "${after.clusterName}"`,
        },
      ]);
    }
    for (const s of [after, before]) {
      if (s.status !== 'done')
        throw new KordonError('conflict', `snapshot ${s.id} is ${s.status}, not analyzed yet`);
    }
    const [issues, workloads, reach] = await Promise.all([
      this.issues.diffBetween(after.clusterId, before.collectedAt, after.collectedAt, args.limit),
      this.workloads.changesBetween(
        after.clusterId,
        before.collectedAt,
        after.collectedAt,
        args.limit,
      ),
      this.reachChanges(before, after, args.limit),
    ]);
    return {
      snapshot: { id: after.id, collectedAt: after.collectedAt.toISOString() },
      against: { id: before.id, collectedAt: before.collectedAt.toISOString() },
      limit: args.limit,
      issues: {
        counts: issues.counts,
        new: issues.new.map(toIssueView),
        resolved: issues.resolved.map(toIssueView),
        unchanged: issues.unchanged.map(toIssueView),
      },
      workloads,
      reach,
    } satisfies SnapshotDiffResponse;
  }

  /**
   * The reach changes between two analysed snapshots, computed once per pair (their stored
   * matrices change only when one is reanalyzed, which changes the key): reading and comparing
   * two 100 kB matrices was most of a diff's time at 500 namespaces.
   */
  private reachChanges(
    before: SnapshotRecord,
    after: SnapshotRecord,
    limit: number,
  ): Promise<ReachChanges> {
    const version = (s: SnapshotRecord) => `${s.id}@${s.finishedAt?.getTime() ?? 0}`;
    const key = `${version(before)}|${version(after)}|${limit}`;
    let changes = this.reachDiffs.get(key);
    if (!changes) {
      changes = Promise.all([
        this.posture.clusterRow(before.id),
        this.posture.clusterRow(after.id),
      ]).then(([b, a]) => diffReach(b?.reach ?? null, a?.reach ?? null, limit));
      changes.catch(() => this.reachDiffs.delete(key));
      this.reachDiffs.set(key, changes);
    }
    return changes;
  }

  private async find(id: string, path: string): Promise<SnapshotRecord> {
    const snapshot = await this.snapshots.findSnapshot(id);
    if (!snapshot)
      throw new KordonError('not_found', `no snapshot with id "${id}"`, [
        { path, problem: 'unknown snapshot' },
      ]);
    return snapshot;
  }
}
