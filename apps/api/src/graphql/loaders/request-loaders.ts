import DataLoader from 'dataloader';
import type { Page } from '@kordon/contracts';
import type { ClusterIssueFilter } from '@kordon/db';
import type { Severity } from '@kordon/engine';
import { maySeeCluster, type Principal } from '../../common/principal';
import type { ClustersService } from '../../modules/clusters/clusters.service';
import type { ClusterView } from '../../modules/clusters/clusters.mapper';
import type {
  DiffRequest,
  DiffsService,
  SnapshotDiffView,
} from '../../modules/diffs/diffs.service';
import type { IssueView } from '../../modules/issues/issues.mapper';
import type { IssuesService } from '../../modules/issues/issues.service';
import type { NamespacePostureView, PostureService } from '../../modules/posture/posture.service';
import type { PosturePointView } from '../../modules/posture/posture.mapper';
import type { FindingView, SnapshotView } from '../../modules/snapshots/snapshots.mapper';
import type { SnapshotsService } from '../../modules/snapshots/snapshots.service';
import { batchByGroup } from './batch-by-group';

export interface SnapshotPageKey {
  clusterId: string;
  first: number;
  after?: string;
}

export interface FindingPageKey {
  snapshot: Pick<SnapshotView, 'id' | 'clusterId' | 'collectedAt' | 'status'>;
  first: number;
  after?: string;
  severity?: Severity;
}

export interface SeriesKey {
  clusterId: string;
  from: Date;
  to: Date;
  bucket: 'day' | 'week';
}

export interface IssuePageKey {
  clusterId: string;
  filter: ClusterIssueFilter;
}

export interface NamespaceSeriesKey {
  clusterId: string;
  /** The series' points. */
  snapshotIds: string[];
}

export interface ReadServices {
  clusters: ClustersService;
  snapshots: SnapshotsService;
  posture: PostureService;
  issues: IssuesService;
  diffs: DiffsService;
}

const EMPTY_PAGE = { items: [], nextCursor: null };

const byId = <V>(map: (ids: readonly string[]) => Promise<Map<string, V>>) =>
  new DataLoader<string, V | null>(async (ids) => {
    const found = await map(ids);
    return ids.map((id) => found.get(id) ?? null);
  });

/**
 * The same, keeping only what the caller may see: a cluster (or a snapshot of a cluster) the
 * principal is restricted away from reads as unknown, exactly like one that does not exist.
 * No principal (a field reached without the guard): nothing is visible (fail closed).
 */
const visibleById = <V>(
  map: (ids: readonly string[]) => Promise<Map<string, V>>,
  clusterIdOf: (value: V) => string,
  principal: () => Principal | undefined,
) =>
  byId(async (ids) => {
    const caller = principal();
    const found = await map(ids);
    return new Map(
      [...found].filter(([, value]) => caller && maySeeCluster(caller, clusterIdOf(value))),
    );
  });

/**
 * The DataLoaders of one GraphQL request (made fresh in each request's context,
 * so nothing is cached across requests or tokens): a field resolved for N
 * parents costs one read per group of compatible arguments, not N.
 * The services stay singletons.
 *
 * Cluster scoping: `clusterById`, `clusterByName` and `snapshotById` answer null for a
 * cluster the caller may not see, so every object reached from them belongs to a visible
 * cluster; the other loaders are keyed by such a parent. Arguments naming a cluster or a
 * snapshot go through `visibleCluster`/`visibleSnapshot` (../cluster-scope.ts).
 */
export class RequestLoaders {
  readonly clusterById: DataLoader<string, ClusterView | null>;
  readonly clusterByName: DataLoader<string, ClusterView | null>;
  readonly snapshotById: DataLoader<string, SnapshotView | null>;
  readonly snapshotPage: DataLoader<SnapshotPageKey, Page<SnapshotView>, string>;
  readonly findingPage: DataLoader<FindingPageKey, Page<FindingView>, string>;
  readonly posturePoint: DataLoader<string, PosturePointView | null>;
  readonly postureSeries: DataLoader<SeriesKey, PosturePointView[], string>;
  readonly issuePage: DataLoader<IssuePageKey, Page<IssueView>, string>;
  readonly namespaceSeries: DataLoader<NamespaceSeriesKey, NamespacePostureView[], string>;
  /** Each key answers its diff or its own error (a bad `against` fails that parent only). */
  readonly diff: DataLoader<DiffRequest, SnapshotDiffView, string>;
  /** The request's "now" (default range ends), one instant for every field so series batch together. */
  readonly now = new Date();

