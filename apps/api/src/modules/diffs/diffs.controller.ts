import { Controller, Param, Query } from '@nestjs/common';
import type { SnapshotDiffResponse } from '@kordon/contracts';
import { Route } from '../../openapi/route.decorator';
import { DIFF_ROUTES } from './diffs.routes';
import { DiffsService } from './diffs.service';
import { parseDiffArgs } from './dto/diff.args';

@Controller()
export class DiffsController {
  constructor(private readonly diffs: DiffsService) {}

  @Route(DIFF_ROUTES.diff)
  async diff(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<SnapshotDiffResponse> {
    return this.diffs.diff(id, parseDiffArgs(query));
  }
}
