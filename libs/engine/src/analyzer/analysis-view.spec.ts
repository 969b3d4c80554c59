import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../model/kube';
import { analysisView } from './analysis-view';
import { createAnalyzer } from './create-analyzer';

const ROOT = path.resolve(__dirname, '../../../..');

function analyze(objects: readonly KubeObject[], version: string | null) {
  const analyzer = createAnalyzer();
  analyzer.begin({ kubernetesVersion: version });
  objects.forEach((object, i) => analyzer.add(object, { file: 'input', line: i + 1 }));
  return analyzer.finish();
}

function demoCluster(): { objects: KubeObject[]; version: string | null } {
  const lines = readFileSync(path.join(ROOT, 'examples/demo-cluster.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as KubeObject & { cluster?: { kubernetesVersion: string } });
  return {
    objects: lines.slice(1, -1),
    version: lines[0]?.cluster?.kubernetesVersion ?? null,
  };
}

function yamlObjects(file: string): KubeObject[] {
  return parseAllDocuments(readFileSync(path.join(ROOT, file), 'utf8'))
    .map((d) => d.toJSON() as KubeObject | null)
    .filter((o): o is KubeObject => o !== null);
}

/** Metadata and status the analyzer must not depend on, and the parts it must keep. */
const tricky: KubeObject[] = [
  {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'nightly', namespace: 'jobs', uid: 'cj-1', annotations: { a: 'b' } },
    spec: {
      schedule: '0 0 * * *',
      jobTemplate: {
        spec: {
          template: {
            metadata: {
              labels: { app: 'nightly' },
              annotations: {
                'container.apparmor.security.beta.kubernetes.io/run': 'unconfined',
                'other/annotation': 'x',
              },
            },
            spec: { containers: [{ name: 'run', image: 'busybox:1.36' }] },
          },
        },
      },
    },
  },
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'nightly-1-abcde',
      namespace: 'jobs',
      uid: 'p-1',
      labels: { app: 'nightly' },
      annotations: {
        'seccomp.security.alpha.kubernetes.io/pod': 'unconfined',
        'cni.projectcalico.org/podIP': '10.0.0.9/32',
      },
      ownerReferences: [
        { apiVersion: 'v1', kind: 'ConfigMap', name: 'not-the-controller', uid: 'cm-1' },
        { apiVersion: 'batch/v1', kind: 'Job', name: 'nightly-1', uid: 'j-1', controller: true },
      ],
    },
    spec: {
      hostNetwork: true,
      containers: [
        {
          name: 'run',
          image: 'busybox:latest',
          ports: [{ name: 'http', containerPort: 8080, hostPort: 8080 }],
        },
      ],
    },
    status: { phase: 'Running', podIP: '10.0.0.9', podIPs: [{ ip: '10.0.0.9' }] },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'calico-node', namespace: 'kube-system', uid: 'ds-1' },
    spec: {
      selector: { matchLabels: { k8s: 'calico' } },
      template: {
        metadata: { labels: { k8s: 'calico' } },
        spec: {
          hostNetwork: true,
          containers: [{ name: 'calico-node', image: 'calico/node:v3.27.0' }],
        },
      },
    },
    status: { numberReady: 3 },
  },
];

describe('analysisView', () => {
  const cases: [string, KubeObject[], string | null][] = [
    ['the demo cluster', demoCluster().objects, demoCluster().version],
    ...[
      'libs/engine/src/workloads/__fixtures__/absent-owners-and-mirror-pods.yaml',
      'libs/engine/src/workloads/__fixtures__/deployment-with-pods.yaml',
      'libs/engine/src/workloads/__fixtures__/each-controller-kind.yaml',
    ].map((f): [string, KubeObject[], string | null] => [f, yamlObjects(f), null]),
    ['objects with metadata and status the analyzer never reads', tricky, 'v1.30.2'],
  ];

  it.each(cases)('gives the analysis of the objects themselves: %s', (_name, objects, version) => {
    const views = objects.map(analysisView);
    expect(analyze(views, version)).toEqual(analyze(objects, version));
  });

  it('drops what the analyzer never reads', () => {
    const pod = analysisView(tricky[1] as KubeObject);
    expect(pod.status).toEqual({ podIP: '10.0.0.9' });
    expect(pod.metadata?.annotations).toEqual({
      'seccomp.security.alpha.kubernetes.io/pod': 'unconfined',
    });
    expect(pod.metadata?.ownerReferences).toEqual([
      { apiVersion: 'batch/v1', kind: 'Job', name: 'nightly-1', uid: 'j-1', controller: true },
    ]);
    expect(pod.spec).toBe((tricky[1] as KubeObject).spec);
    const cron = analysisView(tricky[0] as KubeObject) as { spec: Record<string, unknown> };
    expect(Object.keys(cron.spec)).toEqual(['jobTemplate']);
  });

  it('keeps other kinds whole', () => {
    const policy: KubeObject = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'deny', namespace: 'a', annotations: { x: 'y' } },
      spec: { podSelector: {} },
    };
    expect(analysisView(policy)).toBe(policy);
  });
});
