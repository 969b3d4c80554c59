import { readFile } from 'node:fs/promises';
import { DEMO_SNAPSHOT_PATH } from './demo-cluster';

interface Stack {
  apiUrl: string;
  adminToken: string;
}

async function api(stack: Stack, route: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(`${stack.apiUrl}/api/v1${route}`, {
    ...init,
    headers: { authorization: `Bearer ${stack.adminToken}`, ...init.headers },
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${route} answered ${response.status}: ${text}`);
  return JSON.parse(text) as unknown;
}

function snapshotIdOf(body: unknown): string {
  const { id, snapshotId } = (body ?? {}) as { id?: unknown; snapshotId?: unknown };
  const found = typeof id === 'string' ? id : snapshotId;
  if (typeof found !== 'string')
    throw new Error(`upload answer has no snapshot id: ${JSON.stringify(body)}`);
  return found;
}

/** Uploads the demo snapshot as cluster `clusterName` and returns the new snapshot's id. */
export async function uploadDemoSnapshot(stack: Stack, clusterName: string): Promise<string> {
  const body = await readFile(DEMO_SNAPSHOT_PATH);
  const answer = await api(stack, `/clusters/${encodeURIComponent(clusterName)}/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson' },
    body,
  });
  return snapshotIdOf(answer);
}

/** Polls the snapshot until its analysis is done; fails fast when it failed or takes too long. */
export async function waitForAnalysis(
  stack: Stack,
  snapshotId: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let status = 'unknown';
  while (Date.now() < deadline) {
    const snapshot = (await api(stack, `/snapshots/${encodeURIComponent(snapshotId)}`)) as {
      status?: string;
      failureReason?: string | null;
    };
    status = snapshot.status ?? 'unknown';
    if (status === 'done') return;
    if (status === 'failed')
      throw new Error(`analysis of ${snapshotId} failed: ${snapshot.failureReason ?? '?'}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`snapshot ${snapshotId} still ${status} after ${timeoutMs} ms`);
}
