import { Controller, Param, Query } from '@nestjs/common';
import type { IssuePageResponse } from '@kordon/contracts';
import { Route } from '../../openapi/route.decorator';
import { parseClusterIssuesArgs } from './dto/cluster-issues.args';
import { ISSUE_ROUTES } from './issues.routes';
import { IssuesService } from './issues.service';

@Controller()
export class IssuesController {
  constructor(private readonly issues: IssuesService) {}

  @Route(ISSUE_ROUTES.list)
  async list(
    @Param('name') name: string,
    @Query() query: Record<string, unknown>,
  ): Promise<IssuePageResponse> {
    return this.issues.list(name, parseClusterIssuesArgs(query));
  }
}
