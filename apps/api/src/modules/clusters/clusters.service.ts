import { Injectable } from '@nestjs/common';
import { KordonError, type ClusterResponse, type Page } from '@kordon/contracts';
import { ClustersRepository } from '@kordon/db';
import { toClusterView, type ClusterView } from './clusters.mapper';

const unknownCluster = (name: string) =>
  new KordonError('not_found', `no cluster named "${name}"`, [
    { path: 'params.name', problem: 'unknown cluster' },
  ]);

/** Clusters by name: list, read, rename (the id stays, the old name is remembered), delete. */
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

  async get(name: string): Promise<ClusterResponse> {
    const cluster = await this.clusters.findByName(name);
    if (!cluster) throw unknownCluster(name);
    return toClusterView(cluster);
  }

  async rename(name: string, newName: string): Promise<ClusterResponse> {
    const cluster = await this.clusters.renameCluster(name, newName);
    if (!cluster) throw unknownCluster(name);
    return toClusterView(cluster);
  }

  async delete(name: string): Promise<void> {
    if (!(await this.clusters.deleteCluster(name))) throw unknownCluster(name);
  }
}
