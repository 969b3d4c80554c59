import { createReadStream } from 'node:fs';
import { request } from 'node:http';

export interface SnapshotState {
  id: string;
  status: string;
  receivedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  failureReason: string | null;
  written: {
    issueRows: number;
    spanRows: number;
    workloadSpanRows: number;
    postureRows: number;
    chunkBytes: number;
  };
  counts: { total: number } | null;
}

/** Streams a gzip NDJSON file to the upload endpoint; resolves with the snapshot id. */
export function uploadFile(
  api: string,
  token: string,
  cluster: string,
  file: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(`${api}/api/v1/clusters/${cluster}/snapshots`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/x-ndjson',
        'content-encoding': 'gzip',
      },
    });
    req.on('response', (res) => {
      const body: Buffer[] = [];
      res.on('data', (c: Buffer) => body.push(c));
      res.on('end', () => {
        const text = Buffer.concat(body).toString('utf8');
        if (res.statusCode !== 202 && res.statusCode !== 200)
          return reject(new Error(`upload answered ${res.statusCode}: ${text}`));
        resolve((JSON.parse(text) as { snapshotId: string }).snapshotId);
      });
    });
    req.on('error', reject);
    createReadStream(file).pipe(req);
  });
}

export async function snapshotState(
  api: string,
  token: string,
  id: string,
): Promise<SnapshotState> {
  const res = await fetch(`${api}/api/v1/snapshots/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await res.json()) as SnapshotState;
}

/** Polls until the snapshot is done (or failed), calling `tick` on every poll. */
export async function waitDone(
  api: string,
  token: string,
  id: string,
  tick: () => void = () => undefined,
): Promise<SnapshotState> {
  for (;;) {
    tick();
    const state = await snapshotState(api, token, id);
    if (state.status === 'done') return state;
    if (state.status === 'failed')
      throw new Error(`snapshot ${id} failed: ${state.failureReason ?? ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
