import { z } from 'zod';
import {
  findingPageSchema,
  pageQuerySchema,
  snapshotAcceptedSchema,
  snapshotPageSchema,
  snapshotSchema,
} from '@kordon/contracts';
import { issueFilterQuerySchema } from '../../common/issue-filter.query';
import { clusterNameParams, snapshotIdParams } from '../../openapi/common-params';
import { defineRoute } from '../../openapi/route-spec';

const snapshotBody = z.string().meta({ format: 'binary' });

export const snapshotFindingsQuerySchema = issueFilterQuerySchema;

export const SNAPSHOT_ROUTES = {
  upload: defineRoute({
    method: 'post',
    path: '/api/v1/clusters/{name}/snapshots',
    operationId: 'uploadSnapshot',
    summary: 'Upload a snapshot',
    description:
      'NDJSON, an items document or a Kubernetes List; gzip accepted (`Content-Encoding: gzip` or gzip bytes). Streamed, never buffered. Idempotent: the `Idempotency-Key` header, else the SHA-256 of the decompressed body. The token must be allowed to ingest for this cluster.',
    tag: 'snapshots',
    scopes: ['ingest'],
    params: clusterNameParams,
    status: 202,
    headers: z.object({
      'idempotency-key': z
        .string()
        .max(255)
        .optional()
        .meta({ description: 'Printable ASCII; a repeat answers 200 with the same snapshot.' }),
    }),
    body: {
      description: 'The snapshot (format: docs/snapshot-format.md).',
      content: {
        'application/x-ndjson': snapshotBody,
        'application/json': snapshotBody,
        'application/gzip': snapshotBody,
      },
    },
    responses: {
      202: { description: 'Stored and queued for analysis.', schema: snapshotAcceptedSchema },
      200: {
        description: 'Already uploaded (same Idempotency-Key or body): the existing snapshot.',
        schema: snapshotAcceptedSchema,
      },
    },
    errors: [
      'invalid_snapshot',
      'snapshot_truncated',
      'cluster_mismatch',
      'cluster_renamed',
      'conflict',
      'payload_too_large',
      'unsupported_media_type',
      'request_timeout',
    ],
  }),
  list: defineRoute({
    method: 'get',
    path: '/api/v1/clusters/{name}/snapshots',
    operationId: 'listClusterSnapshots',
    summary: "A cluster's snapshots, newest first",
    tag: 'snapshots',
    scopes: ['read'],
    params: clusterNameParams,
    query: pageQuerySchema,
    responses: { 200: { description: 'A page of snapshots.', schema: snapshotPageSchema } },
    errors: ['not_found', 'invalid_cursor'],
  }),
  get: defineRoute({
    method: 'get',
    path: '/api/v1/snapshots/{id}',
    operationId: 'getSnapshot',
    summary: 'One snapshot: status, counts by severity, timings and what its analysis wrote',
    tag: 'snapshots',
    scopes: ['read', 'ingest', 'scan'],
    params: snapshotIdParams,
    responses: { 200: { description: 'The snapshot.', schema: snapshotSchema } },
    errors: ['not_found'],
  }),
  findings: defineRoute({
    method: 'get',
    path: '/api/v1/snapshots/{id}/findings',
    operationId: 'listSnapshotFindings',
    summary: 'The issues open at a snapshot, filtered and sorted',
    description:
      'Empty until the snapshot is `done`. Filters combine with AND; `sort` orders (most severe first by default); the cursor belongs to its `sort`.',
    tag: 'snapshots',
    scopes: ['read'],
    params: snapshotIdParams,
    query: snapshotFindingsQuerySchema,
    responses: { 200: { description: 'A page of findings.', schema: findingPageSchema } },
    errors: ['not_found', 'invalid_cursor'],
  }),
  raw: defineRoute({
    method: 'get',
    path: '/api/v1/snapshots/{id}/raw',
    operationId: 'downloadSnapshotBody',
    summary: 'Download the snapshot exactly as it was uploaded',
    description:
      'The stored bytes as the API received them (gzip stays gzip; `Content-Encoding` is not set, so clients do not decompress it). `404 not_found` once retention purged them.',
    tag: 'snapshots',
    scopes: ['read'],
    params: snapshotIdParams,
    responses: {
      200: {
        description: 'The stored body.',
        contentType: 'application/octet-stream',
        schema: z.string().meta({ format: 'binary' }),
      },
    },
    errors: ['not_found'],
  }),
  reanalyze: defineRoute({
    method: 'post',
    path: '/api/v1/snapshots/{id}/reanalyze',
    operationId: 'reanalyzeSnapshot',
    summary: 'Analyze a stored snapshot again',
    description:
      'Posture rows are recomputed; the issue lifecycle changes only when it is the newest snapshot. `409 conflict` when already queued or analyzing, or when retention purged its stored body.',
    tag: 'snapshots',
    scopes: ['admin'],
    params: snapshotIdParams,
    responses: { 202: { description: 'Queued.', schema: snapshotAcceptedSchema } },
    errors: ['not_found', 'conflict'],
  }),
};
