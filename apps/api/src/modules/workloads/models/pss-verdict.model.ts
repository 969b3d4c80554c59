import { Field, ObjectType } from '@nestjs/graphql';
import type { WorkloadDetailResponse } from '@kordon/contracts';
import { PssLevelEnum } from '../../../graphql/vocabulary.enums';

type VerdictResponse = WorkloadDetailResponse['pss']['baseline'];
type ViolationResponse = VerdictResponse['violations'][number];

@ObjectType({ description: 'A field that fails a Pod Security check.' })
export class PssViolationField {
  @Field(() => String, { nullable: true }) container!: string | null;
  @Field({
    description: 'Path naming containers: `spec.containers[name=app].securityContext.privileged`.',
  })
  path!: string;
  @Field(() => String, { nullable: true, description: 'The observed value, JSON-encoded.' })
  observedJson!: string | null;
  @Field() expected!: string;
}

@ObjectType({
  description: 'A Pod Security check the workload fails, as Pod Security Admission judges.',
})
export class PssViolation {
  @Field({ description: "Pod Security Admission's check id (`privileged`)." }) check!: string;
  @Field(() => PssLevelEnum) checkLevel!: ViolationResponse['checkLevel'];
  @Field() reason!: string;
  @Field() detail!: string;
  @Field(() => [PssViolationField]) fields!: PssViolationField[];
}

@ObjectType({
  description: 'Whether every pod spec of the workload satisfies a level, and why not.',
})
export class PssVerdict {
  @Field() allowed!: boolean;
  @Field(() => [PssViolation]) violations!: PssViolation[];
}

@ObjectType()
export class PssVerdicts {
  @Field(() => PssVerdict) baseline!: PssVerdict;
  @Field(() => PssVerdict) restricted!: PssVerdict;
}

export function toPssVerdictModel(v: VerdictResponse): PssVerdict {
  return {
    allowed: v.allowed,
    violations: v.violations.map((x) => ({
      ...x,
      fields: x.fields.map(({ observed, ...f }) => ({
        ...f,
        observedJson: observed === undefined || observed === null ? null : JSON.stringify(observed),
      })),
    })),
  };
}
