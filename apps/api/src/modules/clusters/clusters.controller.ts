import { Controller, Param, Query } from '@nestjs/common';
import type { ClusterPageResponse, ClusterResponse } from '@kordon/contracts';
import { parsePageQuery } from '../../common/page-query';
import type { Principal } from '../../common/principal';
import { visibleClusterIds } from '../../common/principal-access';
import { CurrentPrincipal } from '../../common/request-context';
import { Route } from '../../openapi/route.decorator';
import { CLUSTER_ROUTES } from './clusters.routes';
import { ClustersService } from './clusters.service';

@Controller()
export class ClustersController {
  constructor(private readonly clusters: ClustersService) {}

  @Route(CLUSTER_ROUTES.list)
  async list(
    @CurrentPrincipal() caller: Principal,
    @Query() query: Record<string, unknown>,
  ): Promise<ClusterPageResponse> {
    const page = parsePageQuery(query);
    return this.clusters.list(page.limit, page.cursor, visibleClusterIds(caller));
  }

  @Route(CLUSTER_ROUTES.get)
  async get(@Param('name') name: string): Promise<ClusterResponse> {
    return this.clusters.get(name);
  }
}
