import { Field, ObjectType } from '@nestjs/graphql';
import type { ResolveReason } from '@kordon/engine';
import { DateTimeScalar } from '../../../graphql/date-time.scalar';
import { PageInfo } from '../../../graphql/page-info.model';
import { ResolveReasonEnum } from '../../../graphql/vocabulary.enums';
import { Finding, toFindingModel } from '../../snapshots/models/finding.model';
import type { IssueView } from '../issues.mapper';

@ObjectType({ description: "A finding's identity in a cluster, with its open/resolved lifecycle." })
export class Issue extends Finding {
  @Field() open!: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) resolvedAt!: string | null;
  @Field(() => ResolveReasonEnum, { nullable: true }) resolvedReason!: ResolveReason | null;
  @Field({
    description: 'A suppression in force now matches it (it is then out of the open list).',
  })
  suppressed!: boolean;
}

@ObjectType()
export class IssueEdge {
  @Field(() => Issue) node!: Issue;
  @Field() cursor!: string;
}

@ObjectType()
export class IssueConnection {
  @Field(() => [IssueEdge]) edges!: IssueEdge[];
  @Field(() => [Issue]) nodes!: Issue[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

export function toIssueModel(v: IssueView): Issue {
  return {
    ...toFindingModel(v),
    open: v.open,
    resolvedAt: v.resolvedAt,
    resolvedReason: v.resolvedReason,
    suppressed: v.suppressed,
  };
}
