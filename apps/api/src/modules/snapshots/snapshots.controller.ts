import { Readable } from 'node:stream';
import { Controller, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  KordonError,
  type FindingPageResponse,
  type SnapshotAcceptedResponse,
  type SnapshotPageResponse,
  type SnapshotResponse,
} from '@kordon/contracts';
import { parsePageQuery } from '../../common/page-query';
import { toIssueFilter } from '../../common/issue-filter.query';
import { parseInput } from '../../common/parse-input';
import { Route } from '../../openapi/route.decorator';
import type { AuthenticatedRequest } from '../../common/request-context';
import { SnapshotIntakeService } from './snapshot-intake.service';
import { SnapshotReanalysisService } from './snapshot-reanalysis.service';
import { SnapshotsService } from './snapshots.service';
import { SNAPSHOT_ROUTES, snapshotFindingsQuerySchema } from './snapshots.routes';

type KordonRequest = FastifyRequest & AuthenticatedRequest;

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

@Controller()
export class SnapshotsController {
  constructor(
    private readonly intake: SnapshotIntakeService,
    private readonly snapshots: SnapshotsService,
    private readonly reanalysis: SnapshotReanalysisService,
  ) {}

  @Route(SNAPSHOT_ROUTES.upload)
  async upload(
    @Param('name') name: string,
    @Req() req: KordonRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SnapshotAcceptedResponse> {
    const contentLength = headerOf(req, 'content-length');
    const result = await this.intake.intake({
      clusterName: name,
      // a signed-in user uploads as their role allows (only admins hold ingest)
      caller: { scopes: req.principal?.scopes ?? [], clusters: req.principal?.clusters ?? [] },
      idempotencyKey: idempotencyKeyOf(req),
      contentEncoding: headerOf(req, 'content-encoding'),
      contentLength: contentLength && /^\d+$/.test(contentLength) ? Number(contentLength) : null,
      body: asStream(req.body),
    });
    if (!result.created) reply.status(200);
    return {
      snapshotId: result.snapshotId,
      status: result.status,
      ...(result.dropped && Object.keys(result.dropped).length > 0
        ? { dropped: result.dropped }
        : {}),
    };
  }

  @Route(SNAPSHOT_ROUTES.list)
  async list(
    @Param('name') name: string,
    @Query() query: Record<string, unknown>,
  ): Promise<SnapshotPageResponse> {
    const page = parsePageQuery(query);
    return this.snapshots.listForCluster(name, page.limit, page.cursor);
  }

  @Route(SNAPSHOT_ROUTES.get)
  async get(@Param('id') id: string): Promise<SnapshotResponse> {
    return this.snapshots.getSnapshot(id);
  }

  @Route(SNAPSHOT_ROUTES.findings)
  async findings(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<FindingPageResponse> {
    const q = parseInput(snapshotFindingsQuerySchema, query, 'query', 'invalid findings query');
    return this.snapshots.findings(id, toIssueFilter(q));
  }

  @Route(SNAPSHOT_ROUTES.raw)
  async raw(@Param('id') id: string): Promise<StreamableFile> {
    const { snapshot, gzip, chunks } = await this.snapshots.rawBody(id);
    const stamp = snapshot.collectedAt.toISOString().replace(/[:.]/g, '-');
    return new StreamableFile(Readable.from(chunks), {
      type: 'application/octet-stream',
      length: snapshot.written.chunkBytes,
      disposition: `attachment; filename="${snapshot.clusterName}-${stamp}.ndjson${gzip ? '.gz' : ''}"`,
    });
  }

  @Route(SNAPSHOT_ROUTES.reanalyze)
  async reanalyze(@Param('id') id: string): Promise<SnapshotAcceptedResponse> {
    return this.reanalysis.reanalyze(id);
  }
}
