import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { parsePageQuery } from '../../common/page-query';
import { Scopes } from '../../common/scopes.decorator';
import { DB_FIELD_COST } from '../../graphql/connection-cost.estimator';
import { toConnection } from '../../graphql/connection';
import { PageArgs } from '../snapshots/dto/page.args';
import { SnapshotConnection } from '../snapshots/models/snapshot.model';
import { toSnapshotModel } from '../snapshots/snapshots.resolver';
import { SnapshotsService } from '../snapshots/snapshots.service';
import { ClustersService } from './clusters.service';
import { Cluster, ClusterConnection } from './models/cluster.model';

@Resolver(() => Cluster)
export class ClustersResolver {
  constructor(
    private readonly clusters: ClustersService,
    private readonly snapshots: SnapshotsService,
  ) {}

  @Query(() => ClusterConnection, {
    name: 'clusters',
    description: 'Clusters by name.',
    complexity: DB_FIELD_COST,
  })
  @Scopes('read')
  async clusters_(@Args() args: PageArgs): Promise<ClusterConnection> {
    const page = parsePageQuery({ limit: args.first, cursor: args.after });
    return toConnection(await this.clusters.list(page.limit, page.cursor), (c) => c);
  }

  @Query(() => Cluster, { description: 'One cluster by name.', complexity: DB_FIELD_COST })
  @Scopes('read')
  async cluster(@Args('name') name: string): Promise<Cluster> {
    return this.clusters.get(name);
  }

  @ResolveField(() => SnapshotConnection, {
    name: 'snapshots',
    description: "The cluster's snapshots, newest first.",
    complexity: DB_FIELD_COST,
  })
  async snapshots_(
    @Parent() cluster: Cluster,
    @Args() args: PageArgs,
  ): Promise<SnapshotConnection> {
    const page = parsePageQuery({ limit: args.first, cursor: args.after });
    return toConnection(
      await this.snapshots.listForCluster(cluster.name, page.limit, page.cursor),
      toSnapshotModel,
    );
  }
}
