import { Field, ObjectType } from '@nestjs/graphql';
import type { WorkloadDetailResponse } from '@kordon/contracts';

@ObjectType({ description: 'A Kubernetes object, by kind, namespace and name.' })
export class ObjectRef {
  @Field() kind!: string;
  @Field() namespace!: string;
  @Field() name!: string;
}

@ObjectType({
  description:
    'Something that exposes workloads outside the cluster: a NodePort or LoadBalancer Service, an Ingress, a host port.',
})
export class Exposure {
  @Field({
    description: 'What exposes: node-port-service, load-balancer-service, ingress, host-port…',
  })
  kind!: string;
  @Field(() => ObjectRef) subject!: ObjectRef;
  @Field(() => [String], { description: 'The workloads exposed (`namespace/Kind/name`).' })
  workloads!: string[];
  @Field({ description: 'Kind-specific details (ports, hosts…), JSON-encoded.' })
  detailsJson!: string;
}

export function toExposureModel({
  details,
  ...rest
}: WorkloadDetailResponse['exposures'][number]): Exposure {
  return { ...rest, detailsJson: JSON.stringify(details) };
}
