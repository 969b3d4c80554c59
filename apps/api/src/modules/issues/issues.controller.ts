import { Controller, Headers, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { IssuePageResponse } from '@kordon/contracts';
import { Route } from '../../openapi/route.decorator';
import { parseClusterIssuesArgs } from './dto/cluster-issues.args';
import { ISSUE_ROUTES } from './issues.routes';
import { IssuesService } from './issues.service';

/** `Accept: text/csv` (and not JSON preferred before it) asks for the CSV export. */
function wantsCsv(accept: string | undefined): boolean {
  if (!accept) return false;
  const types = accept.split(',').map((t) => t.split(';')[0]?.trim().toLowerCase());
  const csv = types.indexOf('text/csv');
  const json = types.indexOf('application/json');
  return csv >= 0 && (json < 0 || csv < json);
}

@Controller()
export class IssuesController {
  constructor(private readonly issues: IssuesService) {}

  @Route(ISSUE_ROUTES.list)
  async list(
    @Param('name') name: string,
    @Query() query: Record<string, unknown>,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IssuePageResponse | string> {
    const filter = parseClusterIssuesArgs(query);
    if (!wantsCsv(accept)) return this.issues.list(name, filter);
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="${name}-issues.csv"`);
    return this.issues.csv(name, filter);
  }
}
