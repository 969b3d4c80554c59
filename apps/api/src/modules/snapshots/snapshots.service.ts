import { Injectable } from '@nestjs/common';
import { KordonError, type Page } from '@kordon/contracts';
import { SEVERITIES } from '@kordon/engine';
import {
  ClustersRepository,
  IssuesRepository,
  SnapshotsRepository,
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

  /** The issues open at the snapshot: an interval query over issue spans. */
  async findings(
    id: string,
    options: { limit: number; cursor?: string; severity?: string },
  ): Promise<Page<FindingView>> {
    if (options.severity && !(SEVERITIES as readonly string[]).includes(options.severity)) {
      throw new KordonError('validation_failed', `unknown severity "${options.severity}"`, [
        { path: 'query.severity', problem: `must be one of ${SEVERITIES.join(', ')}` },
      ]);
    }
    const snapshot = await this.record(id);
    if (snapshot.status !== 'done') return { items: [], nextCursor: null };
    const page = await this.issues.openAtSnapshot(
      snapshot.clusterId,
      snapshot.collectedAt,
      options,
    );
    return { items: page.items.map(toFindingView), nextCursor: page.nextCursor };
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
