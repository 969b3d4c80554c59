import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { KordonError, type Page } from '@kordon/contracts';
import type { ApiTokenRecord } from '@kordon/db';
import { parsePageQuery } from '../../common/page-query';
import type { AuthenticatedRequest } from '../../common/request-context';
import { Scopes } from '../../common/scopes.decorator';
import { SnapshotIntakeService } from './snapshot-intake.service';
import { SnapshotReanalysisService } from './snapshot-reanalysis.service';
import { SnapshotsService } from './snapshots.service';
import type { FindingView, SnapshotView } from './snapshots.mapper';

type KordonRequest = FastifyRequest & AuthenticatedRequest;

function principalScopes(req: KordonRequest): ApiTokenRecord['scopes'] {
  return (req.principal?.scopes ?? []).filter(
    (s): s is ApiTokenRecord['scopes'][number] => s !== 'suppress',
  );
}

function headerOf(req: FastifyRequest, name: string): string | null {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** Longest `Idempotency-Key` accepted: keys are ids or hashes, and they are indexed. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

function idempotencyKeyOf(req: FastifyRequest): string | null {
  const key = headerOf(req, 'idempotency-key');
  if (key === null) return null;
  const problem =
    key.length === 0
      ? 'must not be empty'
      : key.length > MAX_IDEMPOTENCY_KEY_LENGTH
        ? `must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`
        : /^[\x21-\x7e]+$/.test(key)
          ? null
          : 'must be printable ASCII without spaces';
  if (problem === null) return key;
  throw new KordonError('validation_failed', `Idempotency-Key ${problem}`, [
    { path: 'headers.idempotency-key', problem },
  ]);
}

function asStream(body: unknown): AsyncIterable<Uint8Array> {
  if (body && typeof (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] === 'function') {
    return body as AsyncIterable<Uint8Array>;
  }
  throw new KordonError('invalid_snapshot', 'the request has no snapshot body', [
    { path: 'body', problem: 'empty' },
  ]);
}

@ApiTags('snapshots')
@ApiBearerAuth()
@Controller('api/v1')
export class SnapshotsController {
  constructor(
    private readonly intake: SnapshotIntakeService,
    private readonly snapshots: SnapshotsService,
    private readonly reanalysis: SnapshotReanalysisService,
  ) {}

  @Post('clusters/:name/snapshots')
  @Scopes('ingest')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Upload a snapshot (NDJSON, items document or Kubernetes List; gzip accepted). Idempotent.',
  })
  @ApiConsumes('application/x-ndjson', 'application/json', 'application/gzip')
  @ApiBody({ description: 'The snapshot, streamed.', schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 202, description: 'Queued: `{"snapshotId","status":"queued"}`.' })
  @ApiResponse({
    status: 200,
    description: 'Already uploaded (same Idempotency-Key or body): the existing snapshot.',
  })
  @ApiResponse({
    status: 409,
    description: '`cluster_mismatch`: the snapshot header names another cluster.',
  })
  async upload(
    @Param('name') name: string,
    @Req() req: KordonRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const contentLength = headerOf(req, 'content-length');
    const result = await this.intake.intake({
      clusterName: name,
      // a signed-in user uploads as their role allows (only admins hold ingest)
      token: req.kordonToken ?? { scopes: principalScopes(req), clusters: [] },
      idempotencyKey: idempotencyKeyOf(req),
      contentEncoding: headerOf(req, 'content-encoding'),
      contentLength: contentLength && /^\d+$/.test(contentLength) ? Number(contentLength) : null,
      body: asStream(req.body),
    });
    if (!result.created) reply.status(200);
    return { snapshotId: result.snapshotId, status: result.status };
  }

  @Get('clusters/:name/snapshots')
  @Scopes('read')
  @ApiOperation({ summary: "A cluster's snapshots, newest first." })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  async list(
    @Param('name') name: string,
    @Query() query: Record<string, unknown>,
  ): Promise<Page<SnapshotView>> {
    const page = parsePageQuery(query);
    return this.snapshots.listForCluster(name, page.limit, page.cursor);
  }

  @Get('snapshots/:id')
  @Scopes('read', 'ingest', 'scan')
  @ApiOperation({
    summary:
      'A snapshot: status, counts by severity, timings, and what its analysis wrote (`written`).',
  })
  async get(@Param('id') id: string): Promise<SnapshotView> {
    return this.snapshots.getSnapshot(id);
  }

  @Get('snapshots/:id/findings')
  @Scopes('read')
  @ApiOperation({ summary: 'The issues open at this snapshot, most severe first.' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({
    name: 'severity',
    required: false,
    enum: ['critical', 'high', 'medium', 'low', 'info'],
  })
  async findings(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<Page<FindingView>> {
    const page = parsePageQuery(query);
    const severity = typeof query['severity'] === 'string' ? query['severity'] : undefined;
    return this.snapshots.findings(id, {
      limit: page.limit,
      ...(page.cursor ? { cursor: page.cursor } : {}),
      ...(severity ? { severity } : {}),
    });
  }

  @Post('snapshots/:id/reanalyze')
  @Scopes('admin')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Analyze a stored snapshot again (admin). Posture rows are recomputed; the lifecycle changes only if it is the newest snapshot.',
  })
  @ApiResponse({ status: 202, description: 'Queued: `{"snapshotId","status":"queued"}`.' })
  @ApiResponse({ status: 404, description: '`not_found`: unknown snapshot.' })
  @ApiResponse({
    status: 409,
    description: '`conflict`: already queued/analyzing, or its raw body was purged by retention.',
  })
  async reanalyze(@Param('id') id: string): Promise<{ snapshotId: string; status: 'queued' }> {
    return this.reanalysis.reanalyze(id);
  }
}
