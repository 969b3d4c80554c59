import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { kubeconfigFor, startKubeApiServer, type KubeApiServer } from './kube-api-server';
import { memoryStore } from './kube-object-store';

const run = promisify(execFile);
const TOKEN = 'collector-test-token';

const pods = Array.from({ length: 23 }, (_, i) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name: `web-${String(i).padStart(2, '0')}`,
    namespace: `team-${i % 3}`,
    uid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    resourceVersion: String(1000 + i),
  },
  spec: { containers: [{ name: 'web', image: 'registry.example/web:1.0' }] },
  status: { phase: 'Running', podIP: `10.1.0.${i + 1}` },
}));
const namespaces = ['team-0', 'team-1', 'team-2'].map((name) => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels: { 'kubernetes.io/metadata.name': name } },
}));

describe('the Kubernetes test API server', () => {
  let server: KubeApiServer;
  let dir: string;
  let kubeconfig: string;
  beforeAll(async () => {
    server = await startKubeApiServer({
      store: memoryStore([...namespaces, ...pods]),
      token: TOKEN,
      forbidden: ['networkpolicies'],
      expireContinue: [{ plural: 'namespaces', page: 1 }],
      failures: [{ plural: 'services', status: 503, times: 1 }],
    });
    dir = await mkdtemp(path.join(tmpdir(), 'kordon-kube-api-'));
    kubeconfig = path.join(dir, 'kubeconfig');
    await writeFile(kubeconfig, kubeconfigFor(server, TOKEN));
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const kubectl = (...args: string[]) =>
    run('kubectl', ['--kubeconfig', kubeconfig, ...args], { env: { ...process.env, HOME: dir } });

  it('serves kubectl the pods it holds, paging with --chunk-size', async () => {
    server.requests.length = 0;
    const { stdout } = await kubectl('get', 'pods', '-A', '--chunk-size=5', '-o', 'json');
    const listed = JSON.parse(stdout) as {
      items: { metadata: { namespace: string; name: string } }[];
    };
    expect(listed.items.map((p) => `${p.metadata.namespace}/${p.metadata.name}`)).toEqual(
      pods.map((p) => `${p.metadata.namespace}/${p.metadata.name}`),
    );
    const pages = server.requests.filter((r) => r.path === '/api/v1/pods');
    expect(pages).toHaveLength(5);
    expect(pages.every((r) => r.query.limit === '5')).toBe(true);
    expect(pages.slice(1).every((r) => typeof r.query.continue === 'string')).toBe(true);
  });

  it('serves kubectl one namespace and one object by name', async () => {
    const { stdout } = await kubectl('get', 'pods', '-n', 'team-1', '-o', 'name');
    expect(stdout.trim().split('\n')).toEqual(
      pods.filter((p) => p.metadata.namespace === 'team-1').map((p) => `pod/${p.metadata.name}`),
    );
    const one = await kubectl(
      'get',
      'pod',
      'web-04',
      '-n',
      'team-1',
      '-o',
      'jsonpath={.status.podIP}',
    );
    expect(one.stdout).toBe('10.1.0.5');
  });

  it('answers kubectl 403 for a forbidden kind', async () => {
    await expect(kubectl('get', 'networkpolicies', '-A')).rejects.toMatchObject({
      stderr: expect.stringContaining('networkpolicies.networking.k8s.io is forbidden'),
    });
  });

  const get = (pathAndQuery: string, token = TOKEN) =>
    new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
      const req = https.get(
        `${server.url}${pathAndQuery}`,
        { ca: server.ca, headers: { authorization: `Bearer ${token}` } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: JSON.parse(text) as Record<string, unknown>,
            }),
          );
        },
      );
      req.on('error', reject);
    });

  it('lists typed lists whose items carry no kind, with resourceVersion and continue', async () => {
    const first = await get('/api/v1/pods?limit=10');
    expect(first.body).toMatchObject({
      kind: 'PodList',
      apiVersion: 'v1',
      metadata: {
        resourceVersion: expect.any(String),
        continue: expect.any(String),
        remainingItemCount: 13,
      },
    });
    const items = first.body.items as Record<string, unknown>[];
    expect(items).toHaveLength(10);
    expect(items.every((i) => i.kind === undefined && i.apiVersion === undefined)).toBe(true);
  });

  it('serves /version and discovery', async () => {
    expect((await get('/version')).body.gitVersion).toBe('v1.31.4');
    expect((await get('/api')).body.versions).toEqual(['v1']);
    const groups = (await get('/apis')).body.groups as { name: string }[];
    expect(groups.map((g) => g.name)).toEqual(
      expect.arrayContaining(['apps', 'batch', 'networking.k8s.io', 'apiextensions.k8s.io']),
    );
    const apps = (await get('/apis/apps/v1')).body.resources as { name: string; kind: string }[];
    expect(apps.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet']),
    );
  });

  it('expires a continue token once (410), fails once (503), refuses a wrong token (401)', async () => {
    const first = await get('/api/v1/namespaces?limit=2');
    const token = (first.body.metadata as { continue: string }).continue;
    const expired = await get(`/api/v1/namespaces?limit=2&continue=${token}`);
    expect(expired).toMatchObject({
      status: 410,
      body: { kind: 'Status', reason: 'Expired', code: 410 },
    });
    expect((await get(`/api/v1/namespaces?limit=2&continue=${token}`)).status).toBe(200);
    expect((await get('/api/v1/services')).status).toBe(503);
    expect((await get('/api/v1/services')).status).toBe(200);
    expect((await get('/api/v1/pods', 'wrong')).status).toBe(401);
  });
});
