import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../graphql/date-time.scalar';
import { PageInfo } from '../../../graphql/page-info.model';

@ObjectType({ description: 'One change or sign-in, as recorded in the audit log.' })
export class AuditEvent {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) at!: string;
  @Field() actorId!: string;
  @Field({ description: 'Readable label of the actor (token name, user email).' }) actor!: string;
  @Field() action!: string;
  @Field() targetType!: string;
  @Field(() => String, { nullable: true }) targetId!: string | null;
  @Field({ description: 'What changed, as JSON (never a secret).' }) details!: string;
}

@ObjectType()
export class AuditEventEdge {
  @Field(() => AuditEvent) node!: AuditEvent;
  @Field() cursor!: string;
}

@ObjectType()
export class AuditEventConnection {
  @Field(() => [AuditEventEdge]) edges!: AuditEventEdge[];
  @Field(() => [AuditEvent]) nodes!: AuditEvent[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
