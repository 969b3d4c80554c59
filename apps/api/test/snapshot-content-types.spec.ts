import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startApi, type ApiHarness } from './api-harness';

const demo = readFileSync(path.resolve(__dirname, '../../../examples/demo-cluster.ndjson'), 'utf8');
const demoLines = demo.trim().split('\n');
const header = JSON.parse(demoLines[0] as string) as Record<string, unknown>;
const headerOf = (cluster: string) => ({
  ...header,
  cluster: { ...(header.cluster as object), name: cluster },
});
const ndjsonOf = (cluster: string) =>
  [JSON.stringify(headerOf(cluster)), ...demoLines.slice(1)].join('\n') + '\n';
const objects = demoLines.slice(1, -1).map((line) => JSON.parse(line) as Record<string, unknown>);
const pods = objects.filter((o) => o.kind === 'Pod');

/** A PodList as the API server returns it: items carry no kind or apiVersion. */
const podList = {
  apiVersion: 'v1',
  kind: 'PodList',
  metadata: { resourceVersion: '42' },
  items: pods.map(({ kind: _kind, apiVersion: _apiVersion, ...rest }) => rest),
};

interface Case {
  name: string;
  contentType: string;
  body: (cluster: string) => Buffer;
  encoding?: string;
  objects: number;
}

const cases: Case[] = [
  {
    name: 'NDJSON',
    contentType: 'application/x-ndjson',
    body: (cluster) => Buffer.from(ndjsonOf(cluster)),
    objects: objects.length,
  },
  {
    name: 'a Kubernetes List as application/json',
    contentType: 'application/json',
    body: () => Buffer.from(JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects })),
    objects: objects.length,
  },
  {
    name: 'an items document as application/json; charset=utf-8',
    contentType: 'application/json; charset=utf-8',
    body: (cluster) => Buffer.from(JSON.stringify({ ...headerOf(cluster), items: objects })),
    objects: objects.length,
  },
  {
    name: 'a typed PodList as application/json',
    contentType: 'application/json',
    body: () => Buffer.from(JSON.stringify(podList)),
    objects: pods.length,
  },
  {
    name: 'gzip bytes as application/gzip',
    contentType: 'application/gzip',
    body: (cluster) => gzipSync(ndjsonOf(cluster)),
    objects: objects.length,
  },
  {
    name: 'a gzip-encoded List as application/json with Content-Encoding: gzip',
    contentType: 'application/json',
    encoding: 'gzip',
    body: () =>
      gzipSync(JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects.slice(1) })),
    objects: objects.length - 1,
  },
];

describe('snapshot upload content types, over HTTP to the app as `npm start` builds it', () => {
  let api: ApiHarness;
  let base: string;
  beforeAll(async () => {
    api = await startApi();
    await api.app.listen(0, '127.0.0.1');
    const address = api.app.getHttpServer().address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => api.close());

  it.each(cases)('accepts $name', async ({ contentType, body, encoding, objects: count }) => {
    const cluster = `ct-${Math.random().toString(36).slice(2, 10)}`;
    const headers: Record<string, string> = {
      authorization: `Bearer ${api.adminToken}`,
      'content-type': contentType,
    };
    if (encoding) headers['content-encoding'] = encoding;
    const res = await fetch(`${base}/api/v1/clusters/${cluster}/snapshots`, {
      method: 'POST',
      headers,
      body: body(cluster),
    });
    const json = (await res.json()) as { snapshotId: string; status: string };
    expect({ status: res.status, body: json }).toEqual({
      status: 202,
      body: { snapshotId: expect.any(String), status: 'queued' },
    });
    const snap = await fetch(`${base}/api/v1/snapshots/${json.snapshotId}`, {
      headers: { authorization: `Bearer ${api.adminToken}` },
    });
    expect(await snap.json()).toMatchObject({ clusterName: cluster, objectCount: count });
  });

  it('still parses other JSON bodies (GraphQL) sent as application/json', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${api.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
