import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../graphql/date-time.scalar';
import { PageInfo } from '../../../graphql/page-info.model';

@ObjectType({ description: 'A cluster, known by an immutable id and a (renamable) unique name.' })
export class Cluster {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => DateTimeScalar) createdAt!: string;
  @Field(() => Int) snapshotCount!: number;
  @Field(() => [String], {
    description: 'Names this cluster had before a rename (uploads to them answer 409).',
  })
  formerNames!: string[];
  /** Not a field: `latestSnapshot` is resolved from this id. */
  latestSnapshotId!: string | null;
}

@ObjectType()
export class ClusterEdge {
  @Field(() => Cluster) node!: Cluster;
  @Field() cursor!: string;
}

@ObjectType()
export class ClusterConnection {
  @Field(() => [ClusterEdge]) edges!: ClusterEdge[];
  @Field(() => [Cluster]) nodes!: Cluster[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
