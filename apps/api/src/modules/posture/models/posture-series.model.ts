import { Field, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../graphql/date-time.scalar';
import { PostureBucketEnum } from '../../../graphql/vocabulary.enums';
import { PosturePoint } from './posture-point.model';

@ObjectType()
export class NamespacePostureSeries {
  @Field() namespace!: string;
  @Field(() => [PosturePoint]) points!: PosturePoint[];
}

@ObjectType({
  description:
    "A cluster's posture over time: the last snapshot of each day or week, oldest first.",
})
export class PostureSeries {
  @Field() cluster!: string;
  @Field(() => PostureBucketEnum) bucket!: 'day' | 'week';
  @Field(() => DateTimeScalar) from!: string;
  @Field(() => DateTimeScalar, { description: 'Exclusive.' }) to!: string;
  @Field(() => [PosturePoint]) points!: PosturePoint[];
  /** Not a field: `namespaces` is resolved on demand from it. */
  clusterId!: string;
}
