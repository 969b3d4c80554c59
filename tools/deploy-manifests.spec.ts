import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { COLLECTED_RESOURCES, type ScanReport } from '@kordon/contracts';

const root = path.resolve(__dirname, '..');
const BIN = path.join(root, 'apps/cli/bin/kordon.js');

type Json = Record<string, unknown>;

/** The value at a dotted path (`spec.template.spec.containers.0`), or undefined. */
function dig(value: unknown, dotted: string): unknown {
  let at = value;
  for (const key of dotted.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

const nameOf = (o: Json) => dig(o, 'metadata.name');

/** `kubectl kustomize deploy/<dir>`: the objects as they would be applied. */
function render(dir: string): Json[] {
  const yaml = execFileSync('kubectl', ['kustomize', path.join(root, 'deploy', dir)], {
    encoding: 'utf8',
  });
  return parseAllDocuments(yaml).map((d) => d.toJSON() as Json);
}

function one(objects: Json[], kind: string, name: string): Json {
  const found = objects.filter((o) => o.kind === kind && nameOf(o) === name);
  expect(found).toHaveLength(1);
  return found[0] as Json;
}

function kordon(args: string[], input?: string) {
  if (!existsSync(path.join(root, 'dist/apps/cli/src/main.js')))
    throw new Error('the CLI is not built: run `node tools/build.mjs` (npm test does) first');
  return spawnSync(process.execPath, [BIN, ...args], { cwd: root, input, encoding: 'utf8' });
}

describe('deploy/collector (kubectl kustomize)', () => {
  const objects = render('collector');

  it('renders a namespace, service account, read-only RBAC, a network policy and a CronJob', () => {
    expect(objects.map((o) => o.kind).sort()).toEqual(
      [
        'ClusterRole',
        'ClusterRoleBinding',
        'ConfigMap',
        'CronJob',
        'Namespace',
        'NetworkPolicy',
        'NetworkPolicy',
        'Role',
        'RoleBinding',
        'ServiceAccount',
      ].sort(),
    );
    expect(dig(one(objects, 'Namespace', 'kordon'), 'metadata.labels')).toMatchObject({
      'pod-security.kubernetes.io/enforce': 'restricted',
    });
  });

  it('grants only get and list, on exactly the kinds kordon collect lists, never Secrets', () => {
    const role = one(objects, 'ClusterRole', 'kordon-collector');
    const granted = new Set<string>();
    for (const rule of dig(role, 'rules') as Json[]) {
      expect(rule.verbs).toEqual(['get', 'list']);
      for (const group of rule.apiGroups as string[])
        for (const resource of rule.resources as string[]) granted.add(`${group}/${resource}`);
    }
    expect([...granted].sort()).toEqual(
      COLLECTED_RESOURCES.map((r) => `${r.group}/${r.plural}`).sort(),
    );
    const cni = one(objects, 'Role', 'kordon-collector-cni-settings');
    expect(dig(cni, 'metadata.namespace')).toBe('kube-system');
    expect(cni.rules).toEqual([
      {
        apiGroups: [''],
        resources: ['configmaps'],
        resourceNames: ['cilium-config', 'amazon-vpc-cni'],
        verbs: ['get'],
      },
    ]);
    const binding = one(objects, 'ClusterRoleBinding', 'kordon-collector');
    expect(binding.subjects).toEqual([
      { kind: 'ServiceAccount', name: 'kordon-collector', namespace: 'kordon' },
    ]);
  });

  it('runs kordon collect --upload in-cluster with its token from a Secret and a spool emptyDir', () => {
    const cron = one(objects, 'CronJob', 'kordon-collector');
    const pod = dig(cron, 'spec.jobTemplate.spec.template.spec') as Json;
    const container = dig(pod, 'containers.0') as Json;
    expect(pod.serviceAccountName).toBe('kordon-collector');
    expect(container.command).toEqual(
      expect.arrayContaining(['apps/cli/bin/kordon.js', 'collect', '--in-cluster', '--upload']),
    );
    expect(container.env).toContainEqual({
      name: 'KORDON_TOKEN',
      valueFrom: { secretKeyRef: { name: 'kordon-collector-token', key: 'token' } },
    });
    const config = objects.find((o) => o.kind === 'ConfigMap');
    expect(container.envFrom).toEqual([{ configMapRef: { name: dig(config, 'metadata.name') } }]);
    expect(dig(config, 'metadata.namespace')).toBe('kordon');
    expect(pod.volumes).toContainEqual(
      expect.objectContaining({ name: 'spool', emptyDir: expect.any(Object) }),
    );
    expect(dig(cron, 'spec.concurrencyPolicy')).toBe('Forbid');
  });

  it('meets the restricted Pod Security level with no finding at or above medium', () => {
    const yaml = execFileSync('kubectl', ['kustomize', path.join(root, 'deploy/collector')], {
      encoding: 'utf8',
    });
    const run = kordon(
      ['scan', '-', '--format', 'json', '--level', 'restricted', '--fail-on', 'medium'],
      yaml,
    );
    const report = JSON.parse(run.stdout) as ScanReport;
    expect(report.objects.map((o) => [o.name, o.level])).toEqual([
      ['kordon-collector', 'restricted'],
    ]);
    expect(
      report.summary.counts.critical + report.summary.counts.high + report.summary.counts.medium,
    ).toBe(0);
    expect(run.status).toBe(0);
  });
});

describe('deploy/server (kubectl kustomize)', () => {
  const objects = render('server');

  it('runs api and web with replicas and probes, workers, and a setup Job on an external Postgres', () => {
    for (const name of ['kordon-api', 'kordon-web']) {
      const deployment = one(objects, 'Deployment', name);
      expect(dig(deployment, 'spec.replicas')).toBeGreaterThanOrEqual(2);
      const container = dig(deployment, 'spec.template.spec.containers.0');
      expect(dig(container, 'readinessProbe.httpGet')).toBeDefined();
      expect(dig(container, 'livenessProbe.httpGet')).toBeDefined();
      expect(dig(one(objects, 'Service', name), 'spec.selector')).toEqual(
        dig(deployment, 'spec.selector.matchLabels'),
      );
    }
    const worker = one(objects, 'Deployment', 'kordon-worker');
    expect(dig(worker, 'spec.replicas')).toBeGreaterThanOrEqual(1);
    for (const [kind, name] of [
      ['Deployment', 'kordon-api'],
      ['Deployment', 'kordon-worker'],
      ['Job', 'kordon-setup'],
    ] as const) {
      const env = dig(one(objects, kind, name), 'spec.template.spec.containers.0.env');
      expect(env).toContainEqual({
        name: 'DATABASE_URL',
        valueFrom: { secretKeyRef: { name: 'kordon-database', key: 'url' } },
      });
    }
    expect(
      dig(one(objects, 'Deployment', 'kordon-api'), 'spec.template.spec.containers.0.command'),
    ).toEqual(['node', 'dist/apps/api/src/main.js']);
  });

  it('offers an optional KEDA ScaledObject scaling the workers on the analyze-snapshot queue', () => {
    const keda = render('server/keda');
    const scaled = one(keda, 'ScaledObject', 'kordon-worker');
    expect(dig(scaled, 'spec.scaleTargetRef.name')).toBe('kordon-worker');
    expect(dig(scaled, 'spec.triggers.0.metadata.query')).toContain("name = 'analyze-snapshot'");
  });
});

describe('kordon scan deploy/ --level restricted', () => {
  it('reports nothing at or above medium', () => {
    const run = kordon([
      'scan',
      'deploy/',
      '--format',
      'json',
      '--level',
      'restricted',
      '--fail-on',
      'medium',
    ]);
    const report = JSON.parse(run.stdout) as ScanReport;
    const serious = report.findings.filter((f) =>
      ['critical', 'high', 'medium'].includes(f.severity),
    );
    expect(serious).toEqual([]);
    expect(report.objects.length).toBe(5);
    expect(report.objects.every((o) => o.level === 'restricted')).toBe(true);
    expect(run.status).toBe(0);
  });
});
