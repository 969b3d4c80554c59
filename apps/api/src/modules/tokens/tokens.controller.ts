import { Body, Controller, Param, Query } from '@nestjs/common';
import {
  KordonError,
  zodIssuesToDetails,
  type ApiTokenResponse,
  type CreatedApiTokenResponse,
  type Page,
} from '@kordon/contracts';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { Route } from '../../openapi/route.decorator';
import { TOKEN_ROUTES, tokenListQuerySchema } from './tokens.routes';
import { TokensService } from './tokens.service';

export function parseTokenListQuery(query: Record<string, unknown>) {
  const keys = ['limit', 'cursor', 'includeRevoked'];
  const parsed = tokenListQuerySchema.safeParse(
    Object.fromEntries(keys.map((k) => [k, query[k] ?? undefined])),
  );
  if (!parsed.success)
    throw new KordonError(
      'validation_failed',
      'invalid token query',
      zodIssuesToDetails(parsed.error, 'query'),
    );
  const { limit, cursor, includeRevoked } = parsed.data;
  return { limit, ...(cursor ? { cursor } : {}), includeRevoked: includeRevoked ?? false };
}

@Controller()
export class TokensController {
  constructor(private readonly tokens: TokensService) {}

  @Route(TOKEN_ROUTES.create)
  async create(
    @CurrentPrincipal() caller: Principal,
    @Body() body: unknown,
  ): Promise<CreatedApiTokenResponse> {
    return this.tokens.create(caller, body);
  }

  @Route(TOKEN_ROUTES.list)
  async list(
    @CurrentPrincipal() caller: Principal,
    @Query() query: Record<string, unknown>,
  ): Promise<Page<ApiTokenResponse>> {
    return this.tokens.list(caller, parseTokenListQuery(query));
  }

  @Route(TOKEN_ROUTES.revoke)
  async revoke(
    @CurrentPrincipal() caller: Principal,
    @Param('id') id: string,
  ): Promise<ApiTokenResponse> {
    return this.tokens.revoke(caller, id);
  }
}