  /** `principal`: read when a batch runs (the guard sets it after the context is made). */
  constructor(s: ReadServices, principal: () => Principal | undefined) {
    this.clusterById = visibleById(
      (ids) => s.clusters.getByIds(ids),
      (c) => c.id,
      principal,
    );
    this.clusterByName = visibleById(
      (n) => s.clusters.getByNames(n),
      (c) => c.id,
      principal,
    );
    this.snapshotById = visibleById(
      (ids) => s.snapshots.getSnapshots(ids),
      (snapshot) => snapshot.clusterId,
      principal,
    );
    this.posturePoint = byId((ids) => s.posture.snapshotPoints(ids));
    this.snapshotPage = new DataLoader(
      (keys) =>
        batchByGroup(
          keys,
          (k) => (k.after ? `after:${k.clusterId}:${k.after}:${k.first}` : `first:${k.first}`),
          async (group) => {
            const [one] = group;
            if (one?.after)
              return [await s.snapshots.pageForCluster(one.clusterId, one.first, one.after)];
            const pages = await s.snapshots.firstPagesForClusters(
              group.map((k) => k.clusterId),
              one?.first ?? 1,
            );
            return group.map((k) => pages.get(k.clusterId) ?? { items: [], nextCursor: null });
          },
        ),
      { cacheKeyFn: (k) => JSON.stringify([k.clusterId, k.first, k.after ?? null]) },
    );
    this.findingPage = new DataLoader(
      (keys) =>
        batchByGroup(
          keys,
          (k) =>
            k.after
              ? `after:${k.snapshot.id}:${k.after}:${k.first}:${k.severity ?? ''}`
              : `first:${k.first}:${k.severity ?? ''}`,
          async (group) => {
            const [one] = group;
            if (one?.after)
              return [
                await s.snapshots.findings(one.snapshot.id, {
                  limit: one.first,
                  cursor: one.after,
                  ...(one.severity ? { severity: one.severity } : {}),
                }),
              ];
            const pages = await s.snapshots.firstFindingPages(
              group.map((k) => k.snapshot),
              { limit: one?.first ?? 1, ...(one?.severity ? { severity: one.severity } : {}) },
            );
            return group.map((k) => pages.get(k.snapshot.id) ?? { items: [], nextCursor: null });
          },
        ),
      {
        cacheKeyFn: (k) =>
          JSON.stringify([k.snapshot.id, k.first, k.after ?? null, k.severity ?? null]),
      },
    );
    this.postureSeries = new DataLoader(
      (keys) =>
        batchByGroup(
          keys,
          (k) => `${k.from.toISOString()}:${k.to.toISOString()}:${k.bucket}`,
          async (group) => {
            const [one] = group;
            if (!one) return [];
            const series = await s.posture.clusterSeries(
              group.map((k) => k.clusterId),
              one,
            );
            return group.map((k) => series.get(k.clusterId) ?? []);
          },
        ),
      {
        cacheKeyFn: (k) =>
          JSON.stringify([k.clusterId, k.from.toISOString(), k.to.toISOString(), k.bucket]),
      },
    );
    this.issuePage = new DataLoader(
      (keys) =>
        batchByGroup(
          keys,
          (k) =>
            k.filter.cursor
              ? `after:${JSON.stringify([k.clusterId, k.filter])}`
              : JSON.stringify(k.filter),
          async (group) => {
            const [one] = group;
            if (!one) return [];
            if (one.filter.cursor)
              return [await s.issues.pageForCluster(one.clusterId, one.filter)];
            const pages = await s.issues.firstPages(
              group.map((k) => k.clusterId),
              one.filter,
            );
            return group.map((k) => pages.get(k.clusterId) ?? EMPTY_PAGE);
          },
        ),
      { cacheKeyFn: (k) => JSON.stringify([k.clusterId, k.filter]) },
    );
    this.namespaceSeries = new DataLoader(
      async (keys) => {
        const series = await s.posture.namespaceSeriesOf(keys.flatMap((k) => k.snapshotIds));
        return keys.map((k) => series.get(k.clusterId) ?? []);
      },
      { cacheKeyFn: (k) => JSON.stringify([k.clusterId, k.snapshotIds]) },
    );
    this.diff = new DataLoader<DiffRequest, SnapshotDiffView, string>(
      (keys) => s.diffs.diffMany(keys),
      {
        cacheKeyFn: (k) => JSON.stringify([k.id, k.args.against, k.args.limit]),
      },
    );
  }
}
