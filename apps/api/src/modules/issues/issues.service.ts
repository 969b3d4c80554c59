import { Inject, Injectable } from '@nestjs/common';
import { KordonError, type Page } from '@kordon/contracts';
import { ClustersRepository, IssueHistoryRepository, type ClusterIssueFilter } from '@kordon/db';
import { issueCsvHeader, issueCsvRow } from './issues-csv';
import { toIssueView, type IssueView } from './issues.mapper';

/** Rows a CSV export holds at most. */
export const ISSUE_CSV_MAX_ROWS = 100_000;

/** A cluster's issues with their lifecycle, filtered by status, severity and first-seen time. */
@Injectable()
export class IssuesService {
  constructor(
    private readonly clusters: ClustersRepository,
    @Inject(IssueHistoryRepository) private readonly history: IssueHistoryRepository,
  ) {}

  async list(clusterName: string, filter: ClusterIssueFilter): Promise<Page<IssueView>> {
    const clusterId = await this.clusterId(clusterName);
    const page = await this.history.listForCluster(clusterId, filter);
    return { items: page.items.map(toIssueView), nextCursor: page.nextCursor };
  }

  /** A page of the issues of a cluster known by id (GraphQL: the parent is a visible cluster). */
  async pageForCluster(clusterId: string, filter: ClusterIssueFilter): Promise<Page<IssueView>> {
    const page = await this.history.listForCluster(clusterId, filter);
    return { items: page.items.map(toIssueView), nextCursor: page.nextCursor };
  }

  /** The first page of several clusters' issues under one filter, in one read (GraphQL batches). */
  async firstPages(
    clusterIds: readonly string[],
    filter: Omit<ClusterIssueFilter, 'cursor'>,
  ): Promise<Map<string, Page<IssueView>>> {
    const pages = await this.history.firstPagesForClusters(clusterIds, filter);
    return new Map(
      [...pages].map(([id, p]) => [
        id,
        { items: p.items.map(toIssueView), nextCursor: p.nextCursor },
      ]),
    );
  }

  /** Every issue the filter matches (from its cursor on, `limit` aside), as CSV. */
  async csv(clusterName: string, filter: ClusterIssueFilter): Promise<string> {
    const clusterId = await this.clusterId(clusterName);
    let text = issueCsvHeader();
    let rows = 0;
    let cursor = filter.cursor;
    do {
      const page = await this.history.listForCluster(clusterId, {
        ...filter,
        limit: 500,
        ...(cursor ? { cursor } : {}),
      });
      for (const issue of page.items) text += issueCsvRow(toIssueView(issue));
      rows += page.items.length;
      cursor = page.nextCursor ?? undefined;
    } while (cursor && rows < ISSUE_CSV_MAX_ROWS);
    return text;
  }

  private async clusterId(clusterName: string): Promise<string> {
    const cluster = await this.clusters.findByName(clusterName);
    if (!cluster)
      throw new KordonError('not_found', `no cluster named "${clusterName}"`, [
        { path: 'params.name', problem: 'unknown cluster' },
      ]);
    return cluster.id;
  }
}
