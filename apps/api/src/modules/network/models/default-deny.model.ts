import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The default-deny NetworkPolicy for a namespace that lacks one.' })
export class DefaultDenyPolicy {
  @Field() namespace!: string;
  @Field() defaultDenyIngress!: boolean;
  @Field() defaultDenyEgress!: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      'A NetworkPolicy denying all ingress and egress except DNS to kube-dns; null when both are denied already.',
  })
  yaml!: string | null;
}
