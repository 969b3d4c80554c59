import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../graphql/date-time.scalar';

@ObjectType({ description: 'One part of the posture score (docs/history.md).' })
export class PostureScorePart {
  @Field(() => Float, { description: 'Points this part can give at most.' }) weight!: number;
  @Field(() => Float, { description: '0–1.' }) value!: number;
  @Field(() => Float, { description: 'weight × value.' }) points!: number;
}

@ObjectType()
export class PostureScoreParts {
  @Field(() => PostureScorePart) podSecurity!: PostureScorePart;
  @Field(() => PostureScorePart) findings!: PostureScorePart;
  @Field(() => PostureScorePart) isolation!: PostureScorePart;
  @Field(() => PostureScorePart) exposure!: PostureScorePart;
}

@ObjectType({ description: 'Workloads by the highest Pod Security Standards level they satisfy.' })
export class PssLevelCounts {
  @Field(() => Int) privileged!: number;
  @Field(() => Int) baseline!: number;
  @Field(() => Int) restricted!: number;
}

@ObjectType({ description: 'Open issues by severity.' })
export class SeverityTally {
  @Field(() => Int) critical!: number;
  @Field(() => Int) high!: number;
  @Field(() => Int) medium!: number;
  @Field(() => Int) low!: number;
  @Field(() => Int) info!: number;
}

@ObjectType({
  description: 'Workloads selected by a policy for ingress / egress, and their share.',
})
export class PostureIsolation {
  @Field(() => Int) ingressIsolated!: number;
  @Field(() => Int) egressIsolated!: number;
  @Field(() => Float) ingressCoverage!: number;
  @Field(() => Float) egressCoverage!: number;
}

@ObjectType({
  description:
    'Cluster points: how many namespaces have a default-deny policy; namespace points: 1 when this one has, else 0.',
})
export class DefaultDenyCounts {
  @Field(() => Int) ingress!: number;
  @Field(() => Int) egress!: number;
}

@ObjectType({ description: "A cluster's (or one namespace's) posture at one snapshot." })
export class PosturePoint {
  @Field(() => DateTimeScalar, { description: "The snapshot's collectedAt." }) at!: string;
  @Field(() => ID) snapshotId!: string;
  @Field(() => Int, { description: '0–100 (docs/history.md).' }) score!: number;
  @Field(() => PostureScoreParts, { nullable: true }) parts!: PostureScoreParts | null;
  @Field(() => Int) namespaces!: number;
  @Field(() => Int) workloads!: number;
  @Field(() => PssLevelCounts) levels!: PssLevelCounts;
  @Field(() => SeverityTally) severities!: SeverityTally;
  @Field(() => PostureIsolation) isolation!: PostureIsolation;
  @Field(() => DefaultDenyCounts) defaultDeny!: DefaultDenyCounts;
  @Field(() => Int, { description: 'Workloads reachable from outside the cluster.' })
  exposed!: number;
  @Field(() => Int) attackPaths!: number;
  @Field(() => String, { nullable: true, description: 'The detected CNI.' }) cni!: string | null;
}
