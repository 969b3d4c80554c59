import { z } from 'zod';
import {
  ciFindingPageSchema,
  pageQuerySchema,
  scanPageSchema,
  scanUploadResultSchema,
  scanUploadSchema,
  scanViewSchema,
} from '@kordon/contracts';
import { defineRoute } from '../../openapi/route-spec';

const scanIdParams = z.object({ id: z.uuid().meta({ description: 'Scan id.' }) });

export const scanListQuerySchema = pageQuerySchema.extend({
  repository: z.string().optional(),
  branch: z.string().optional(),
  tool: z.string().optional(),
});

export const SCAN_ROUTES = {
  upload: defineRoute({
    method: 'post',
    path: '/api/v1/scans',
    operationId: 'uploadScan',
    summary: 'Store a CI scan and answer the gate verdict',
    description:
      'A `kordon scan` JSON report or a SARIF 2.1.0 log of another tool. Idempotent: the `Idempotency-Key` header, else the SHA-256 of the body.',
    tag: 'scans',
    scopes: ['scan'],
    status: 201,
    body: { description: 'The scan.', content: { 'application/json': scanUploadSchema } },
    responses: {
      201: {
        description: 'Stored: the scan with its verdict and gate.',
        schema: scanUploadResultSchema,
      },
      200: {
        description: 'Already stored (same Idempotency-Key, else same body): the stored scan.',
        schema: scanUploadResultSchema,
      },
    },
    errors: ['payload_too_large', 'unsupported_media_type'],
  }),
  list: defineRoute({
    method: 'get',
    path: '/api/v1/scans',
    operationId: 'listScans',
    summary: 'CI scans, newest first, by repository, branch and tool',
    tag: 'scans',
    scopes: ['read', 'scan'],
    query: scanListQuerySchema,
    responses: { 200: { description: 'A page of scans.', schema: scanPageSchema } },
    errors: ['invalid_cursor'],
  }),
  get: defineRoute({
    method: 'get',
    path: '/api/v1/scans/{id}',
    operationId: 'getScan',
    summary: 'One CI scan: counts, verdict and gate',
    tag: 'scans',
    scopes: ['read', 'scan'],
    params: scanIdParams,
    responses: { 200: { description: 'The scan.', schema: scanViewSchema } },
    errors: ['not_found'],
  }),
  findings: defineRoute({
    method: 'get',
    path: '/api/v1/scans/{id}/findings',
    operationId: 'listScanFindings',
    summary: "A CI scan's findings, most severe first",
    tag: 'scans',
    scopes: ['read', 'scan'],
    params: scanIdParams,
    query: pageQuerySchema,
    responses: { 200: { description: 'A page of findings.', schema: ciFindingPageSchema } },
    errors: ['not_found', 'invalid_cursor'],
  }),
};
