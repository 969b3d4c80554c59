import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../../graphql/page-info.model';
import { SeverityCounts } from '../../snapshots/models/severity-counts.model';

@ObjectType()
export class LatestSnapshot {
  @Field(() => ID) id!: string;
  @Field() status!: string;
  @Field() collectedAt!: string;
  @Field(() => SeverityCounts, { nullable: true }) counts!: SeverityCounts | null;
}

@ObjectType()
export class Cluster {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() createdAt!: string;
  @Field(() => Int) snapshotCount!: number;
  @Field(() => LatestSnapshot, { nullable: true }) latestSnapshot!: LatestSnapshot | null;
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
