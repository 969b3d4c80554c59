import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Page } from '@kordon/contracts';
import { parsePageQuery } from '../../common/page-query';
import { Scopes } from '../../common/scopes.decorator';
import { ClustersService } from './clusters.service';
import type { ClusterView } from './clusters.mapper';

@ApiTags('clusters')
@ApiBearerAuth()
@Controller('api/v1/clusters')
export class ClustersController {
  constructor(private readonly clusters: ClustersService) {}

  @Get()
  @Scopes('read')
  @ApiOperation({ summary: 'Clusters by name, each with its latest snapshot.' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  async list(@Query() query: Record<string, unknown>): Promise<Page<ClusterView>> {
    const page = parsePageQuery(query);
    return this.clusters.list(page.limit, page.cursor);
  }

  @Get(':name')
  @Scopes('read')
  @ApiOperation({ summary: 'One cluster by name.' })
  async get(@Param('name') name: string): Promise<ClusterView> {
    return this.clusters.get(name);
  }
}
