import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { parsePageQuery } from '../../common/page-query';
import { Scopes } from '../../common/scopes.decorator';
import { DB_FIELD_COST } from '../../graphql/connection-cost.estimator';
import { toConnection } from '../../graphql/connection';
import { FindingsArgs } from './dto/page.args';
import { Finding, FindingConnection } from './models/finding.model';
import { Snapshot, SnapshotStatus } from './models/snapshot.model';
import { SnapshotsService } from './snapshots.service';
import type { FindingView, SnapshotView } from './snapshots.mapper';

export function toSnapshotModel(v: SnapshotView): Snapshot {
  return { ...v, status: v.status as SnapshotStatus };
}

function toFindingModel(v: FindingView): Finding {
  return {
    ...v,
    observedJson:
      v.observed === undefined || v.observed === null ? null : JSON.stringify(v.observed),
  };
}

@Resolver(() => Snapshot)
export class SnapshotsResolver {
  constructor(private readonly snapshots: SnapshotsService) {}

  @Query(() => Snapshot, { description: 'One snapshot by id.', complexity: DB_FIELD_COST })
  @Scopes('read')
  async snapshot(@Args('id', { type: () => ID }) id: string): Promise<Snapshot> {
    return toSnapshotModel(await this.snapshots.getSnapshot(id));
  }

  @ResolveField(() => FindingConnection, {
    description: 'The issues open at this snapshot, most severe first.',
    complexity: DB_FIELD_COST,
  })
  async findings(
    @Parent() snapshot: Snapshot,
    @Args() args: FindingsArgs,
  ): Promise<FindingConnection> {
    const page = parsePageQuery({ limit: args.first, cursor: args.after });
    const result = await this.snapshots.findings(snapshot.id, {
      limit: page.limit,
      ...(page.cursor ? { cursor: page.cursor } : {}),
      ...(args.severity ? { severity: args.severity } : {}),
    });
    return toConnection(result, toFindingModel);
  }
}
