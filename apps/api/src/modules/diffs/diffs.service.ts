import { Inject, Injectable } from '@nestjs/common';
import { KordonError, type SnapshotDiffResponse } from '@kordon/contracts';
import {
  IssueHistoryRepository,
  PostureRepository,
  SnapshotsRepository,
  WorkloadHistoryRepository,
  type IssueDiff,
  type SnapshotRecord,
  type WorkloadChanges,
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
    const [out] = await this.diffMany([{ id, args }]);
    if (!out || out instanceof KordonError) throw out ?? new KordonError('internal', 'no diff');
    return out;
  }

  /**
   * Several diffs in a fixed number of statements (GraphQL batches `Snapshot.diff`), in
   * their order; a request that cannot be answered gets its error in its place.
   */
  async diffMany(requests: readonly DiffRequest[]): Promise<(SnapshotDiffView | KordonError)[]> {
    const found = await this.snapshots.findSnapshots(
      requests.flatMap((r) => [r.id, r.args.against]),
    );
    const byId = new Map(found.map((s) => [s.id, s]));
    const checked = requests.map((r) => check(byId, r));
    const ok = checked.flatMap((c, n) => (c instanceof KordonError ? [] : [{ ...c, n }]));
    const out: (SnapshotDiffView | KordonError)[] = checked.map((c) =>
      c instanceof KordonError ? c : new KordonError('internal', 'not computed'),
    );
    const limits = [...new Set(ok.map((c) => c.limit))];
    await Promise.all(
      limits.map(async (limit) => {
        const group = ok.filter((c) => c.limit === limit);
        const pairs = group.map((c) => ({
          clusterId: c.after.clusterId,
          from: c.before.collectedAt,
          to: c.after.collectedAt,
        }));
        const [issues, workloads, reach] = await Promise.all([
          this.issues.diffBetweenMany(pairs, limit),
          this.workloads.changesBetweenMany(pairs, limit),
          this.reachChangesMany(group, limit),
        ]);
        group.forEach((c, g) => {
          const i = issues[g] as IssueDiff;
          out[c.n] = {
            snapshot: { id: c.after.id, collectedAt: c.after.collectedAt.toISOString() },
            against: { id: c.before.id, collectedAt: c.before.collectedAt.toISOString() },
            limit,
            issues: {
              counts: i.counts,
              new: i.new.map(toIssueView),
              resolved: i.resolved.map(toIssueView),
              unchanged: i.unchanged.map(toIssueView),
            },
            workloads: workloads[g] as WorkloadChanges,
            reach: reach[g] as ReachChanges,
          } satisfies SnapshotDiffResponse;
        });
      }),
    );
    return out;
  }

  /**
   * The reach changes between pairs of analysed snapshots, computed once per pair (their stored
   * matrices change only when one is reanalyzed, which changes the key): reading and comparing
   * two 100 kB matrices was most of a diff's time at 500 namespaces. The pairs not cached yet
   * read their matrices in one statement.
   */
  private reachChangesMany(pairs: readonly CheckedDiff[], limit: number): Promise<ReachChanges[]> {
    const version = (s: SnapshotRecord) => `${s.id}@${s.finishedAt?.getTime() ?? 0}`;
    const keyOf = (c: CheckedDiff) => `${version(c.before)}|${version(c.after)}|${limit}`;
    const cached = pairs.map((c) => this.reachDiffs.get(keyOf(c)));
    const missing = pairs.filter((_, n) => !cached[n]);
    const rows = missing.length
      ? this.posture.clusterRowsOf(missing.flatMap((c) => [c.before.id, c.after.id]))
      : null;
    return Promise.all(
      pairs.map((c, n) => {
        const hit = cached[n];
        if (hit || !rows) return hit as Promise<ReachChanges>;
        const key = keyOf(c);
        const changes = rows.then((r) =>
          diffReach(r.get(c.before.id)?.reach ?? null, r.get(c.after.id)?.reach ?? null, limit),
        );
        changes.catch(() => this.reachDiffs.delete(key));
        this.reachDiffs.set(key, changes);
        return changes;
      }),
    );
  }
}

export interface DiffRequest {
  id: string;
  args: DiffArgs;
}

interface CheckedDiff {
  after: SnapshotRecord;
  before: SnapshotRecord;
  limit: number;
}

/** Both snapshots known, of one cluster and analyzed — or the error REST answers. */
function check(byId: Map<string, SnapshotRecord>, r: DiffRequest): CheckedDiff | KordonError {
  const after = byId.get(r.id);
  if (!after)
    return new KordonError('not_found', `no snapshot with id "${r.id}"`, [
      { path: 'params.id', problem: 'unknown snapshot' },
    ]);
  const before = byId.get(r.args.against);
  if (!before)
    return new KordonError('not_found', `no snapshot with id "${r.args.against}"`, [
      { path: 'query.against', problem: 'unknown snapshot' },
    ]);
  if (before.clusterId !== after.clusterId)
    return new KordonError('validation_failed', 'both snapshots must belong to the same cluster', [
      {
        path: 'query.against',
        problem: `snapshot of cluster "${before.clusterName}", not "${after.clusterName}"`,
      },
    ]);
  for (const s of [after, before])
    if (s.status !== 'done')
      return new KordonError('conflict', `snapshot ${s.id} is ${s.status}, not analyzed yet`);
  return { after, before, limit: r.args.limit };
}
