import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'A change to a user: at least one of role, clusters and disabled.' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true, description: 'viewer, triager or admin.' })
  role?: string | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Cluster names, or ["*"] for every cluster; replaces the current ones.',
  })
  clusters?: string[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: sessions ended, sign-in and tokens refused; false: enabled again.',
  })
  disabled?: boolean | null;
}
