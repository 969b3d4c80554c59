import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { KordonError } from '@kordon/contracts';
import { pageCursors } from '@kordon/db';
import { parsePageQuery } from '../../common/page-query';
import { Scopes } from '../../common/scopes.decorator';
import { visibleSnapshot } from '../../graphql/cluster-scope';
import { DB_FIELD_COST } from '../../graphql/connection-cost.estimator';
import { toConnection } from '../../graphql/connection';
import type { GraphQLContext } from '../../graphql/graphql-context';
import { toClusterModel } from '../clusters/clusters.resolver';
import { Cluster } from '../clusters/models/cluster.model';
import { FindingsArgs } from './dto/page.args';
import { FindingConnection, toFindingModel } from './models/finding.model';
import { Snapshot } from './models/snapshot.model';

@Resolver(() => Snapshot)
export class SnapshotsResolver {
  @Query(() => Snapshot, { description: 'One snapshot by id.', complexity: DB_FIELD_COST })
  @Scopes('read')
  async snapshot(
    @Args('id', { type: () => ID }) id: string,
    @Context() { loaders }: GraphQLContext,
  ): Promise<Snapshot> {
    return visibleSnapshot(loaders, id, 'id');
  }

  @ResolveField(() => Cluster, {
    description: 'The cluster it belongs to.',
    complexity: DB_FIELD_COST,
  })
  async cluster(
    @Parent() snapshot: Snapshot,
    @Context() { loaders }: GraphQLContext,
  ): Promise<Cluster> {
    const cluster = await loaders.clusterById.load(snapshot.clusterId);
    if (!cluster) throw new KordonError('not_found', `no cluster with id "${snapshot.clusterId}"`);
    return toClusterModel(cluster);
  }

  @ResolveField(() => FindingConnection, {
    description: 'The issues open at this snapshot, most severe first (none until it is analyzed).',
    complexity: DB_FIELD_COST,
  })
  async findings(
    @Parent() snapshot: Snapshot,
    @Args() args: FindingsArgs,
    @Context() { loaders }: GraphQLContext,
  ): Promise<FindingConnection> {
    const page = parsePageQuery({ limit: args.first, cursor: args.after });
    const result = await loaders.findingPage.load({
      snapshot,
      first: page.limit,
      ...(page.cursor ? { after: page.cursor } : {}),
      ...(args.severity ? { severity: args.severity } : {}),
    });
    return toConnection(result, toFindingModel, pageCursors.issue);
  }
}
