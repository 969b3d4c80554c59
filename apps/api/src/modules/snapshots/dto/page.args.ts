import { ArgsType, Field, Int } from '@nestjs/graphql';
import type { Severity } from '@kordon/engine';
import { SeverityEnum } from '../../../graphql/vocabulary.enums';

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Page size, 1–500 (default 50). Outside the range: a validation error.',
  })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The cursor of the edge to continue after.' })
  after?: string;
}

@ArgsType()
export class FindingsArgs extends PageArgs {
  @Field(() => SeverityEnum, { nullable: true, description: 'Only this severity.' })
  severity?: Severity;
}
