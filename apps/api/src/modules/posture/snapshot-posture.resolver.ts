import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DB_FIELD_COST } from '../../graphql/connection-cost.estimator';
import type { GraphQLContext } from '../../graphql/graphql-context';
import { Snapshot } from '../snapshots/models/snapshot.model';
import { PosturePoint } from './models/posture-point.model';
import { toPosturePointModel } from './models/to-posture-point-model';

@Resolver(() => Snapshot)
export class SnapshotPostureResolver {
  @ResolveField(() => PosturePoint, {
    nullable: true,
    description: "The cluster's posture at this snapshot (null until it is analyzed).",
    complexity: DB_FIELD_COST,
  })
  async posture(
    @Parent() snapshot: Snapshot,
    @Context() { loaders }: GraphQLContext,
  ): Promise<PosturePoint | null> {
    const point = await loaders.posturePoint.load(snapshot.id);
    return point ? toPosturePointModel(point) : null;
  }
}
