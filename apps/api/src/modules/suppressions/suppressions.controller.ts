import { Body, Controller, Param, Query } from '@nestjs/common';
import type { Page, SuppressionView } from '@kordon/contracts';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { Route } from '../../openapi/route.decorator';
import { parseSuppressionListQuery } from './dto/suppression-list.args';
import { SUPPRESSION_ROUTES } from './suppressions.routes';
import { SuppressionsService } from './suppressions.service';

@Controller()
export class SuppressionsController {
  constructor(private readonly suppressions: SuppressionsService) {}

  @Route(SUPPRESSION_ROUTES.create)
  async create(
    @CurrentPrincipal() caller: Principal,
    @Body() body: unknown,
  ): Promise<SuppressionView> {
    return this.suppressions.create(caller, body);
  }

  @Route(SUPPRESSION_ROUTES.list)
  async list(
    @CurrentPrincipal() caller: Principal,
    @Query() query: Record<string, unknown>,
  ): Promise<Page<SuppressionView>> {
    return this.suppressions.list(caller, parseSuppressionListQuery(query));
  }

  @Route(SUPPRESSION_ROUTES.get)
  async get(
    @CurrentPrincipal() caller: Principal,
    @Param('id') id: string,
  ): Promise<SuppressionView> {
    return this.suppressions.get(caller, id);
  }

  @Route(SUPPRESSION_ROUTES.delete)
  async delete(
    @CurrentPrincipal() caller: Principal,
    @Param('id') id: string,
  ): Promise<SuppressionView> {
    return this.suppressions.delete(caller, id);
  }
}
