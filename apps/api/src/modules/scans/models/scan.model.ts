import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Severity } from '@kordon/engine';
import { DateTimeScalar } from '../../../graphql/date-time.scalar';
import { PageInfo } from '../../../graphql/page-info.model';
import type { ScanView } from '@kordon/contracts';
import { ScanFormatEnum, ScanVerdictEnum, SeverityEnum } from '../../../graphql/vocabulary.enums';
import { ScanFinding } from './scan-finding.model';

@ObjectType({ description: 'Counts of a scan’s unsuppressed findings by severity.' })
export class ScanCounts {
  @Field(() => Int) critical!: number;
  @Field(() => Int) high!: number;
  @Field(() => Int) medium!: number;
  @Field(() => Int) low!: number;
  @Field(() => Int) info!: number;
  @Field(() => Int) suppressed!: number;
}

@ObjectType({ description: 'The scan a gate compared against.' })
export class ScanBase {
  @Field(() => ID) scanId!: string;
  @Field(() => String, { nullable: true }) branch!: string | null;
  @Field(() => String, { nullable: true }) commit!: string | null;
  @Field({ description: "True when it is the base branch's scan at the merge-base commit." })
  atMergeBase!: boolean;
}

@ObjectType({ description: 'Findings at or above failOn that are absent from the base.' })
export class ScanGate {
  @Field({ description: 'Whether the upload asked for the gate (--fail-on-new).' })
  requested!: boolean;
  @Field(() => SeverityEnum) failOn!: Severity;
  @Field(() => String, { nullable: true }) baseBranch!: string | null;
  @Field(() => ScanBase, { nullable: true, description: 'null: no base scan, all findings new.' })
  base!: ScanBase | null;
  @Field(() => [ScanFinding]) newFindings!: ScanFinding[];
  @Field(() => Int) suppressedNew!: number;
}

@ObjectType({ description: 'A CI upload: a kordon scan report or another tool’s SARIF.' })
export class Scan {
  @Field(() => ID) id!: string;
  @Field() repository!: string;
  @Field() tool!: string;
  @Field(() => ScanFormatEnum) format!: ScanView['format'];
  @Field(() => String, { nullable: true }) commit!: string | null;
  @Field(() => String, { nullable: true }) branch!: string | null;
  @Field(() => String, { nullable: true }) baseBranch!: string | null;
  @Field(() => DateTimeScalar) receivedAt!: string;
  @Field(() => ScanCounts) counts!: ScanCounts;
  @Field(() => ScanVerdictEnum) verdict!: ScanView['verdict'];
  @Field(() => ScanGate) gate!: ScanGate;
}

@ObjectType()
export class ScanEdge {
  @Field(() => Scan) node!: Scan;
  @Field() cursor!: string;
}

@ObjectType()
export class ScanConnection {
  @Field(() => [ScanEdge]) edges!: ScanEdge[];
  @Field(() => [Scan]) nodes!: Scan[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
