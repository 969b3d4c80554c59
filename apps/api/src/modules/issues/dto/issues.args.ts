import { ArgsType, Field } from '@nestjs/graphql';
import type { IssueSort } from '@kordon/contracts';
import type { IssueStatus, Severity } from '@kordon/engine';
import { DateTimeScalar } from '../../../graphql/date-time.scalar';
import { IssueSortEnum, IssueStatusEnum, SeverityEnum } from '../../../graphql/vocabulary.enums';
import { PageArgs } from '../../snapshots/dto/page.args';

/** `Cluster.issues(…)`: the filters and sorts of `GET /clusters/{name}/issues`. */
@ArgsType()
export class IssuesArgs extends PageArgs {
  @Field(() => IssueStatusEnum, { nullable: true }) status?: IssueStatus;
  @Field(() => SeverityEnum, { nullable: true }) severity?: Severity;
  @Field(() => DateTimeScalar, { nullable: true, description: 'First seen after this instant.' })
  firstSeenAfter?: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'First seen before this instant.' })
  firstSeenBefore?: Date;
  @Field(() => String, { nullable: true, description: 'Only this namespace.' }) namespace?: string;
  @Field(() => String, {
    nullable: true,
    description: 'Only this workload (its name: the Deployment, CronJob, bare Pod …).',
  })
  workload?: string;
  @Field(() => String, { nullable: true, description: 'Only workloads of this kind.' })
  kind?: string;
  @Field(() => String, {
    nullable: true,
    description:
      'A check id (`pss.baseline.privileged`), or a prefix ending in `.` or `*` (`pss.restricted.`).',
  })
  check?: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Free text, case-insensitive: check id, namespace, name, container, path, message.',
  })
  q?: string;
  @Field(() => IssueSortEnum, {
    nullable: true,
    description: 'Order (default: most severe first). A cursor belongs to its sort.',
  })
  sort?: IssueSort;
}
