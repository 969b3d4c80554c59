import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–500 (default 50).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string;
}

@ArgsType()
export class FindingsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only this severity.' })
  severity?: string;
}
