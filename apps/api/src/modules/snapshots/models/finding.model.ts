import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../../graphql/page-info.model';

@ObjectType({ description: 'An issue open at a snapshot: a finding with its lifecycle identity.' })
export class Finding {
  @Field(() => ID) id!: string;
  @Field({ description: 'SHA-256 of [check, kind, namespace, name, container, path].' })
  fingerprint!: string;
  @Field() checkId!: string;
  @Field() title!: string;
  @Field() severity!: string;
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
  @Field() firstSeenAt!: string;
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
