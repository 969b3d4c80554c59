import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { NamespacesViewResponse } from '@kordon/contracts';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { Scopes } from '../../common/scopes.decorator';
import { NamespacesService } from './namespaces.service';

@ApiTags('namespaces')
@ApiBearerAuth()
@Controller('api/v1/snapshots')
export class NamespacesController {
  constructor(private readonly namespaces: NamespacesService) {}

  @Get(':id/namespaces')
  @Scopes('read')
  @ApiOperation({
    summary:
      "A snapshot's namespaces: Pod Security labels against the highest level each could enforce, with the `kubectl label` command.",
  })
  @ApiParam({ name: 'id', description: 'Snapshot id' })
  @ApiResponse({ status: 200, description: 'NamespacesView' })
  @ApiResponse({ status: 409, description: '`reanalysis_required`: reanalyze the snapshot' })
  async view(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
  ): Promise<NamespacesViewResponse> {
    return this.namespaces.view(principal, id);
  }
}
