import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Scopes } from '../../common/scopes.decorator';
import { parsePostureArgs } from './dto/posture.args';
import { PostureService, type PostureTrendView } from './posture.service';

@ApiTags('posture')
@ApiBearerAuth()
@Controller('api/v1/clusters')
export class PostureController {
  constructor(private readonly posture: PostureService) {}

  @Get(':name/posture')
  @Scopes('read')
  @ApiOperation({
    summary:
      "A cluster's posture over time: the last snapshot of each day or week, with the score and its parts.",
    description: 'Reads posture rollups only. Score formula: docs/history.md.',
  })
  @ApiParam({ name: 'name', description: 'Cluster name' })
  @ApiQuery({
    name: 'from',
    required: false,
    description: 'ISO date or date-time, inclusive (default: 30 days before `to`)',
  })
  @ApiQuery({
    name: 'to',
    required: false,
    description: 'ISO date (that day included) or date-time, exclusive (default: now)',
  })
  @ApiQuery({ name: 'bucket', required: false, enum: ['day', 'week'] })
  @ApiQuery({
    name: 'namespaces',
    required: false,
    enum: ['true', 'false'],
    description: 'Also return per-namespace series',
  })
  @ApiResponse({ status: 200, description: '`{cluster, bucket, from, to, points[], namespaces?}`' })
  @ApiResponse({ status: 400, description: '`validation_failed` naming the query field' })
  @ApiResponse({ status: 404, description: '`not_found`: unknown cluster' })
  async trend(
    @Param('name') name: string,
    @Query() query: Record<string, unknown>,
  ): Promise<PostureTrendView> {
    return this.posture.trend(name, parsePostureArgs(query));
  }
}
