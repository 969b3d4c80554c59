import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ReachAnswerResponse } from '@kordon/contracts';
import { ReachProtocolEnum } from '../../../graphql/vocabulary.enums';
import { ReachPorts, RuleRef, toReachPorts } from './reach.model';

@ObjectType({
  description: 'One direction of a reachability question (egress of `from`, ingress of `to`).',
})
export class ReachDirection {
  @Field({ description: 'Some policy selects the workload for this direction.' })
  isolated!: boolean;
  @Field() allowed!: boolean;
  @Field(() => [String], { description: 'Policies selecting the workload (`namespace/name`).' })
  policies!: string[];
  @Field(() => [RuleRef], { description: 'The rules allowing the traffic; any one suffices.' })
  rules!: RuleRef[];
  @Field(() => ReachPorts) ports!: ReachPorts;
}

@ObjectType({
  description: 'A reachability question answered as `kordon reach --from --to` answers it.',
})
export class ReachAnswer {
  @Field() snapshotId!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => Int, { nullable: true }) port!: number | null;
  @Field(() => ReachProtocolEnum, { nullable: true })
  protocol!: ReachAnswerResponse['protocol'];
  @Field() allowed!: boolean;
  @Field(() => ReachPorts) ports!: ReachPorts;
  @Field(() => ReachDirection) egress!: ReachDirection;
  @Field(() => ReachDirection) ingress!: ReachDirection;
}

const direction = (d: ReachAnswerResponse['egress']): ReachDirection => ({
  ...d,
  ports: toReachPorts(d.ports),
});

export function toReachAnswerModel(a: ReachAnswerResponse): ReachAnswer {
  return {
    ...a,
    ports: toReachPorts(a.ports),
    egress: direction(a.egress),
    ingress: direction(a.ingress),
  };
}
