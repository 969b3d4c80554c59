import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { WorkloadDetailResponse, WorkloadPageResponse } from '@kordon/contracts';
import { PSS_LEVELS } from '@kordon/engine';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { Scopes } from '../../common/scopes.decorator';
import { parseSnapshotWorkloadsArgs } from './dto/snapshot-workloads.args';
import { WorkloadsService } from './workloads.service';

const REANALYZE =
  '`reanalysis_required`: the snapshot was analyzed before workloads were stored; reanalyze it';

@ApiTags('workloads')
@ApiBearerAuth()
@Controller('api/v1/snapshots')
export class WorkloadsController {
  constructor(private readonly workloads: WorkloadsService) {}

  @Get(':id/workloads')
  @Scopes('read')
  @ApiOperation({ summary: "A snapshot's workloads, by namespace, kind and name, paged." })
  @ApiParam({ name: 'id', description: 'Snapshot id' })
  @ApiQuery({ name: 'namespace', required: false })
  @ApiQuery({ name: 'kind', required: false, description: 'e.g. `Deployment`' })
  @ApiQuery({ name: 'level', required: false, enum: PSS_LEVELS, description: 'Pod Security level' })
  @ApiQuery({ name: 'exposed', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiResponse({ status: 200, description: '`{items: WorkloadSummary[], nextCursor}`' })
  @ApiResponse({ status: 404, description: '`not_found`: unknown snapshot' })
  @ApiResponse({ status: 409, description: REANALYZE })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<WorkloadPageResponse> {
    return this.workloads.list(principal, id, parseSnapshotWorkloadsArgs(query));
  }

  @Get(':id/workloads/:namespace/:kind/:name')
  @Scopes('read')
  @ApiOperation({
    summary:
      'One workload: effective security context per container (value and source), Pod Security verdicts with failing paths, exposures, isolation, who it can reach and be reached by, and its history.',
  })
  @ApiParam({ name: 'id', description: 'Snapshot id' })
  @ApiResponse({ status: 200, description: 'WorkloadDetail' })
  @ApiResponse({ status: 404, description: '`not_found`: unknown snapshot or workload' })
  @ApiResponse({ status: 409, description: REANALYZE })
  async detail(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('namespace') namespace: string,
    @Param('kind') kind: string,
    @Param('name') name: string,
  ): Promise<WorkloadDetailResponse> {
    return this.workloads.detail(principal, id, { namespace, kind, name });
  }
}
