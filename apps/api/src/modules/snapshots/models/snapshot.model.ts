import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SnapshotStatus } from '@kordon/engine';
import { DateTimeScalar } from '../../../graphql/date-time.scalar';
import { PageInfo } from '../../../graphql/page-info.model';
import { SnapshotStatusEnum } from '../../../graphql/vocabulary.enums';
import { SeverityCounts } from './severity-counts.model';

@ObjectType({ description: 'How long the snapshot waited in the queue and took to analyze.' })
export class SnapshotTimings {
  @Field(() => Int, { nullable: true }) queuedMs!: number | null;
  @Field(() => Int, { nullable: true }) analysisMs!: number | null;
}

@ObjectType({ description: "Rows the last analysis wrote, and the stored body's bytes." })
export class SnapshotWrites {
  @Field(() => Int) issueRows!: number;
  @Field(() => Int) spanRows!: number;
  @Field(() => Int) workloadSpanRows!: number;
  @Field(() => Int) postureRows!: number;
  @Field(() => Float) chunkBytes!: number;
}

@ObjectType({ description: 'One collected state of a cluster and its analysis.' })
export class Snapshot {
  @Field(() => ID) id!: string;
  @Field(() => ID) clusterId!: string;
  @Field() clusterName!: string;
  @Field(() => SnapshotStatusEnum) status!: SnapshotStatus;
  @Field({ description: 'upload or collector.' }) source!: string;
  @Field(() => DateTimeScalar) collectedAt!: string;
  @Field(() => DateTimeScalar) receivedAt!: string;
  @Field(() => DateTimeScalar, { nullable: true }) startedAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) finishedAt!: string | null;
  @Field(() => String, { nullable: true }) kubernetesVersion!: string | null;
  @Field(() => Int) objectCount!: number;
  @Field(() => Float, { description: 'Bytes received (compressed as sent).' }) rawBytes!: number;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) failureReason!: string | null;
  @Field(() => String, { nullable: true }) engineVersion!: string | null;
  @Field(() => String, { nullable: true }) catalogVersion!: string | null;
  @Field(() => SeverityCounts, { nullable: true, description: 'Open issues by severity.' })
  counts!: SeverityCounts | null;
  @Field(() => SnapshotTimings, { nullable: true }) timings!: SnapshotTimings | null;
  @Field(() => Int) rowsWritten!: number;
  @Field(() => SnapshotWrites) written!: SnapshotWrites;
  @Field(() => DateTimeScalar, { nullable: true }) rawPurgedAt!: string | null;
  @Field({ description: 'Whether it changed the issue lifecycle (false when out of order).' })
  appliedLifecycle!: boolean;
  @Field(() => Int, { nullable: true }) workloads!: number | null;
  @Field(() => Int, { nullable: true }) namespaces!: number | null;
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
