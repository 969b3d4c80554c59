import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'A new user; without a password one is generated and answered once.' })
export class CreateUserInput {
  @Field() email!: string;
  @Field({ description: 'viewer, triager or admin.' }) role!: string;
  @Field(() => [String], { nullable: true, description: 'Cluster names; null: every cluster.' })
  clusters?: string[] | null;
  @Field(() => String, { nullable: true, description: 'At least 12 characters.' })
  password?: string | null;
  @Field(() => String, { nullable: true }) displayName?: string | null;
}
