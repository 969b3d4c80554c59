import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Severity } from '@kordon/engine';
import { PageInfo } from '../../../graphql/page-info.model';
import { SeverityEnum } from '../../../graphql/vocabulary.enums';

@ObjectType({ description: 'A finding of a CI scan, attributed to the tool that reported it.' })
export class ScanFinding {
  @Field({ description: 'Identity across scans (never depends on line numbers).' })
  fingerprint!: string;
  @Field({ description: '`kordon`, or the SARIF tool name.' }) tool!: string;
  @Field() ruleId!: string;
  @Field(() => SeverityEnum) severity!: Severity;
  @Field() title!: string;
  @Field() message!: string;
  @Field(() => String, { nullable: true }) kind!: string | null;
  @Field(() => String, { nullable: true }) namespace!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) container!: string | null;
  @Field(() => String, { nullable: true }) path!: string | null;
  @Field(() => String, { nullable: true, description: 'The file the finding was reported in.' })
  location!: string | null;
  @Field(() => Int, { nullable: true }) line!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => String, { nullable: true }) suppressionReason!: string | null;
}

@ObjectType()
export class ScanFindingEdge {
  @Field(() => ScanFinding) node!: ScanFinding;
  @Field() cursor!: string;
}

@ObjectType()
export class ScanFindingConnection {
  @Field(() => [ScanFindingEdge]) edges!: ScanFindingEdge[];
  @Field(() => [ScanFinding]) nodes!: ScanFinding[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
