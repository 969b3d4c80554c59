import { Inject, Injectable } from '@nestjs/common';
import { KordonError, type PostureTrendResponse } from '@kordon/contracts';
import { ClustersRepository, PostureRepository, type PostureRecord } from '@kordon/db';
import type { PostureArgs } from './dto/posture.args';
import { toPosturePoint, type PosturePointView } from './posture.mapper';

export type PostureTrendView = PostureTrendResponse;
export type NamespacePostureView = NonNullable<PostureTrendResponse['namespaces']>[number];

/** Namespace rows (by namespace, oldest first) as one series per namespace. */
function namespaceSeries(rows: readonly PostureRecord[]): NamespacePostureView[] {
  const byNamespace = new Map<string, PosturePointView[]>();
  for (const r of rows) {
    const list = byNamespace.get(r.namespace) ?? [];
    list.push(toPosturePoint(r));
    byNamespace.set(r.namespace, list);
  }
  return [...byNamespace].map(([namespace, points]) => ({ namespace, points }));
}

/** Posture over time, read from the rollups only (never from issues). */
@Injectable()
export class PostureService {
  constructor(
    private readonly clusters: ClustersRepository,
    @Inject(PostureRepository) private readonly posture: PostureRepository,
  ) {}

  /** The cluster-total point of each snapshot, in one read (GraphQL batches). */
  async snapshotPoints(snapshotIds: readonly string[]): Promise<Map<string, PosturePointView>> {
    const rows = await this.posture.clusterRows(snapshotIds);
    return new Map(rows.map((r) => [r.snapshotId, toPosturePoint(r)]));
  }

  /** The cluster-total series of several clusters over the same range, in one read (GraphQL batches). */
  async clusterSeries(
    clusterIds: readonly string[],
    args: Pick<PostureArgs, 'from' | 'to' | 'bucket'>,
  ): Promise<Map<string, PosturePointView[]>> {
    const trends = await this.posture.clusterTrends(clusterIds, args.from, args.to, args.bucket);
    return new Map([...trends].map(([id, rows]) => [id, rows.map(toPosturePoint)]));
  }

  /**
   * Each namespace's points at the given snapshots of any clusters, in one read (GraphQL
   * batches `PostureSeries.namespaces`), by cluster id.
   */
  async namespaceSeriesOf(
    snapshotIds: readonly string[],
  ): Promise<Map<string, NamespacePostureView[]>> {
    const rows = await this.posture.namespaceRowsOf(snapshotIds);
    return new Map([...rows].map(([id, list]) => [id, namespaceSeries(list)]));
  }

  async trend(clusterName: string, args: PostureArgs): Promise<PostureTrendView> {
    const cluster = await this.clusters.findByName(clusterName);
    if (!cluster)
      throw new KordonError('not_found', `no cluster named "${clusterName}"`, [
        { path: 'params.name', problem: 'unknown cluster' },
      ]);
    const rows = await this.posture.clusterTrend(cluster.id, args.from, args.to, args.bucket);
    const view: PostureTrendView = {
      cluster: cluster.name,
      bucket: args.bucket,
      from: args.from.toISOString(),
      to: args.to.toISOString(),
      points: rows.map(toPosturePoint),
    };
    if (!args.namespaces) return view;
    const states = await this.posture.namespaceRows(
      cluster.id,
      rows.map((p) => p.snapshotId),
    );
    view.namespaces = namespaceSeries(states);
    return view;
  }
}
