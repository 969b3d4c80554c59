import { Controller, Param, Query } from '@nestjs/common';
import type { NamespacesViewResponse } from '@kordon/contracts';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { Route } from '../../openapi/route.decorator';
import { parseNamespacesViewArgs } from './dto/namespaces-view.args';
import { NAMESPACE_ROUTES } from './namespaces.routes';
import { NamespacesService } from './namespaces.service';

@Controller()
export class NamespacesController {
  constructor(private readonly namespaces: NamespacesService) {}

  @Route(NAMESPACE_ROUTES.view)
  async view(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<NamespacesViewResponse> {
    return this.namespaces.view(principal, id, parseNamespacesViewArgs(query));
  }
}
