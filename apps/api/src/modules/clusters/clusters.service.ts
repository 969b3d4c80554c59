import { Injectable } from '@nestjs/common';
import { KordonError, type Page } from '@kordon/contracts';
import { ClustersRepository } from '@kordon/db';
import { toClusterView, type ClusterView } from './clusters.mapper';

@Injectable()
export class ClustersService {
  constructor(private readonly clusters: ClustersRepository) {}

  /** `visibleIds`: the caller's cluster restriction (null: every cluster). */
  async list(
    limit: number,
    cursor?: string,
    visibleIds: readonly string[] | null = null,
  ): Promise<Page<ClusterView>> {
    const page = await this.clusters.listClusters(limit, cursor, visibleIds);
    return { items: page.items.map(toClusterView), nextCursor: page.nextCursor };
  }

  /** Several clusters by id in one read (GraphQL batches); unknown ids are not in the map. */
  async getByIds(ids: readonly string[]): Promise<Map<string, ClusterView>> {
    const found = await this.clusters.findByIds(ids);
    return new Map(found.map((c) => [c.id, toClusterView(c)]));
  }

  /** Several clusters by name in one read (GraphQL batches); unknown names are not in the map. */
  async getByNames(names: readonly string[]): Promise<Map<string, ClusterView>> {
    const found = await this.clusters.findByNames(names);
    return new Map(found.map((c) => [c.name, toClusterView(c)]));
  }

  async get(name: string): Promise<ClusterView> {
    const cluster = await this.clusters.findByName(name);
    if (!cluster)
      throw new KordonError('not_found', `no cluster named "${name}"`, [
        { path: 'params.name', problem: 'unknown cluster' },
      ]);
    return toClusterView(cluster);
  }
}
