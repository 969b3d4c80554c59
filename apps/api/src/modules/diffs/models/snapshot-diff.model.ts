import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PssLevel } from '@kordon/engine';
import { DateTimeScalar } from '../../../graphql/date-time.scalar';
import { PssLevelEnum } from '../../../graphql/vocabulary.enums';
import { Issue } from '../../issues/models/issue.model';

@ObjectType()
export class SnapshotRef {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) collectedAt!: string;
}

@ObjectType()
export class IssueChangeCounts {
  @Field(() => Int) new!: number;
  @Field(() => Int) resolved!: number;
  @Field(() => Int) unchanged!: number;
}

@ObjectType()
export class IssueChanges {
  @Field(() => IssueChangeCounts, { description: 'Complete, whatever the limit.' })
  counts!: IssueChangeCounts;
  @Field(() => [Issue]) new!: Issue[];
  @Field(() => [Issue]) resolved!: Issue[];
  @Field(() => [Issue]) unchanged!: Issue[];
}

@ObjectType({ description: 'A workload (`namespace/Kind/name`) and its Pod Security level.' })
export class WorkloadLevel {
  @Field() id!: string;
  @Field(() => PssLevelEnum) level!: PssLevel;
}

@ObjectType()
export class WorkloadLevelChange {
  @Field() id!: string;
  @Field(() => PssLevelEnum) from!: PssLevel;
  @Field(() => PssLevelEnum) to!: PssLevel;
}

@ObjectType()
export class WorkloadChangeCounts {
  @Field(() => Int) added!: number;
  @Field(() => Int) removed!: number;
  @Field(() => Int) levelChanged!: number;
}

@ObjectType()
export class WorkloadChanges {
  @Field(() => [WorkloadLevel]) added!: WorkloadLevel[];
  @Field(() => [WorkloadLevel]) removed!: WorkloadLevel[];
  @Field(() => [WorkloadLevelChange]) levelChanged!: WorkloadLevelChange[];
  @Field(() => WorkloadChangeCounts) counts!: WorkloadChangeCounts;
}

@ObjectType({ description: 'Traffic from namespace `from` to namespace `to`.' })
export class NamespacePair {
  @Field() from!: string;
  @Field() to!: string;
}

@ObjectType()
export class ReachChangeCounts {
  @Field(() => Int) becameReachable!: number;
  @Field(() => Int) becameUnreachable!: number;
}

@ObjectType()
export class ReachChanges {
  @Field(() => [NamespacePair]) becameReachable!: NamespacePair[];
  @Field(() => [NamespacePair]) becameUnreachable!: NamespacePair[];
  @Field(() => ReachChangeCounts) counts!: ReachChangeCounts;
  @Field({ description: 'False when a stored matrix was truncated or missing.' })
  complete!: boolean;
}

@ObjectType({
  description: 'What changed from snapshot `against` to `snapshot`; lists capped at `limit`.',
})
export class SnapshotDiff {
  @Field(() => SnapshotRef) snapshot!: SnapshotRef;
  @Field(() => SnapshotRef) against!: SnapshotRef;
  @Field(() => Int) limit!: number;
  @Field(() => IssueChanges) issues!: IssueChanges;
  @Field(() => WorkloadChanges) workloads!: WorkloadChanges;
  @Field(() => ReachChanges) reach!: ReachChanges;
}
