import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../graphql/date-time.scalar';

@ObjectType({ description: 'A person who signs in to the dashboard.' })
export class User {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) displayName!: string | null;
  @Field({ description: 'viewer, triager or admin.' }) role!: string;
  @Field({ description: 'Whether the user may see every cluster.' }) allClusters!: boolean;
  @Field(() => [ID], { description: 'The clusters this user may see when not all.' })
  clusterIds!: string[];
  @Field({ description: 'Whether the user can sign in with a password.' }) hasPassword!: boolean;
  @Field({ description: 'A disabled user cannot sign in and their tokens are refused.' })
  disabled!: boolean;
  @Field(() => DateTimeScalar) createdAt!: string;
}

@ObjectType({ description: 'A user and the password generated for them, shown only once.' })
export class UserWithPassword {
  @Field(() => User) user!: User;
  @Field(() => String, { nullable: true }) generatedPassword!: string | null;
  @Field(() => Int, { nullable: true, description: 'Sessions ended by a password reset.' })
  sessionsEnded!: number | null;
}

@ObjectType({ description: 'Whoever is calling: an API token or a signed-in user.' })
export class Viewer {
  @Field({ description: '`session` or `token`.' }) kind!: string;
  @Field({ description: "The token's name or the user's email." }) label!: string;
  @Field(() => User, { nullable: true, description: 'The signed-in user (null for tokens).' })
  user!: User | null;
  @Field(() => [String], { description: 'Effective scopes (a role maps to scopes).' })
  scopes!: string[];
  @Field() allClusters!: boolean;
  @Field(() => [ID]) clusterIds!: string[];
}
