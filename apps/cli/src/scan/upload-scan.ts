import {
  scanUploadResultSchema,
  type CiContext,
  type ScanReport,
  type ScanSeverity,
  type ScanUpload,
  type ScanUploadResult,
} from '@kordon/contracts';
import type { CliIo } from '../cli-io';
import { EXIT_API } from '../exit-codes';
import { callApi } from '../upload/api-client';
import { ApiFailure } from '../upload/api-failure';
import { resolveApi } from '../upload/resolve-api';

export interface ScanUploadOptions {
  api?: string;
  token?: string;
}

export interface ScanUploadBody {
  context: CiContext;
  report?: ScanReport;
  sarif?: unknown;
  failOnNew: ScanSeverity | null;
}

/**
 * Posts a scan to `POST /api/v1/scans` and returns the stored scan with its
 * verdict. Any failure (unreachable, 4xx, 5xx, an unexpected answer) throws.
 */
export async function uploadScan(
  upload: ScanUploadBody,
  options: ScanUploadOptions,
  io: CliIo,
): Promise<ScanUploadResult> {
  const body: ScanUpload = {
    ...upload.context,
    ...(upload.report ? { report: upload.report } : { sarif: upload.sarif }),
    failOnNew: upload.failOnNew,
  };
  const target = resolveApi(options, io.env);
  const answer = await callApi(target, {
    method: 'POST',
    path: '/api/v1/scans',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const parsed = scanUploadResultSchema.safeParse(answer.body);
  if (!parsed.success)
    throw new ApiFailure(
      `${target.url} answered ${answer.status} to POST /api/v1/scans without a scan verdict (is it a Kordon API?)`,
      EXIT_API,
      answer.status,
    );
  return parsed.data;
}
