import { Controller, Param, Query } from '@nestjs/common';
import type {
  DefaultDenyResponse,
  MatrixCellResponse,
  NetworkViewResponse,
  ReachAnswerResponse,
} from '@kordon/contracts';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { Route } from '../../openapi/route.decorator';
import { NETWORK_ROUTES } from './network.routes';
import { parseNetworkViewArgs } from './dto/network-view.args';
import { parseReachQuestionArgs } from './dto/reach-question.args';
import { NetworkService } from './network.service';

@Controller()
export class NetworkController {
  constructor(private readonly network: NetworkService) {}

  @Route(NETWORK_ROUTES.view)
  async view(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<NetworkViewResponse> {
    return this.network.view(principal, id, parseNetworkViewArgs(query));
  }

  @Route(NETWORK_ROUTES.cell)
  async cell(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('from') from: string,
    @Param('to') to: string,
  ): Promise<MatrixCellResponse> {
    return this.network.cell(principal, id, from, to);
  }

  @Route(NETWORK_ROUTES.reach)
  async reach(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<ReachAnswerResponse> {
    return this.network.reach(principal, id, parseReachQuestionArgs(query));
  }

  @Route(NETWORK_ROUTES.defaultDeny)
  async defaultDeny(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('namespace') namespace: string,
  ): Promise<DefaultDenyResponse> {
    return this.network.defaultDeny(principal, id, namespace);
  }
}
