import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DB_FIELD_COST } from '../../graphql/connection-cost.estimator';
import type { GraphQLContext } from '../../graphql/graphql-context';
import { Cluster } from '../clusters/models/cluster.model';
import { parsePostureArgs } from './dto/posture.args';
import { PostureSeriesArgs } from './dto/posture-series.args';
import { NamespacePostureSeries, PostureSeries } from './models/posture-series.model';
import { toPosturePointModel } from './models/to-posture-point-model';

/** Namespace series: one statement for every series of a request, its work growing with their points. */
const NAMESPACE_SERIES_COST = 100;

@Resolver(() => Cluster)
export class PostureResolver {
  @ResolveField(() => PostureSeries, {
    description:
      "The cluster's posture over time, read from rollups: the last snapshot of each day or week.",
    complexity: DB_FIELD_COST,
  })
  async posture(
    @Parent() cluster: Cluster,
    @Args() args: PostureSeriesArgs,
    @Context() { loaders }: GraphQLContext,
  ): Promise<PostureSeries> {
    const range = parsePostureArgs(
      { from: args.from?.toISOString(), to: args.to?.toISOString(), bucket: args.bucket },
      loaders.now,
    );
    const points = await loaders.postureSeries.load({ clusterId: cluster.id, ...range });
    return {
      cluster: cluster.name,
      clusterId: cluster.id,
      bucket: range.bucket,
      from: range.from.toISOString(),
      to: range.to.toISOString(),
      points: points.map(toPosturePointModel),
    };
  }
}

@Resolver(() => PostureSeries)
export class PostureSeriesResolver {
  @ResolveField(() => [NamespacePostureSeries], {
    description: 'The same points for each namespace.',
    complexity: NAMESPACE_SERIES_COST,
  })
  async namespaces(
    @Parent() series: PostureSeries,
    @Context() { loaders }: GraphQLContext,
  ): Promise<NamespacePostureSeries[]> {
    const namespaces = await loaders.namespaceSeries.load({
      clusterId: series.clusterId,
      snapshotIds: series.points.map((p) => p.snapshotId),
    });
    return namespaces.map((n) => ({
      namespace: n.namespace,
      points: n.points.map(toPosturePointModel),
    }));
  }
}
