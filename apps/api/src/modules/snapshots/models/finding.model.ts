import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Severity } from '@kordon/engine';
import { DateTimeScalar } from '../../../graphql/date-time.scalar';
import { PageInfo } from '../../../graphql/page-info.model';
import { SeverityEnum } from '../../../graphql/vocabulary.enums';
import type { FindingView } from '../snapshots.mapper';

@ObjectType({ description: 'An issue open at a snapshot: a finding with its lifecycle identity.' })
export class Finding {
  @Field(() => ID) id!: string;
  @Field({ description: 'SHA-256 of [check, kind, namespace, name, container, path].' })
  fingerprint!: string;
  @Field() checkId!: string;
  @Field() title!: string;
  @Field(() => SeverityEnum) severity!: Severity;
  @Field() kind!: string;
  @Field() namespace!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) container!: string | null;
  @Field({ description: 'Field path relative to the pod spec, naming containers.' }) path!: string;
  @Field() message!: string;
  @Field(() => String, { nullable: true, description: 'The observed value, JSON-encoded.' })
  observedJson!: string | null;
  @Field() expected!: string;
  @Field() remediation!: string;
  @Field() docsUrl!: string;
  @Field(() => DateTimeScalar) firstSeenAt!: string;
  @Field(() => Int) reopenCount!: number;
}

@ObjectType()
export class FindingEdge {
  @Field(() => Finding) node!: Finding;
  @Field() cursor!: string;
}

@ObjectType()
export class FindingConnection {
  @Field(() => [FindingEdge]) edges!: FindingEdge[];
  @Field(() => [Finding]) nodes!: Finding[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

/** The REST view as the GraphQL model: `observed` (any JSON) travels JSON-encoded. */
export function toFindingModel({ observed, ...rest }: FindingView): Finding {
  return {
    ...rest,
    observedJson: observed === undefined || observed === null ? null : JSON.stringify(observed),
  };
}
