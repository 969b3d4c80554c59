import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '../../snapshots/dto/page.args';

@ArgsType()
export class TokensArgs extends PageArgs {
  @Field({ nullable: true, description: 'Also list revoked tokens (default false).' })
  includeRevoked?: boolean;
}
