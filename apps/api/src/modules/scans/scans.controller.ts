import { createHash } from 'node:crypto';
import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CiFinding, Page, ScanUploadResult, ScanView } from '@kordon/contracts';
import { parsePageQuery } from '../../common/page-query';
import { Scopes } from '../../common/scopes.decorator';
import { ScanIntakeService } from './scan-intake.service';
import { ScansService } from './scans.service';

function headerOf(req: FastifyRequest, name: string): string | null {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function stringParam(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

@ApiTags('scans')
@ApiBearerAuth()
@Controller('api/v1/scans')
export class ScansController {
  constructor(
    private readonly intake: ScanIntakeService,
    private readonly scans: ScansService,
  ) {}

  @Post()
  @Scopes('scan')
  @HttpCode(201)
  @ApiOperation({
    operationId: 'uploadScan',
    summary:
      'Store a CI scan (a `kordon scan` JSON report or a SARIF 2.1.0 log of another tool) and answer the gate verdict. Idempotent.',
  })
  @ApiResponse({ status: 201, description: 'Stored: the scan with its verdict and gate.' })
  @ApiResponse({
    status: 200,
    description: 'Already stored (same Idempotency-Key, else same body SHA-256): the stored scan.',
  })
  @ApiResponse({
    status: 400,
    description: '`validation_failed`: a bad field, or SARIF that fails the SARIF 2.1.0 schema.',
  })
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

  @Get()
  @Scopes('read', 'scan')
  @ApiOperation({
    operationId: 'listScans',
    summary: 'CI scans, newest first, by repository, branch and tool.',
  })
  @ApiQuery({ name: 'repository', required: false })
  @ApiQuery({ name: 'branch', required: false })
  @ApiQuery({ name: 'tool', required: false })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  async list(@Query() query: Record<string, unknown>): Promise<Page<ScanView>> {
    const page = parsePageQuery(query);
    const filter = {
      repository: stringParam(query, 'repository'),
      branch: stringParam(query, 'branch'),
      tool: stringParam(query, 'tool'),
    };
    return this.scans.list(filter, page.limit, page.cursor);
  }

  @Get(':id')
  @Scopes('read', 'scan')
  @ApiOperation({ operationId: 'getScan', summary: 'One CI scan: counts, verdict and gate.' })
  @ApiResponse({ status: 404, description: '`not_found`: unknown scan.' })
  async get(@Param('id') id: string): Promise<ScanView> {
    return this.scans.get(id);
  }

  @Get(':id/findings')
  @Scopes('read', 'scan')
  @ApiOperation({
    operationId: 'listScanFindings',
    summary: "A CI scan's findings, most severe first.",
  })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  async findings(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<Page<CiFinding>> {
    const page = parsePageQuery(query);
    return this.scans.findings(id, page.limit, page.cursor);
  }
}
