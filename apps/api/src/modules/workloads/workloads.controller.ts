import { Controller, Param, Query } from '@nestjs/common';
import type { WorkloadDetailResponse, WorkloadPageResponse } from '@kordon/contracts';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { Route } from '../../openapi/route.decorator';
import { WORKLOAD_ROUTES } from './workloads.routes';
import { parseSnapshotWorkloadsArgs } from './dto/snapshot-workloads.args';
import { WorkloadsService } from './workloads.service';

@Controller()
export class WorkloadsController {
  constructor(private readonly workloads: WorkloadsService) {}

  @Route(WORKLOAD_ROUTES.list)
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<WorkloadPageResponse> {
    return this.workloads.list(principal, id, parseSnapshotWorkloadsArgs(query));
  }

  @Route(WORKLOAD_ROUTES.detail)
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
