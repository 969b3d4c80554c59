import type { CliIo } from '../cli-io';
import { callApi } from './api-client';
import { ApiFailure } from './api-failure';
import type { ApiTarget } from './resolve-api';
import { snapshotStatusSchema, type SnapshotStatus } from './snapshot-status';

export const POLL_MS = 500;
const FINAL = new Set(['done', 'failed']);

/** Polls the snapshot until it is `done` or `failed`, or the timeout passes. */
export async function waitForSnapshot(
  target: ApiTarget,
  id: string,
  timeoutMs: number,
  io: CliIo,
): Promise<SnapshotStatus> {
  const started = io.now().getTime();
  let last = '';
  for (;;) {
    const { body } = await callApi(target, {
      method: 'GET',
      path: `/api/v1/snapshots/${encodeURIComponent(id)}`,
    });
    const parsed = snapshotStatusSchema.safeParse(body);
    if (!parsed.success)
      throw new ApiFailure('the API answered with an unexpected snapshot body', 3);
    const status = parsed.data;
    const elapsed = io.now().getTime() - started;
    if (FINAL.has(status.status)) {
      if (io.stderrIsTty) io.stderr('\n');
      return status;
    }
    if (io.stderrIsTty || status.status !== last)
      io.stderr(
        `${io.stderrIsTty ? '\r' : ''}waiting: snapshot ${id} ${status.status} (${Math.round(elapsed / 1000)} s)${io.stderrIsTty ? '' : '\n'}`,
      );
    last = status.status;
    if (elapsed >= timeoutMs)
      throw new ApiFailure(
        `timed out after ${Math.round(timeoutMs / 1000)} s; snapshot ${id} is ${status.status}`,
        3,
      );
    await io.sleep(POLL_MS);
  }
}
