import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { ScanReport } from '@kordon/contracts';
import {
  kubeconfigFor,
  memoryStore,
  startKubeApiServer,
  type KubeApiServer,
} from '@kordon/testing';
import { demoClusterObjects } from '../../cli/src/__fixtures__/collect/cluster-objects';
import { runBuiltCli } from '../../cli/src/__fixtures__/run-built-cli';
import { startWorker } from '../../worker/test/worker-harness';
import { startApi, type ApiHarness } from './api-harness';

const KUBE_TOKEN = 'collector-token';

interface ApiFinding {
  checkId: string;
  kind: string;
  namespace: string;
  name: string;
  path: string;
}

describe('kordon collect --upload → analyzed, end to end', () => {
  let api: ApiHarness;
  let apiUrl: string;
  let worker: INestApplicationContext;
  let kube: KubeApiServer;
  let dir: string;
  let kubeconfig: string;

  beforeAll(async () => {
    api = await startApi();
    await api.app.listen(0, '127.0.0.1');
    const address = api.app.getHttpServer().address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    apiUrl = `http://127.0.0.1:${address.port}`;
    worker = await startWorker(api.databaseUrl);
    kube = await startKubeApiServer({
      store: memoryStore(demoClusterObjects()),
      token: KUBE_TOKEN,
      failures: [{ plural: 'pods', status: 500, times: 1 }],
    });
    dir = await mkdtemp(path.join(tmpdir(), 'kordon-collect-e2e-'));
    kubeconfig = path.join(dir, 'kubeconfig');
    await writeFile(kubeconfig, kubeconfigFor(kube, KUBE_TOKEN));
  });
  afterAll(async () => {
    await kube.close();
    await worker.close();
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  const get = async (pathAndQuery: string) => {
    const res = await fetch(`${apiUrl}${pathAndQuery}`, {
      headers: { authorization: `Bearer ${api.adminToken}` },
    });
    return (await res.json()) as Record<string, unknown>;
  };

  async function waitForDone(id: string): Promise<Record<string, unknown>> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const snapshot = await get(`/api/v1/snapshots/${id}`);
      if (snapshot.status === 'done' || snapshot.status === 'failed') return snapshot;
      if (Date.now() > deadline) throw new Error(`snapshot ${id} still ${String(snapshot.status)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async function allFindings(id: string): Promise<ApiFinding[]> {
    const out: ApiFinding[] = [];
    let cursor: string | undefined;
    do {
      const page = await get(
        `/api/v1/snapshots/${id}/findings?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      out.push(...(page.items as ApiFinding[]));
      cursor = (page.nextCursor as string | null) ?? undefined;
    } while (cursor);
    return out;
  }

  it('collects from the test API server, uploads, and the analysis equals kordon scan of the same objects', async () => {
    const ingest = await api.issueToken(['ingest'], ['prod-eu']);
    const file = path.join(dir, 'prod-eu.ndjson.gz');
    const run = await runBuiltCli([
      'collect',
      '--kubeconfig',
      kubeconfig,
      '--cluster',
      'prod-eu',
      '--upload',
      '--api',
      apiUrl,
      '--token',
      ingest,
      '-o',
      file,
    ]);
    expect(run.stderr).toContain('list pods: 500');
    expect(run.code).toBe(0);
    const id = /([0-9a-f-]{36}) \(queued\)/.exec(run.stdout)?.[1];
    expect(id).toBeDefined();
    const snapshot = await waitForDone(id as string);
    expect(snapshot).toMatchObject({ status: 'done', clusterName: 'prod-eu' });

    const scan = await runBuiltCli(['scan', file, '--format', 'json', '--fail-on', 'none']);
    const report = JSON.parse(scan.stdout) as ScanReport;
    const fromScan = report.findings.map(
      (f) => `${f.check}|${f.kind}|${f.namespace}|${f.name}|${f.path}`,
    );
    const fromApi = (await allFindings(id as string)).map(
      (f) => `${f.checkId}|${f.kind}|${f.namespace}|${f.name}|${f.path}`,
    );
    expect(fromApi.length).toBeGreaterThan(10);
    expect(fromApi.sort()).toEqual(fromScan.sort());

    // What a retry of the collector's upload sends: the same bytes with the same key.
    const bytes = await readFile(file);
    const retry = await fetch(`${apiUrl}/api/v1/clusters/prod-eu/snapshots`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${ingest}`,
        'content-type': 'application/x-ndjson',
        'content-encoding': 'gzip',
        'idempotency-key': `kordon-collect-${createHash('sha256').update(bytes).digest('hex')}`,
      },
      body: bytes,
    });
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ snapshotId: id, status: 'done' });
  });
});
