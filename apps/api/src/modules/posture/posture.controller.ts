import { Controller, Param, Query } from '@nestjs/common';
import type { PostureTrendResponse } from '@kordon/contracts';
import { Route } from '../../openapi/route.decorator';
import { parsePostureArgs } from './dto/posture.args';
import { POSTURE_ROUTES } from './posture.routes';
import { PostureService } from './posture.service';

@Controller()
export class PostureController {
  constructor(private readonly posture: PostureService) {}

  @Route(POSTURE_ROUTES.trend)
  async trend(
    @Param('name') name: string,
    @Query() query: Record<string, unknown>,
  ): Promise<PostureTrendResponse> {
    return this.posture.trend(name, parsePostureArgs(query));
  }
}
