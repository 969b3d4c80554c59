/**
 * The REST API as the launcher's admin token, for seeding and for reading the truth a page
 * must show. Typed by the dashboard's generated OpenAPI types, so request bodies break the
 * build when the contracts change.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from '../../src/server/generated/api-schema';

type Schemas = components['schemas'];
type UploadScanBody = NonNullable<
  paths['/api/v1/scans']['post']['requestBody']
>['content']['application/json'];

export interface AdminApi {
  /** The typed client itself, for reads: `api.client.GET('/api/v1/clusters/{name}', …)`. */
  client: Client<paths>;
  uploadSnapshot(cluster: string, body: Buffer): Promise<string>;
  waitForAnalysis(snapshotId: string, timeoutMs?: number): Promise<Schemas['Snapshot']>;
  uploadScan(body: UploadScanBody): Promise<Schemas['ScanUploadResult']>;
  createUser(body: Schemas['CreateUserInput']): Promise<Schemas['UserWithPassword']>;
  /** Data of a typed call, or an error naming the status and body. */
  data<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T>;
}

async function data<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>) {
  const { data: body, error, response } = await call;
  if (!response.ok || body === undefined) {
    throw new Error(`${response.url} answered ${response.status}: ${JSON.stringify(error)}`);
  }
  return body;
}

export function adminApi(apiUrl: string, adminToken: string): AdminApi {
  const client = createClient<paths>({
    baseUrl: apiUrl,
    headers: { authorization: `Bearer ${adminToken}` },
  });
  return {
    client,
    data,
    async uploadSnapshot(cluster, body) {
      const accepted = await data(
        client.POST('/api/v1/clusters/{name}/snapshots', {
          params: { path: { name: cluster } },
          body: body.toString('utf8'),
          bodySerializer: (text) => text,
          headers: { 'content-type': 'application/x-ndjson' },
        }),
      );
      return accepted.snapshotId;
    },
    async waitForAnalysis(snapshotId, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const snapshot = await data(
          client.GET('/api/v1/snapshots/{id}', { params: { path: { id: snapshotId } } }),
        );
        if (snapshot.status === 'done') return snapshot;
        if (snapshot.status === 'failed')
          throw new Error(`analysis of ${snapshotId} failed: ${snapshot.failureReason ?? '?'}`);
        if (Date.now() > deadline)
          throw new Error(`snapshot ${snapshotId} still ${snapshot.status} after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    },
    uploadScan: (body) => data(client.POST('/api/v1/scans', { body })),
    createUser: (body) => data(client.POST('/api/v1/users', { body })),
  };
}
