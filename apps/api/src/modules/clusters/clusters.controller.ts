import { Body, Controller, Param, Query } from '@nestjs/common';
import {
  renameClusterSchema,
  type ClusterPageResponse,
  type ClusterResponse,
} from '@kordon/contracts';
import { parseInput } from '../../common/parse-input';
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

  @Route(CLUSTER_ROUTES.rename)
  async rename(@Param('name') name: string, @Body() body: unknown): Promise<ClusterResponse> {
    const input = parseInput(renameClusterSchema, body, 'body', 'invalid cluster rename');
    return this.clusters.rename(name, input.name);
  }

  @Route(CLUSTER_ROUTES.delete)
  async delete(@Param('name') name: string): Promise<void> {
    await this.clusters.delete(name);
  }
}
