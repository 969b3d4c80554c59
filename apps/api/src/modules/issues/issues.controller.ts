import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Page } from '@kordon/contracts';
import { Scopes } from '../../common/scopes.decorator';
import { parseClusterIssuesArgs } from './dto/cluster-issues.args';
import { IssuesService } from './issues.service';
import type { IssueView } from './issues.mapper';

@ApiTags('issues')
@ApiBearerAuth()
@Controller('api/v1/clusters')
export class IssuesController {
  constructor(private readonly issues: IssuesService) {}

  @Get(':name/issues')
  @Scopes('read')
  @ApiOperation({
    summary:
      "A cluster's issues (findings with their open/resolved lifecycle), most severe first, paged.",
  })
  @ApiParam({ name: 'name', description: 'Cluster name' })
  @ApiQuery({
    name: 'status',
    required: false,
    enum: ['new', 'open', 'resolved'],
    description: '`new`: first seen at the newest snapshot and open',
  })
  @ApiQuery({
    name: 'severity',
    required: false,
    enum: ['critical', 'high', 'medium', 'low', 'info'],
  })
  @ApiQuery({ name: 'firstSeenAfter', required: false })
  @ApiQuery({ name: 'firstSeenBefore', required: false })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiResponse({ status: 200, description: '`{items: Issue[], nextCursor}`' })
  @ApiResponse({ status: 400, description: '`validation_failed` naming the query field' })
  @ApiResponse({ status: 404, description: '`not_found`: unknown cluster' })
  async list(
    @Param('name') name: string,
    @Query() query: Record<string, unknown>,
  ): Promise<Page<IssueView>> {
    return this.issues.list(name, parseClusterIssuesArgs(query));
  }
}
