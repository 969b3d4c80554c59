import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../graphql/page-info.model';
import { SeverityCounts } from './severity-counts.model';

export enum SnapshotStatus {
  queued = 'queued',
  analyzing = 'analyzing',
  done = 'done',
  failed = 'failed',
}
registerEnumType(SnapshotStatus, { name: 'SnapshotStatus' });

@ObjectType()
export class Snapshot {
  @Field(() => ID) id!: string;
  @Field() clusterName!: string;
  @Field(() => SnapshotStatus) status!: SnapshotStatus;
  @Field() collectedAt!: string;
  @Field() receivedAt!: string;
  @Field(() => String, { nullable: true }) startedAt!: string | null;
  @Field(() => String, { nullable: true }) finishedAt!: string | null;
  @Field(() => String, { nullable: true }) kubernetesVersion!: string | null;
  @Field(() => Int) objectCount!: number;
  @Field(() => String, { nullable: true }) failureReason!: string | null;
  @Field(() => SeverityCounts, { nullable: true }) counts!: SeverityCounts | null;
}

@ObjectType()
export class SnapshotEdge {
  @Field(() => Snapshot) node!: Snapshot;
  @Field() cursor!: string;
}

@ObjectType()
export class SnapshotConnection {
  @Field(() => [SnapshotEdge]) edges!: SnapshotEdge[];
  @Field(() => [Snapshot]) nodes!: Snapshot[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
