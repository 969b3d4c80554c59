import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { pageCursors } from '@kordon/db';
import { DB_FIELD_COST } from '../../graphql/connection-cost.estimator';
import { toConnection } from '../../graphql/connection';
import type { GraphQLContext } from '../../graphql/graphql-context';
import { Cluster } from '../clusters/models/cluster.model';
import { parseClusterIssuesArgs } from './dto/cluster-issues.args';
import { IssuesArgs } from './dto/issues.args';
import { IssueConnection, toIssueModel } from './models/issue.model';

@Resolver(() => Cluster)
export class IssuesResolver {
  @ResolveField('issues', () => IssueConnection, {
    description:
      "The cluster's issues (findings with their open/resolved lifecycle), most severe first.",
    complexity: DB_FIELD_COST,
  })
  async clusterIssues(
    @Parent() cluster: Cluster,
    @Args() args: IssuesArgs,
    @Context() { loaders }: GraphQLContext,
  ): Promise<IssueConnection> {
    const filter = parseClusterIssuesArgs({
      limit: args.first,
      cursor: args.after,
      status: args.status,
      severity: args.severity,
      firstSeenAfter: args.firstSeenAfter?.toISOString(),
      firstSeenBefore: args.firstSeenBefore?.toISOString(),
      namespace: args.namespace ?? undefined,
      workload: args.workload ?? undefined,
      kind: args.kind ?? undefined,
      check: args.check ?? undefined,
      q: args.q ?? undefined,
      sort: args.sort ?? undefined,
    });
    return toConnection(
      await loaders.issuePage.load({ clusterId: cluster.id, filter }),
      toIssueModel,
      pageCursors.issueIn(filter.sort),
    );
  }
}
