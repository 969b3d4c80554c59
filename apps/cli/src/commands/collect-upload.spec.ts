import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { kubeconfigFor, memoryStore, startKubeApiServer } from '@kordon/testing';
import { demoClusterObjects } from '../__fixtures__/collect/cluster-objects';
import { sendJson, startFakeApi } from '../__fixtures__/fake-api';
import { runBuiltCli } from '../__fixtures__/run-built-cli';

const TOKEN = 'collector-token';

describe('kordon collect --upload', () => {
  it('retries a failed upload with the same bytes and the same Idempotency-Key, then removes the spool', async () => {
    const kube = await startKubeApiServer({
      store: memoryStore(demoClusterObjects()),
      token: TOKEN,
    });
    let calls = 0;
    const api = await startFakeApi((_request, response) => {
      calls += 1;
      if (calls === 1)
        sendJson(response, 503, { code: 'unavailable', message: 'try later', details: [] });
      else
        sendJson(response, 202, {
          snapshotId: '0b5f2a6e-3c1d-4e8f-9a7b-123456789abc',
          status: 'queued',
        });
    });
    const dir = await mkdtemp(path.join(tmpdir(), 'kordon-collect-upload-'));
    const spool = path.join(dir, 'spool');
    const kubeconfig = path.join(dir, 'kubeconfig');
    await writeFile(kubeconfig, kubeconfigFor(kube, TOKEN));
    await mkdir(spool);
    try {
      const run = await runBuiltCli([
        'collect',
        '--kubeconfig',
        kubeconfig,
        '--cluster',
        'prod-eu',
        '--upload',
        '--api',
        api.url,
        '--token',
        'ingest-token',
        '--spool-dir',
        spool,
      ]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('0b5f2a6e-3c1d-4e8f-9a7b-123456789abc (queued)');
      expect(run.stderr).toContain('retrying in 500 ms with the same bytes');
      expect(api.requests).toHaveLength(2);
      const [first, second] = api.requests;
      expect(first?.url).toBe('/api/v1/clusters/prod-eu/snapshots');
      expect(first?.headers['content-encoding']).toBe('gzip');
      expect(first?.headers['authorization']).toBe('Bearer ingest-token');
      expect(second?.body.equals(first?.body as Buffer)).toBe(true);
      const key = `kordon-collect-${createHash('sha256')
        .update(first?.body as Buffer)
        .digest('hex')}`;
      expect(first?.headers['idempotency-key']).toBe(key);
      expect(second?.headers['idempotency-key']).toBe(key);
      expect(gunzipSync(first?.body as Buffer).toString('utf8')).toMatch(
        /"kind":"ClusterSnapshotEnd"/,
      );
      expect(await readdir(spool)).toEqual([]);
    } finally {
      await kube.close();
      await api.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
