import { Field, ObjectType } from '@nestjs/graphql';
import type { CheckResponse } from '@kordon/contracts';
import type { PssLevel, Severity } from '@kordon/engine';
import { CheckFamilyEnum, PssLevelEnum, SeverityEnum } from '../../../graphql/vocabulary.enums';

@ObjectType({ description: 'The Pod Security policy versions (`v1.N`) at which PSA runs a check.' })
export class CheckVersions {
  @Field() since!: string;
  @Field({ description: 'The newest version Kordon implements.' }) through!: string;
}

@ObjectType({ description: 'One check of the catalog.' })
export class Check {
  @Field() id!: string;
  @Field(() => CheckFamilyEnum) family!: CheckResponse['family'];
  @Field() title!: string;
  @Field(() => SeverityEnum) severity!: Severity;
  @Field() remediation!: string;
  @Field() docsUrl!: string;
  @Field(() => PssLevelEnum, {
    nullable: true,
    description: 'PSS checks: the level that introduces the check.',
  })
  pssLevel!: PssLevel | null;
  @Field(() => String, {
    nullable: true,
    description: "PSS checks: Pod Security Admission's own check id (`runAsNonRoot`).",
  })
  upstreamId!: string | null;
  @Field(() => CheckVersions, { nullable: true }) versions!: CheckVersions | null;
}

@ObjectType({ description: 'The check catalog, versioned.' })
export class CheckCatalog {
  @Field() catalogVersion!: string;
  @Field() engineVersion!: string;
  @Field(() => [Check]) items!: Check[];
}
