import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readSnapshot, type ScanReport, type SnapshotObject } from '@kordon/contracts';
import {
  kubeconfigFor,
  memoryStore,
  startKubeApiServer,
  type KubeApiServerOptions,
} from '@kordon/testing';
import {
  demoClusterObjects,
  objectsFullOfSecrets,
  SECRET_VALUES,
} from '../__fixtures__/collect/cluster-objects';
import { runBuiltCli } from '../__fixtures__/run-built-cli';
import { DEMO_SNAPSHOT } from '../__fixtures__/run-cli';

const TOKEN = 'collector-token';
type Json = Record<string, unknown>;

interface Collected {
  code: number | null;
  stdout: string;
  stderr: string;
  output: string;
  coverage: Record<string, string>;
  objects: SnapshotObject[];
  requests: { path: string; query: Record<string, string>; status: number }[];
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kordon-collect-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function readCollected(file: string) {
  const objects: SnapshotObject[] = [];
  let coverage: Record<string, string> = {};
  for await (const event of readSnapshot(createReadStream(file))) {
    if (event.type === 'header') coverage = event.header.coverage;
    if (event.type === 'object') objects.push(event.object);
  }
  return { objects, coverage };
}

/** Starts a test API server over `objects`, runs the built `kordon collect` against it, reads the snapshot. */
async function collect(
  objects: Json[],
  server: Partial<KubeApiServerOptions> = {},
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<Collected> {
  const api = await startKubeApiServer({ store: memoryStore(objects), token: TOKEN, ...server });
  const name = `run-${Math.random().toString(36).slice(2, 8)}`;
  const kubeconfig = path.join(dir, `${name}.kubeconfig`);
  const output = path.join(dir, `${name}.ndjson.gz`);
  await writeFile(kubeconfig, kubeconfigFor(api, TOKEN));
  try {
    const fromEnv = env.KUBECONFIG === 'the-test-kubeconfig';
    const run = fromEnv
      ? await runBuiltCli(['collect', '-o', output, ...args], { env: { KUBECONFIG: kubeconfig } })
      : await runBuiltCli(['collect', '--kubeconfig', kubeconfig, '-o', output, ...args], { env });
    const read = run.code === 0 ? await readCollected(output) : { objects: [], coverage: {} };
    return { ...run, ...read, output, requests: api.requests };
  } finally {
    await api.close();
  }
}

const idOf = (o: Json) => {
  const meta = o.metadata as { namespace?: string; name?: string };
  return `${String(o.kind)} ${meta.namespace ?? ''}/${meta.name}`;
};

async function findingIds(file: string): Promise<string[]> {
  const res = await runBuiltCli(['scan', file, '--format', 'json', '--fail-on', 'none']);
  expect(res.code).toBe(0);
  return (JSON.parse(res.stdout) as ScanReport).findings.map((f) => f.id).sort();
}

const demo = demoClusterObjects();

describe('kordon collect', () => {
  it('lists every kind page by page into a gzip snapshot with complete coverage', async () => {
    const run = await collect(demo, {}, ['--chunk-size', '3']);
    expect(run.code).toBe(0);
    expect(run.objects.map(idOf).sort()).toEqual(demo.map(idOf).sort());
    expect(
      run.objects.every((o) => typeof o.kind === 'string' && typeof o.apiVersion === 'string'),
    ).toBe(true);
    expect(Object.values(run.coverage).every((c) => c === 'complete')).toBe(true);
    expect(Object.keys(run.coverage)).toEqual(
      expect.arrayContaining([
        'Pod',
        'Deployment',
        'NetworkPolicy',
        'CustomResourceDefinition',
        'ConfigMap',
      ]),
    );
    const podPages = run.requests.filter((r) => r.path === '/api/v1/pods');
    expect(podPages).toHaveLength(Math.ceil(demo.filter((o) => o.kind === 'Pod').length / 3));
    expect(podPages.every((r) => r.query.limit === '3')).toBe(true);
    expect(run.stderr).toMatch(/kordon: collect: Pod: \d+ objects, [\d.]+ KB/);
    expect(gunzipSync(await readFile(run.output)).toString('utf8')).toMatch(
      /^\{"apiVersion":"kordon.dev\/v1","kind":"ClusterSnapshot","cluster":\{"name":"test-cluster","kubernetesVersion":"v1.31.4"\}/,
    );
  });

  it('writes a snapshot whose findings equal `kordon scan` of the same objects', async () => {
    const run = await collect(demo);
    expect(run.code).toBe(0);
    expect(await findingIds(run.output)).toEqual(await findingIds(DEMO_SNAPSHOT));
  });

  it('never lets a secret-looking value out: Secrets, env values, ConfigMap data, managedFields, last-applied', async () => {
    const run = await collect([...demo, ...objectsFullOfSecrets()]);
    expect(run.code).toBe(0);
    const text = gunzipSync(await readFile(run.output)).toString('utf8');
    for (const secret of SECRET_VALUES) expect(text).not.toContain(secret);
    expect(text).not.toContain('managedFields');
    expect(text).not.toContain('last-applied-configuration');
    expect(run.objects.some((o) => o.kind === 'Secret')).toBe(false);
    expect(run.requests.some((r) => r.path.includes('secrets'))).toBe(false);
    expect(run.requests.some((r) => r.path === '/api/v1/configmaps')).toBe(false);
    const pod = run.objects.find(
      (o) => o.kind === 'Pod' && o.metadata?.name === 'payments-7d4b9c-x2x9q',
    );
    expect((pod?.spec as { containers: { env: unknown }[] }).containers[0]?.env).toEqual([
      { name: 'DB_PASSWORD', value: '(redacted by kordon)' },
      { name: 'AWS_ACCESS_KEY_ID', value: '(redacted by kordon)' },
      { name: 'AWS_SECRET_ACCESS_KEY', value: '(redacted by kordon)' },
      { name: 'DATABASE_URL', value: '(redacted by kordon)' },
      { name: 'API_TOKEN', valueFrom: { secretKeyRef: { name: 'payments', key: 'token' } } },
    ]);
    const configMaps = run.objects.filter((o) => o.kind === 'ConfigMap');
    expect(configMaps.map((o) => [idOf(o), o.data])).toEqual([
      ['ConfigMap kube-system/cilium-config', { 'enable-policy': 'default' }],
      ['ConfigMap kube-system/amazon-vpc-cni', { 'enable-network-policy-controller': 'true' }],
    ]);
  });

  it('marks a forbidden kind (403) in coverage and still collects the rest', async () => {
    const run = await collect(demo, { forbidden: ['networkpolicies'] });
    expect(run.code).toBe(0);
    expect(run.coverage.NetworkPolicy).toBe('forbidden');
    expect(run.coverage.Pod).toBe('complete');
    expect(run.objects.some((o) => o.kind === 'NetworkPolicy')).toBe(false);
    expect(run.objects.filter((o) => o.kind === 'Pod')).toHaveLength(
      demo.filter((o) => o.kind === 'Pod').length,
    );
    expect(run.stderr).toContain('NetworkPolicy: 0 objects, 0.0 KB (forbidden: not collected)');
  });

  it('restarts a list whose continue token expired (410), writing each pod once', async () => {
    const run = await collect(demo, { expireContinue: [{ plural: 'pods', page: 2 }] }, [
      '--chunk-size',
      '4',
    ]);
    expect(run.code).toBe(0);
    const pods = run.objects.filter((o) => o.kind === 'Pod').map(idOf);
    expect(pods.sort()).toEqual(
      demo
        .filter((o) => o.kind === 'Pod')
        .map(idOf)
        .sort(),
    );
    expect(run.requests.filter((r) => r.path === '/api/v1/pods' && r.status === 410)).toHaveLength(
      1,
    );
    expect(run.stderr).toContain('continue token expired (410); restarting the list');
  });

  it('retries 503 and 429 with backoff and completes', async () => {
    const run = await collect(demo, {
      failures: [
        { plural: 'deployments', status: 503, times: 2 },
        { plural: 'pods', status: 429, times: 1 },
      ],
    });
    expect(run.code).toBe(0);
    expect(run.coverage.Deployment).toBe('complete');
    expect(
      run.requests.filter((r) => r.path === '/apis/apps/v1/deployments').map((r) => r.status),
    ).toEqual([503, 503, 200]);
    expect(run.stderr).toContain(
      'list deployments: 503 test server: InternalError; retrying in 500 ms',
    );
  });

  it('gives up on a server too slow for --request-timeout after its retries (exit 3)', async () => {
    const slow = await collect(demo, { delays: [{ plural: 'services', ms: 1500 }] }, [
      '--request-timeout',
      '1',
      '--retries',
      '1',
    ]);
    expect(slow.code).toBe(3);
    expect(slow.stderr).toContain(
      'list services: timed out after 1000 ms (gave up after 2 attempts)',
    );
  });

  it('waits for a slow server within --request-timeout', async () => {
    const run = await collect(demo, { delays: [{ plural: 'namespaces', ms: 300 }] }, [
      '--request-timeout',
      '5',
    ]);
    expect(run.code).toBe(0);
    expect(run.coverage.Namespace).toBe('complete');
  });

  it('uses --context and names the cluster after it, and refuses an unknown context', async () => {
    const run = await collect(demo, {}, ['--context', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--context: no context "nope" in the kubeconfig');
    const named = await collect(demo, {}, ['--context', 'test', '--cluster', 'prod-eu']);
    expect(named.code).toBe(0);
    expect(gunzipSync(await readFile(named.output)).toString('utf8')).toContain(
      '"cluster":{"name":"prod-eu"',
    );
  });

  it('reads the kubeconfig named by KUBECONFIG when --kubeconfig is not given', async () => {
    const run = await collect(demo, {}, [], { KUBECONFIG: 'the-test-kubeconfig' });
    expect(run.code).toBe(0);
    expect(run.objects.length).toBe(demo.length);
  });

  it('runs in-cluster with the service account token and CA, as in a pod', async () => {
    const api = await startKubeApiServer({ store: memoryStore(demo), token: TOKEN });
    const root = path.join(dir, 'pod-root');
    const account = path.join(root, 'var/run/secrets/kubernetes.io/serviceaccount');
    await mkdir(account, { recursive: true });
    await writeFile(path.join(account, 'token'), TOKEN);
    await writeFile(path.join(account, 'ca.crt'), api.ca);
    await writeFile(path.join(account, 'namespace'), 'kordon');
    const output = path.join(dir, 'in-cluster.ndjson.gz');
    try {
      const run = await runBuiltCli(
        ['collect', '--in-cluster', '--cluster', 'prod-eu', '-o', output],
        {
          env: {
            KUBERNETES_SERVICE_HOST: '127.0.0.1',
            KUBERNETES_SERVICE_PORT: new URL(api.url).port,
            KORDON_IN_CLUSTER_ROOT: root,
          },
        },
      );
      expect(run.stderr).toContain(`cluster prod-eu at ${api.url}`);
      expect(run.code).toBe(0);
      expect((await readCollected(output)).objects).toHaveLength(demo.length);
    } finally {
      await api.close();
    }
  });

  it('reports a token the API server refuses (401) with exit 2', async () => {
    const run = await collect(demo, { token: 'another-token' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('kordon: collect: GET /version: Unauthorized');
  });

  it('says no cluster is configured (exit 2) without a kubeconfig, KUBECONFIG or service account', async () => {
    const home = await mkdtemp(path.join(dir, 'home-'));
    const run = await runBuiltCli(['collect', '-o', path.join(dir, 'none.ndjson.gz')], {
      env: { HOME: home, KUBECONFIG: '' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no cluster configured: pass --kubeconfig FILE, set KUBECONFIG');
    expect(run.stderr).not.toContain('internal error');
  });

  it('asks where the snapshot goes', async () => {
    const run = await runBuiltCli(['collect']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('-o FILE, --upload, or both');
  });
});
