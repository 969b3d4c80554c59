import type { ScanReport, ScanUpload } from '@kordon/contracts';
import type { CliIo } from '../cli-io';
import { callApi } from '../upload/api-client';
import { ApiFailure } from '../upload/api-failure';
import { resolveApi } from '../upload/resolve-api';

export interface ScanUploadOptions {
  api?: string;
  token?: string;
  repository?: string;
  commit?: string;
  branch?: string;
}

/**
 * Posts the report to `POST /api/v1/scans`. Returns `true` when stored; a 404
 * (a server without scans yet) is a warning, other failures are thrown.
 */
export async function uploadScan(
  report: ScanReport,
  options: ScanUploadOptions,
  io: CliIo,
): Promise<boolean> {
  const body: ScanUpload = {
    repository: options.repository ?? null,
    commit: options.commit ?? null,
    branch: options.branch ?? null,
    report,
  };
  const target = resolveApi(options, io.env);
  try {
    const answer = await callApi(target, {
      method: 'POST',
      path: '/api/v1/scans',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const id =
      (answer.body as { id?: unknown; scanId?: unknown } | null)?.scanId ??
      (answer.body as { id?: unknown } | null)?.id;
    io.stderr(`kordon: scan uploaded${typeof id === 'string' ? ` (${id})` : ''}\n`);
    return true;
  } catch (error) {
    if (error instanceof ApiFailure && error.status === 404) {
      io.stderr(
        `kordon: warning: ${target.url} does not support scans yet (404); report not uploaded\n`,
      );
      return false;
    }
    throw error;
  }
}
