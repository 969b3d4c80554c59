import { ArgsType, Field } from '@nestjs/graphql';
import type { IssueStatus, Severity } from '@kordon/engine';
import { DateTimeScalar } from '../../../graphql/date-time.scalar';
import { IssueStatusEnum, SeverityEnum } from '../../../graphql/vocabulary.enums';
import { PageArgs } from '../../snapshots/dto/page.args';

/** `Cluster.issues(…)`: the filters of `GET /clusters/{name}/issues`. */
@ArgsType()
export class IssuesArgs extends PageArgs {
  @Field(() => IssueStatusEnum, { nullable: true }) status?: IssueStatus;
  @Field(() => SeverityEnum, { nullable: true }) severity?: Severity;
  @Field(() => DateTimeScalar, { nullable: true, description: 'First seen after this instant.' })
  firstSeenAfter?: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'First seen before this instant.' })
  firstSeenBefore?: Date;
}
