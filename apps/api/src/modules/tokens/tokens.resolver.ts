import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { AnyPrincipal } from '../../common/scopes.decorator';
import { toConnection } from '../../graphql/connection';
import { TokensArgs } from './dto/tokens.args';
import { parseTokenListQuery } from './tokens.controller';
import {
  ApiToken,
  ApiTokenConnection,
  CreateTokenInput,
  CreatedApiToken,
} from './models/api-token.model';
import { encodeTokenCursor } from './token-cursor';
import { TokensService } from './tokens.service';

@Resolver(() => ApiToken)
export class TokensResolver {
  constructor(private readonly tokens: TokensService) {}

  @Query(() => ApiTokenConnection, {
    description: 'API tokens, newest first (admins: all; others: their own).',
  })
  @AnyPrincipal()
  async apiTokens(
    @CurrentPrincipal() caller: Principal,
    @Args() args: TokensArgs,
  ): Promise<ApiTokenConnection> {
    const query = parseTokenListQuery({
      limit: args.first,
      cursor: args.after,
      includeRevoked: args.includeRevoked === undefined ? undefined : String(args.includeRevoked),
    });
    return toConnection(
      await this.tokens.list(caller, query),
      (t) => t,
      (t) => encodeTokenCursor({ createdAt: new Date(t.createdAt), id: t.id }),
    );
  }

  @Mutation(() => CreatedApiToken, { description: 'Create a token; the secret is answered once.' })
  @AnyPrincipal()
  async createToken(
    @CurrentPrincipal() caller: Principal,
    @Args('input') input: CreateTokenInput,
  ): Promise<CreatedApiToken> {
    const body = Object.fromEntries(Object.entries(input).filter(([, v]) => v != null));
    return this.tokens.create(caller, body, 'input');
  }

  @Mutation(() => ApiToken, { description: 'Revoke a token (admins: any; others: their own).' })
  @AnyPrincipal()
  async revokeToken(
    @CurrentPrincipal() caller: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ApiToken> {
    return this.tokens.revoke(caller, id);
  }
}
