import { createHash } from 'node:crypto';
import { Controller, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CiFinding, Page, ScanUploadResult, ScanView } from '@kordon/contracts';
import { parsePageQuery } from '../../common/page-query';
import { Route } from '../../openapi/route.decorator';
import { ScanIntakeService } from './scan-intake.service';
import { SCAN_ROUTES } from './scans.routes';
import { ScansService } from './scans.service';

function headerOf(req: FastifyRequest, name: string): string | null {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function stringParam(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

@Controller()
export class ScansController {
  constructor(
    private readonly intake: ScanIntakeService,
    private readonly scans: ScansService,
  ) {}

  @Route(SCAN_ROUTES.upload)
  async upload(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ScanUploadResult> {
    const result = await this.intake.intake({
      body: req.body,
      // The body as parsed, serialized again: equal uploads hash equally.
      bodySha256:
        req.body === undefined
          ? null
          : createHash('sha256').update(JSON.stringify(req.body)).digest('hex'),
      idempotencyKey: headerOf(req, 'idempotency-key'),
    });
    if (!result.created) reply.status(200);
    return result;
  }

  @Route(SCAN_ROUTES.list)
  async list(@Query() query: Record<string, unknown>): Promise<Page<ScanView>> {
    const page = parsePageQuery(query);
    const filter = {
      repository: stringParam(query, 'repository'),
      branch: stringParam(query, 'branch'),
      tool: stringParam(query, 'tool'),
    };
    return this.scans.list(filter, page.limit, page.cursor);
  }

  @Route(SCAN_ROUTES.get)
  async get(@Param('id') id: string): Promise<ScanView> {
    return this.scans.get(id);
  }

  @Route(SCAN_ROUTES.findings)
  async findings(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<Page<CiFinding>> {
    const page = parsePageQuery(query);
    return this.scans.findings(id, page.limit, page.cursor);
  }
}
