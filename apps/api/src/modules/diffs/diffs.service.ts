import { Inject, Injectable } from '@nestjs/common';
import { KordonError, type SnapshotDiffResponse } from '@kordon/contracts';
import {
  IssueHistoryRepository,
  PostureRepository,
  SnapshotsRepository,
  WorkloadHistoryRepository,
  type SnapshotRecord,
} from '@kordon/db';
import { toIssueView } from '../issues/issues.mapper';
import { diffReach } from './diff-reach';
import type { DiffArgs } from './dto/diff.args';

export type SnapshotDiffView = SnapshotDiffResponse;

/**
 * What changed from snapshot `against` to snapshot `id`: interval queries over
 * issue and workload spans at both collectedAt instants, and the two stored
 * namespace matrices.
 */
@Injectable()
export class DiffsService {
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
    const [issues, workloads, reachBefore, reachAfter] = await Promise.all([
      this.issues.diffBetween(after.clusterId, before.collectedAt, after.collectedAt, args.limit),
      this.workloads.changesBetween(
        after.clusterId,
        before.collectedAt,
        after.collectedAt,
        args.limit,
      ),
      this.posture.clusterRow(before.id),
      this.posture.clusterRow(after.id),
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
      reach: diffReach(reachBefore?.reach ?? null, reachAfter?.reach ?? null, args.limit),
    } satisfies SnapshotDiffResponse;
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
