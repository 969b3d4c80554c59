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
import { DiffsService, type SnapshotDiffView } from './diffs.service';
import { parseDiffArgs } from './dto/diff.args';

@ApiTags('diffs')
@ApiBearerAuth()
@Controller('api/v1/snapshots')
export class DiffsController {
  constructor(private readonly diffs: DiffsService) {}

  @Get(':id/diff')
  @Scopes('read')
  @ApiOperation({
    summary:
      'What changed from snapshot `against` to this one: issues new/resolved/unchanged, workloads added/removed, PSS level changes, namespace pairs that became (un)reachable.',
  })
  @ApiParam({ name: 'id', description: 'Snapshot id' })
  @ApiQuery({
    name: 'against',
    required: true,
    description: 'Id of an analyzed snapshot of the same cluster',
  })
  @ApiQuery({
    name: 'limit',
    required: false,
    description: 'Cap of each list, 0–500 (default 100); counts are always complete',
  })
  @ApiResponse({
    status: 200,
    description: '`{snapshot, against, limit, issues, workloads, reach}`',
  })
  @ApiResponse({
    status: 400,
    description: '`validation_failed`: `query.against` missing, malformed or of another cluster',
  })
  @ApiResponse({ status: 404, description: '`not_found`: either snapshot unknown' })
  @ApiResponse({ status: 409, description: '`conflict`: a snapshot is not analyzed yet' })
  async diff(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<SnapshotDiffView> {
    return this.diffs.diff(id, parseDiffArgs(query));
  }
}
