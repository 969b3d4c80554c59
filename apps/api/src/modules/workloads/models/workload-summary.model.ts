import { Field, ObjectType } from '@nestjs/graphql';
import type { PssLevel } from '@kordon/engine';
import { PageInfo } from '../../../graphql/page-info.model';
import { PssLevelEnum } from '../../../graphql/vocabulary.enums';

@ObjectType({ description: 'A workload of a snapshot, as its list shows it.' })
export class WorkloadSummary {
  @Field({ description: '`namespace/Kind/name`.' }) id!: string;
  @Field() namespace!: string;
  @Field() kind!: string;
  @Field() name!: string;
  @Field(() => PssLevelEnum, {
    description: 'The highest Pod Security level every pod spec of the workload satisfies.',
  })
  level!: PssLevel;
  @Field({ description: 'A NodePort/LoadBalancer Service, an Ingress or a host port exposes it.' })
  exposed!: boolean;
}

@ObjectType()
export class WorkloadSummaryEdge {
  @Field(() => WorkloadSummary) node!: WorkloadSummary;
  @Field() cursor!: string;
}

@ObjectType()
export class WorkloadSummaryConnection {
  @Field(() => [WorkloadSummaryEdge]) edges!: WorkloadSummaryEdge[];
  @Field(() => [WorkloadSummary]) nodes!: WorkloadSummary[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
