import { Inject, Injectable } from '@nestjs/common';
import { KordonError, type Page } from '@kordon/contracts';
import { ClustersRepository, IssueHistoryRepository, type ClusterIssueFilter } from '@kordon/db';
import { toIssueView, type IssueView } from './issues.mapper';

/** A cluster's issues with their lifecycle, filtered by status, severity and first-seen time. */
@Injectable()
export class IssuesService {
  constructor(
    private readonly clusters: ClustersRepository,
    @Inject(IssueHistoryRepository) private readonly history: IssueHistoryRepository,
  ) {}

  async list(clusterName: string, filter: ClusterIssueFilter): Promise<Page<IssueView>> {
    const cluster = await this.clusters.findByName(clusterName);
    if (!cluster)
      throw new KordonError('not_found', `no cluster named "${clusterName}"`, [
        { path: 'params.name', problem: 'unknown cluster' },
      ]);
    const page = await this.history.listForCluster(cluster.id, filter);
    return { items: page.items.map(toIssueView), nextCursor: page.nextCursor };
  }
}
