import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { WorkloadDetailResponse } from '@kordon/contracts';
import type { PssLevel, ResolveReason, Severity } from '@kordon/engine';
import { listCost } from '../../../graphql/connection-cost.estimator';
import { DateTimeScalar } from '../../../graphql/date-time.scalar';
import { PssLevelEnum, ResolveReasonEnum, SeverityEnum } from '../../../graphql/vocabulary.enums';
import { ReachPorts, RuleRef, toReachPorts } from '../../network/models/reach.model';
import { WORKLOAD_LIST_CAP } from '../workloads.service';
import { EffectiveContainer, toEffectiveContainerModel } from './effective-container.model';
import { Exposure, toExposureModel } from './exposure.model';
import { PssVerdicts, toPssVerdictModel } from './pss-verdict.model';

@ObjectType({ description: 'Whether the workload is isolated by NetworkPolicies, and by which.' })
export class WorkloadIsolation {
  @Field() hostNetwork!: boolean;
  @Field() ingressIsolated!: boolean;
  @Field() egressIsolated!: boolean;
  @Field(() => [String]) ingressPolicies!: string[];
  @Field(() => [String]) egressPolicies!: string[];
}

@ObjectType({
  description: 'A workload this one can reach or be reached by, with ports and rules.',
})
export class WorkloadPeer {
  @Field({ description: '`namespace/Kind/name`.' }) workload!: string;
  @Field(() => ReachPorts) ports!: ReachPorts;
  @Field(() => [RuleRef]) egressRules!: RuleRef[];
  @Field(() => [RuleRef]) ingressRules!: RuleRef[];
}

@ObjectType()
export class WorkloadReach {
  @Field(() => [WorkloadPeer], {
    description: `Workloads this one can open a connection to (at most ${WORKLOAD_LIST_CAP}).`,
    complexity: listCost,
  })
  canReach!: WorkloadPeer[];
  @Field(() => [WorkloadPeer], {
    description: `Workloads that can connect to this one (at most ${WORKLOAD_LIST_CAP}).`,
    complexity: listCost,
  })
  reachableFrom!: WorkloadPeer[];
  @Field({ description: 'False when a list was cut.' }) complete!: boolean;
}

@ObjectType({
  description: 'A Pod Security level change (`from: null`: appeared; `to: null`: gone).',
})
export class WorkloadLevelTransition {
  @Field(() => DateTimeScalar) at!: string;
  @Field() snapshotId!: string;
  @Field(() => PssLevelEnum, { nullable: true }) from!: PssLevel | null;
  @Field(() => PssLevelEnum, { nullable: true }) to!: PssLevel | null;
}

@ObjectType({ description: 'An issue of the workload: when it opened and when (why) it resolved.' })
export class WorkloadIssueEvent {
  @Field() issueId!: string;
  @Field() checkId!: string;
  @Field(() => SeverityEnum) severity!: Severity;
  @Field(() => String, { nullable: true }) container!: string | null;
  @Field() path!: string;
  @Field(() => DateTimeScalar) openedAt!: string;
  @Field() openedSnapshotId!: string;
  @Field(() => DateTimeScalar, { nullable: true }) resolvedAt!: string | null;
  @Field(() => String, { nullable: true }) resolvedSnapshotId!: string | null;
  @Field(() => ResolveReasonEnum, { nullable: true }) resolvedReason!: ResolveReason | null;
}

@ObjectType({ description: 'The workload across snapshots, up to this one.' })
export class WorkloadHistory {
  @Field(() => [WorkloadLevelTransition]) levelChanges!: WorkloadLevelTransition[];
  @Field(() => [WorkloadIssueEvent], {
    description: `At most ${WORKLOAD_LIST_CAP}.`,
    complexity: listCost,
  })
  issues!: WorkloadIssueEvent[];
}

@ObjectType({
  description:
    'One workload of a snapshot: effective security context per container, Pod Security verdicts, exposures, reach and history.',
})
export class WorkloadDetail {
  @Field() snapshotId!: string;
  @Field({ description: '`namespace/Kind/name`.' }) id!: string;
  @Field() namespace!: string;
  @Field() kind!: string;
  @Field() name!: string;
  @Field(() => Int, { nullable: true }) desiredReplicas!: number | null;
  @Field(() => Int) observedPods!: number;
  @Field(() => PssLevelEnum) level!: PssLevel;
  @Field({ description: 'The Pod Security version judged at (`v1.31`).' }) pssVersion!: string;
  @Field(() => PssVerdicts) pss!: PssVerdicts;
  @Field(() => [EffectiveContainer]) containers!: EffectiveContainer[];
  @Field(() => String, {
    nullable: true,
    description: 'The pod-level security settings, JSON-encoded.',
  })
  podJson!: string | null;
  @Field(() => WorkloadIsolation, { nullable: true }) isolation!: WorkloadIsolation | null;
  @Field(() => [Exposure]) exposures!: Exposure[];
  @Field(() => WorkloadReach) reach!: WorkloadReach;
  @Field(() => WorkloadHistory) history!: WorkloadHistory;
}

const toPeer = (p: WorkloadDetailResponse['reach']['canReach'][number]): WorkloadPeer => ({
  ...p,
  ports: toReachPorts(p.ports),
});

export function toWorkloadDetailModel({ pod, ...w }: WorkloadDetailResponse): WorkloadDetail {
  return {
    ...w,
    pss: {
      baseline: toPssVerdictModel(w.pss.baseline),
      restricted: toPssVerdictModel(w.pss.restricted),
    },
    containers: w.containers.map(toEffectiveContainerModel),
    podJson: pod === null ? null : JSON.stringify(pod),
    exposures: w.exposures.map(toExposureModel),
    reach: {
      canReach: w.reach.canReach.map(toPeer),
      reachableFrom: w.reach.reachableFrom.map(toPeer),
      complete: w.reach.complete,
    },
  };
}
