import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { NetworkViewResponse } from '@kordon/contracts';
import { CniVerdictEnum, NamespaceReachEnum } from '../../../graphql/vocabulary.enums';
import { Exposure, toExposureModel } from '../../workloads/models/exposure.model';
import { WorkloadPair, toWorkloadPair } from './reach.model';

type Reach = 'all' | 'partial' | 'none';

@ObjectType({ description: 'Whether the CNI enforces NetworkPolicies, and why Kordon thinks so.' })
export class Cni {
  @Field(() => CniVerdictEnum) verdict!: NetworkViewResponse['cni']['verdict'];
  @Field(() => [String]) plugins!: string[];
  @Field(() => [String]) evidence!: string[];
}

@ObjectType({ description: "A namespace's default-deny policies and isolated share." })
export class NamespaceIsolation {
  @Field() namespace!: string;
  @Field() defaultDenyIngress!: boolean;
  @Field() defaultDenyEgress!: boolean;
  @Field(() => Int) workloads!: number;
  @Field(() => Float, { description: 'Share (0–1) of its workloads isolated for ingress.' })
  ingressIsolatedShare!: number;
  @Field(() => Float, { description: 'Share (0–1) of its workloads isolated for egress.' })
  egressIsolatedShare!: number;
}

@ObjectType({ description: 'Every `from × to` pair (distinct namespaces) reaches `reach`.' })
export class MatrixBlock {
  @Field(() => [String]) from!: string[];
  @Field(() => [String]) to!: string[];
  @Field(() => NamespaceReachEnum) reach!: Reach;
}

@ObjectType({ description: 'A namespace to itself, when that differs from the default.' })
export class MatrixPair {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => NamespaceReachEnum) reach!: Reach;
}

@ObjectType({
  description:
    "The sparse namespace matrix: a pair's reach is its `pairs` entry, else the block holding it, else `default`.",
})
export class NamespaceMatrix {
  @Field(() => NamespaceReachEnum) default!: 'all' | 'none';
  @Field(() => [String]) namespaces!: string[];
  @Field(() => [MatrixBlock]) blocks!: MatrixBlock[];
  @Field(() => [MatrixPair]) pairs!: MatrixPair[];
}

@ObjectType({ description: 'From an exposed workload to a sensitive one, hop by hop.' })
export class AttackPath {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => [String]) exposures!: string[];
  @Field(() => [WorkloadPair]) hops!: WorkloadPair[];
}

@ObjectType({ description: 'How many items each list of the network view has in all.' })
export class NetworkTotals {
  @Field(() => Int) isolation!: number;
  @Field(() => Int) exposures!: number;
  @Field(() => Int) danglingBackends!: number;
  @Field(() => Int) attackPaths!: number;
}

@ObjectType({
  description:
    'The network of a snapshot: isolation per namespace, the namespace matrix, exposures, attack paths, CNI verdict.',
})
export class NetworkView {
  @Field() snapshotId!: string;
  @Field(() => Cni) cni!: Cni;
  @Field(() => [NamespaceIsolation]) isolation!: NamespaceIsolation[];
  @Field(() => NamespaceMatrix) matrix!: NamespaceMatrix;
  @Field(() => [Exposure], { description: 'What exposes workloads outside the cluster.' })
  exposures!: Exposure[];
  @Field(() => [Exposure], { description: 'Exposing objects whose backend selects no workload.' })
  danglingBackends!: Exposure[];
  @Field(() => [AttackPath]) attackPaths!: AttackPath[];
  @Field(() => NetworkTotals, { description: 'The lists above hold at most `limit` items each.' })
  totals!: NetworkTotals;
}

export function toNetworkViewModel(v: NetworkViewResponse): NetworkView {
  return {
    ...v,
    exposures: v.exposures.map(toExposureModel),
    danglingBackends: v.danglingBackends.map(toExposureModel),
    attackPaths: v.attackPaths.map((p) => ({ ...p, hops: p.hops.map(toWorkloadPair) })),
  };
}
