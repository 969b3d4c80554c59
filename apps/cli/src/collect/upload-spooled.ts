import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { CliIo } from '../cli-io';
import { EXIT_API } from '../exit-codes';
import { callApi } from '../upload/api-client';
import { ApiFailure } from '../upload/api-failure';
import type { ApiTarget } from '../upload/resolve-api';
import { uploadAnswerSchema } from '../upload/snapshot-status';
import { backoffMs, type RetryPolicy } from './retry-policy';

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export interface UploadedSnapshot {
  snapshotId: string;
  status: string;
  created: boolean;
}

/**
 * Uploads a finished (gzip) snapshot file. Unreachable API, 5xx and 429 are
 * retried with backoff, each attempt resending the same bytes with the same
 * `Idempotency-Key` (the file's SHA-256), so a retry never makes a second
 * snapshot. 4xx answers are final.
 */
export async function uploadSpooled(
  file: string,
  cluster: string,
  target: ApiTarget,
  retry: RetryPolicy,
  io: CliIo,
): Promise<UploadedSnapshot> {
  const idempotencyKey = `kordon-collect-${await sha256Of(file)}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const { status, body } = await callApi(target, {
        method: 'POST',
        path: `/api/v1/clusters/${encodeURIComponent(cluster)}/snapshots`,
        headers: {
          'Content-Type': 'application/x-ndjson',
          'Content-Encoding': 'gzip',
          'Idempotency-Key': idempotencyKey,
        },
        body: createReadStream(file),
      });
      const answer = uploadAnswerSchema.safeParse(body);
      if (!answer.success)
        throw new ApiFailure('the API answered with an unexpected upload body', EXIT_API, status);
      return { ...answer.data, created: status !== 200 };
    } catch (error) {
      const retryable =
        error instanceof ApiFailure &&
        (error.exitCode === EXIT_API || error.status === 429) &&
        attempt < retry.retries;
      if (!retryable) throw error;
      const wait = backoffMs(retry, attempt + 1, null);
      io.stderr(`kordon: upload: ${error.message}; retrying in ${wait} ms with the same bytes\n`);
      await io.sleep(wait);
    }
  }
}
