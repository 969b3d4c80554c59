import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ReachPorts as ReachPortsResponse } from '@kordon/contracts';
import { PolicyDirectionEnum, ReachProtocolEnum } from '../../../graphql/vocabulary.enums';

type Protocol = 'TCP' | 'UDP' | 'SCTP';

@ObjectType({ description: 'A port (or range) of a protocol; `port: null` is every port.' })
export class ReachPort {
  @Field(() => ReachProtocolEnum) protocol!: Protocol;
  @Field(() => Int, { nullable: true }) port!: number | null;
  @Field(() => Int, { nullable: true, description: 'Closes a range that starts at `port`.' })
  endPort?: number;
}

@ObjectType({
  description:
    'The ports allowed: `all: true` for every port of every protocol (REST `"all"`), else the list.',
})
export class ReachPorts {
  @Field() all!: boolean;
  @Field(() => [ReachPort]) list!: ReachPort[];
}

@ObjectType({ description: 'One rule of a NetworkPolicy.' })
export class RuleRef {
  @Field({ description: '`namespace/name` of the policy.' }) policy!: string;
  @Field(() => PolicyDirectionEnum) direction!: 'ingress' | 'egress';
  @Field(() => Int, { description: 'Index of the rule in the policy (0-based).' })
  ruleIndex!: number;
}

@ObjectType({
  description: 'Two workloads that can connect, on which ports, and the rules allowing it.',
})
export class WorkloadPair {
  @Field({ description: '`namespace/Kind/name`.' }) from!: string;
  @Field({ description: '`namespace/Kind/name`.' }) to!: string;
  @Field(() => ReachPorts) ports!: ReachPorts;
  @Field(() => [RuleRef]) egressRules!: RuleRef[];
  @Field(() => [RuleRef]) ingressRules!: RuleRef[];
}

export function toReachPorts(ports: ReachPortsResponse): ReachPorts {
  return ports === 'all' ? { all: true, list: [] } : { all: false, list: ports };
}

export function toWorkloadPair<P extends { ports: ReachPortsResponse }>(
  pair: P,
): Omit<P, 'ports'> & { ports: ReachPorts } {
  return { ...pair, ports: toReachPorts(pair.ports) };
}
