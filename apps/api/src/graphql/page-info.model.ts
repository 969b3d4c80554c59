import { Field, ObjectType } from '@nestjs/graphql';

/** Relay's PageInfo. Kordon pages forward only: `hasPreviousPage` is always false. */
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first edge.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last edge: pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}
