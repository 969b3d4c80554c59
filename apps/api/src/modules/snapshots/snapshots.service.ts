import { Injectable } from '@nestjs/common';
import { KordonError, type IssueFilter, type IssueSort, type Page } from '@kordon/contracts';
import { SEVERITIES, isOneOf, type Severity } from '@kordon/engine';
import {
  ClustersRepository,
  IssuesRepository,
  SnapshotsRepository,
  type IssueRecord,
  type SnapshotRecord,
} from '@kordon/db';
import {
  toFindingView,
  toSnapshotView,
  type FindingView,
  type SnapshotView,
} from './snapshots.mapper';

/** The read model of snapshots and their findings, shared by REST and GraphQL. */
@Injectable()
export class SnapshotsService {
  constructor(
    private readonly snapshots: SnapshotsRepository,
    private readonly clusters: ClustersRepository,
    private readonly issues: IssuesRepository,
  ) {}

  async getSnapshot(id: string): Promise<SnapshotView> {
    return toSnapshotView(await this.record(id));
  }

  /** Several snapshots by id in one read (GraphQL batches); unknown ids are not in the map. */
  async getSnapshots(ids: readonly string[]): Promise<Map<string, SnapshotView>> {
    const records = await this.snapshots.findSnapshots(ids);
    return new Map(records.map((r) => [r.id, toSnapshotView(r)]));
  }

  /** The first page of each cluster's snapshots, newest first, in one read (GraphQL batches). */
  async firstPagesForClusters(
    clusterIds: readonly string[],
    limit: number,
  ): Promise<Map<string, Page<SnapshotView>>> {
    const pages = await this.snapshots.firstPagesForClusters(clusterIds, limit);
    return new Map(
      [...pages].map(([id, p]) => [
        id,
        { items: p.items.map(toSnapshotView), nextCursor: p.nextCursor },
      ]),
    );
  }

  /** A page of the snapshots of a cluster known by id. */
  async pageForCluster(
    clusterId: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<SnapshotView>> {
    const page = await this.snapshots.listForCluster(clusterId, limit, cursor);
    return { items: page.items.map(toSnapshotView), nextCursor: page.nextCursor };
  }

  /**
   * The first page of the findings open at each snapshot, in one read (GraphQL
   * batches); a snapshot not analyzed yet has none.
   */
  async firstFindingPages(
    snapshots: readonly Pick<SnapshotView, 'id' | 'clusterId' | 'collectedAt' | 'status'>[],
    options: { limit: number; severity?: Severity },
  ): Promise<Map<string, Page<FindingView>>> {
    const done = snapshots.filter((s) => s.status === 'done');
    const pages = done.length
      ? await this.issues.firstPagesOpenAtSnapshots(
          done.map((s) => ({ ...s, collectedAt: new Date(s.collectedAt) })),
          options,
        )
      : new Map<string, Page<IssueRecord>>();
    return new Map(
      snapshots.map((s) => {
        const page = pages.get(s.id);
        return [
          s.id,
          { items: page?.items.map(toFindingView) ?? [], nextCursor: page?.nextCursor ?? null },
        ];
      }),
    );
  }

  async listForCluster(
    clusterName: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<SnapshotView>> {
    const cluster = await this.clusters.findByName(clusterName);
    if (!cluster)
      throw new KordonError('not_found', `no cluster named "${clusterName}"`, [
        { path: 'params.name', problem: 'unknown cluster' },
      ]);
    const page = await this.snapshots.listForCluster(cluster.id, limit, cursor);
    return { items: page.items.map(toSnapshotView), nextCursor: page.nextCursor };
  }

  /** The issues open at the snapshot (an interval query over issue spans), filtered and sorted. */
  async findings(
    id: string,
    options: Omit<IssueFilter, 'sort' | 'severity'> & { sort?: IssueSort; severity?: string },
  ): Promise<Page<FindingView>> {
    const { severity, sort = 'severity', ...rest } = options;
    if (severity !== undefined && !isOneOf(SEVERITIES, severity)) {
      throw new KordonError('validation_failed', `unknown severity "${severity}"`, [
        { path: 'query.severity', problem: `must be one of ${SEVERITIES.join(', ')}` },
      ]);
    }
    const snapshot = await this.record(id);
    if (snapshot.status !== 'done') return { items: [], nextCursor: null };
    const page = await this.issues.openAtSnapshot(snapshot.clusterId, snapshot.collectedAt, {
      ...rest,
      sort,
      ...(severity ? { severity } : {}),
    });
    return { items: page.items.map(toFindingView), nextCursor: page.nextCursor };
  }

  /** The stored body as stored (as received, or Kordon's sanitized gzip rewrite), streamed chunk by chunk. */
  async rawBody(
    id: string,
  ): Promise<{ snapshot: SnapshotRecord; gzip: boolean; chunks: AsyncIterable<Buffer> }> {
    const snapshot = await this.record(id);
    if (snapshot.rawPurgedAt)
      throw new KordonError(
        'not_found',
        `the stored body of snapshot ${id} was purged by retention at ${snapshot.rawPurgedAt.toISOString()}`,
        [{ path: 'params.id', problem: 'stored body purged' }],
      );
    const chunks = this.snapshots.readChunks(id);
    const first = await chunks.next();
    const head = first.done ? null : first.value;
    async function* all(): AsyncGenerator<Buffer> {
      if (head) yield head;
      yield* chunks;
    }
    return { snapshot, gzip: head !== null && head[0] === 0x1f && head[1] === 0x8b, chunks: all() };
  }

  private async record(id: string): Promise<SnapshotRecord> {
    const snapshot = await this.snapshots.findSnapshot(id);
    if (!snapshot)
      throw new KordonError('not_found', `no snapshot with id "${id}"`, [
        { path: 'params.id', problem: 'unknown snapshot' },
      ]);
    return snapshot;
  }
}
