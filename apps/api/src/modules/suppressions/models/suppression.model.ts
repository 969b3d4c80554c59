import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../graphql/date-time.scalar';
import { PageInfo } from '../../../graphql/page-info.model';

@ObjectType({ description: 'A decision not to count a check in a cluster or a CI repository.' })
export class Suppression {
  @Field(() => ID) id!: string;
  @Field() check!: string;
  @Field(() => String, { nullable: true }) cluster!: string | null;
  @Field(() => String, { nullable: true }) repository!: string | null;
  @Field(() => String, { nullable: true }) namespace!: string | null;
  @Field(() => String, { nullable: true }) workload!: string | null;
  @Field(() => String, { nullable: true }) container!: string | null;
  @Field() reason!: string;
  @Field() author!: string;
  @Field(() => DateTimeScalar) createdAt!: string;
  @Field(() => DateTimeScalar, { nullable: true }) expiresAt!: string | null;
  @Field({ description: 'False once expired.' }) active!: boolean;
}

@ObjectType()
export class SuppressionEdge {
  @Field(() => Suppression) node!: Suppression;
  @Field() cursor!: string;
}

@ObjectType()
export class SuppressionConnection {
  @Field(() => [SuppressionEdge]) edges!: SuppressionEdge[];
  @Field(() => [Suppression]) nodes!: Suppression[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
