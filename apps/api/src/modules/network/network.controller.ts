import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type {
  DefaultDenyResponse,
  MatrixCellResponse,
  NetworkViewResponse,
  ReachAnswerResponse,
} from '@kordon/contracts';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { Scopes } from '../../common/scopes.decorator';
import { parseReachQuestionArgs } from './dto/reach-question.args';
import { NetworkService } from './network.service';

const REANALYZE =
  '`reanalysis_required`: the snapshot was analyzed before the network was stored; reanalyze it';

@ApiTags('network')
@ApiBearerAuth()
@Controller('api/v1/snapshots/:id/network')
export class NetworkController {
  constructor(private readonly network: NetworkService) {}

  @Get()
  @Scopes('read')
  @ApiOperation({
    summary:
      'The network of a snapshot: per-namespace isolation, the namespace matrix, exposures, attack paths and the CNI verdict with its evidence.',
  })
  @ApiParam({ name: 'id', description: 'Snapshot id' })
  @ApiResponse({ status: 200, description: 'NetworkView' })
  @ApiResponse({ status: 409, description: REANALYZE })
  async view(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
  ): Promise<NetworkViewResponse> {
    return this.network.view(principal, id);
  }

  @Get('matrix/:from/:to')
  @Scopes('read')
  @ApiOperation({
    summary:
      'One cell of the namespace matrix: the workload pairs from `from` to `to` that can connect, with ports and the policy rules allowing them.',
  })
  @ApiResponse({ status: 200, description: 'MatrixCell' })
  @ApiResponse({ status: 404, description: '`not_found`: a namespace without workloads' })
  @ApiResponse({ status: 409, description: REANALYZE })
  async cell(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('from') from: string,
    @Param('to') to: string,
  ): Promise<MatrixCellResponse> {
    return this.network.cell(principal, id, from, to);
  }

  @Get('reach')
  @Scopes('read')
  @ApiOperation({
    summary:
      'Can `from` reach `to` (on `port`/`protocol`), and which rules allow or deny it — as `kordon reach --from --to` answers.',
  })
  @ApiQuery({ name: 'from', description: '`NAMESPACE/KIND/NAME` or `NAMESPACE/NAME`' })
  @ApiQuery({ name: 'to', description: '`NAMESPACE/KIND/NAME` or `NAMESPACE/NAME`' })
  @ApiQuery({ name: 'port', required: false })
  @ApiQuery({ name: 'protocol', required: false, enum: ['TCP', 'UDP', 'SCTP'] })
  @ApiResponse({ status: 200, description: 'ReachAnswer' })
  @ApiResponse({ status: 400, description: '`validation_failed` naming the query field' })
  @ApiResponse({ status: 404, description: '`not_found`: no such workload' })
  @ApiResponse({ status: 409, description: REANALYZE })
  async reach(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<ReachAnswerResponse> {
    return this.network.reach(principal, id, parseReachQuestionArgs(query));
  }

  @Get('namespaces/:namespace/default-deny')
  @Scopes('read')
  @ApiOperation({
    summary:
      'The default-deny NetworkPolicy (ingress and egress, DNS allowed) for a namespace that lacks one; `yaml: null` when it has both.',
  })
  @ApiResponse({ status: 200, description: 'DefaultDenyPolicy' })
  @ApiResponse({ status: 404, description: '`not_found`: unknown namespace' })
  @ApiResponse({ status: 409, description: REANALYZE })
  async defaultDeny(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('namespace') namespace: string,
  ): Promise<DefaultDenyResponse> {
    return this.network.defaultDeny(principal, id, namespace);
  }
}
