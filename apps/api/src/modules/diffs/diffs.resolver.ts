import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { ComplexityEstimatorArgs } from '@nestjs/graphql';
import { visibleSnapshot } from '../../graphql/cluster-scope';
import type { GraphQLContext } from '../../graphql/graphql-context';
import { DB_FIELD_COST } from '../../graphql/connection-cost.estimator';
import { toIssueModel } from '../issues/models/issue.model';
import { Snapshot } from '../snapshots/models/snapshot.model';
import type { SnapshotDiffView } from './diffs.service';
import { parseDiffArgs } from './dto/diff.args';
import { SnapshotDiffArgs } from './dto/snapshot-diff.args';
import { SnapshotDiff } from './models/snapshot-diff.model';

const pairs = (list: [string, string][]) => list.map(([from, to]) => ({ from, to }));

function toSnapshotDiffModel(v: SnapshotDiffView): SnapshotDiff {
  return {
    ...v,
    issues: {
      counts: v.issues.counts,
      new: v.issues.new.map(toIssueModel),
      resolved: v.issues.resolved.map(toIssueModel),
      unchanged: v.issues.unchanged.map(toIssueModel),
    },
    reach: {
      ...v.reach,
      becameReachable: pairs(v.reach.becameReachable),
      becameUnreachable: pairs(v.reach.becameUnreachable),
    },
  };
}

/** Four reads (batched across parents), then every list holds up to `limit` entries. */
const diffCost = ({ args, childComplexity }: ComplexityEstimatorArgs) =>
  4 * DB_FIELD_COST + Math.max(1, Number(args['limit'] ?? 100)) * Math.max(1, childComplexity);

@Resolver(() => Snapshot)
export class DiffsResolver {
  @ResolveField(() => SnapshotDiff, {
    description:
      'What changed from snapshot `against` to this one: issues, workloads and their Pod Security levels, namespace reach.',
    complexity: diffCost,
  })
  async diff(
    @Parent() snapshot: Snapshot,
    @Args() args: SnapshotDiffArgs,
    @Context() { loaders }: GraphQLContext,
  ): Promise<SnapshotDiff> {
    const parsed = parseDiffArgs({ against: args.against, limit: args.limit });
    await visibleSnapshot(loaders, parsed.against, 'against');
    return toSnapshotDiffModel(await loaders.diff.load({ id: snapshot.id, args: parsed }));
  }
}
