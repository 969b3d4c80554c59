import { ArgsType, Field } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../graphql/date-time.scalar';
import { PostureBucketEnum } from '../../../graphql/vocabulary.enums';

/** `Cluster.posture(…)`: the range and bucket of `GET /clusters/{name}/posture`. */
@ArgsType()
export class PostureSeriesArgs {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Inclusive (default: 30 days before `to`).',
  })
  from?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Exclusive (default: now).' })
  to?: Date;

  @Field(() => PostureBucketEnum, { defaultValue: 'day' })
  bucket!: 'day' | 'week';
}
