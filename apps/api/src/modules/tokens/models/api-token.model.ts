import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../graphql/date-time.scalar';
import { PageInfo } from '../../../graphql/page-info.model';

@ObjectType({ description: 'An API token (never its secret).' })
export class ApiToken {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'The first characters of the token.' }) prefix!: string;
  @Field(() => [String]) scopes!: string[];
  @Field(() => [String], { description: 'Cluster names, or ["*"].' }) clusters!: string[];
  @Field(() => DateTimeScalar) createdAt!: string;
  @Field(() => DateTimeScalar, { nullable: true }) expiresAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastUsedAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) revokedAt!: string | null;
}

@ObjectType({ description: 'A new token and its secret, shown this once.' })
export class CreatedApiToken {
  @Field({ description: 'The secret (`kordon_…`).' }) token!: string;
  @Field(() => ApiToken) apiToken!: ApiToken;
}

@ObjectType()
export class ApiTokenEdge {
  @Field(() => ApiToken) node!: ApiToken;
  @Field() cursor!: string;
}

@ObjectType()
export class ApiTokenConnection {
  @Field(() => [ApiTokenEdge]) edges!: ApiTokenEdge[];
  @Field(() => [ApiToken]) nodes!: ApiToken[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType({ description: 'A token to create; it never exceeds its creator’s scopes or clusters.' })
export class CreateTokenInput {
  @Field() name!: string;
  @Field(() => [String]) scopes!: string[];
  @Field(() => [String], {
    nullable: true,
    description: 'Cluster names or ["*"]; required for ingest tokens.',
  })
  clusters?: string[];
  @Field({ nullable: true, description: 'Date or RFC 3339 timestamp.' }) expires?: string;
}
