import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { pageCursors } from '@kordon/db';
import { parsePageQuery } from '../../common/page-query';
import type { Principal } from '../../common/principal';
import { visibleClusterIds } from '../../common/principal-access';
import { CurrentPrincipal } from '../../common/request-context';
import { Scopes } from '../../common/scopes.decorator';
import { visibleCluster } from '../../graphql/cluster-scope';
import { DB_FIELD_COST } from '../../graphql/connection-cost.estimator';
import { toConnection } from '../../graphql/connection';
import type { GraphQLContext } from '../../graphql/graphql-context';
import { PageArgs } from '../snapshots/dto/page.args';
import { Snapshot, SnapshotConnection } from '../snapshots/models/snapshot.model';
import { ClustersService } from './clusters.service';
import type { ClusterView } from './clusters.mapper';
import { Cluster, ClusterConnection } from './models/cluster.model';

export function toClusterModel({ latestSnapshot, ...rest }: ClusterView): Cluster {
  return { ...rest, latestSnapshotId: latestSnapshot?.id ?? null };
}

@Resolver(() => Cluster)
export class ClustersResolver {
  constructor(private readonly clusters: ClustersService) {}

  @Query(() => ClusterConnection, {
    name: 'clusters',
    description: 'Clusters by name.',
    complexity: DB_FIELD_COST,
  })
  @Scopes('read')
  async clusters_(
    @CurrentPrincipal() caller: Principal,
    @Args() args: PageArgs,
  ): Promise<ClusterConnection> {
    const page = parsePageQuery({ limit: args.first, cursor: args.after });
    return toConnection(
      await this.clusters.list(page.limit, page.cursor, visibleClusterIds(caller)),
      toClusterModel,
      pageCursors.cluster,
    );
  }

  @Query(() => Cluster, { description: 'One cluster by name.', complexity: DB_FIELD_COST })
  @Scopes('read')
  async cluster(
    @Args('name') name: string,
    @Context() { loaders }: GraphQLContext,
  ): Promise<Cluster> {
    return toClusterModel(await visibleCluster(loaders, name, 'name'));
  }

  @ResolveField(() => Snapshot, {
    nullable: true,
    description: 'The snapshot collected last (whatever its status); null before the first.',
    complexity: DB_FIELD_COST,
  })
  async latestSnapshot(
    @Parent() cluster: Cluster,
    @Context() { loaders }: GraphQLContext,
  ): Promise<Snapshot | null> {
    return cluster.latestSnapshotId ? loaders.snapshotById.load(cluster.latestSnapshotId) : null;
  }

  @ResolveField(() => SnapshotConnection, {
    description: "The cluster's snapshots, newest first.",
    complexity: DB_FIELD_COST,
  })
  async snapshots(
    @Parent() cluster: Cluster,
    @Args() args: PageArgs,
    @Context() { loaders }: GraphQLContext,
  ): Promise<SnapshotConnection> {
    const page = parsePageQuery({ limit: args.first, cursor: args.after });
    const result = await loaders.snapshotPage.load({
      clusterId: cluster.id,
      first: page.limit,
      ...(page.cursor ? { after: page.cursor } : {}),
    });
    return toConnection(result, (s) => s, pageCursors.snapshot);
  }
}
