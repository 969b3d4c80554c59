import { ArgsType, Field } from '@nestjs/graphql';
import type { PssLevel } from '@kordon/engine';
import { PssLevelEnum } from '../../../graphql/vocabulary.enums';
import { PageArgs } from '../../snapshots/dto/page.args';

/** `Snapshot.workloads(…)`: the filters of `GET /snapshots/{id}/workloads`. */
@ArgsType()
export class WorkloadsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only this namespace.' }) namespace?: string;
  @Field(() => String, { nullable: true, description: 'Only this kind (`Deployment`).' })
  kind?: string;
  @Field(() => PssLevelEnum, { nullable: true, description: 'Only workloads at this level.' })
  level?: PssLevel;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only workloads exposed (true) or not exposed (false) outside the cluster.',
  })
  exposed?: boolean;
}

/** `Snapshot.workload(namespace, kind, name)`. */
@ArgsType()
export class WorkloadArgs {
  @Field() namespace!: string;
  @Field({ description: 'Workload kind: `Deployment`, `DaemonSet`, `Pod`…' }) kind!: string;
  @Field() name!: string;
}
