import type { KubeObject } from '../../model/kube';
import type { NetworkInput, NetWorkload } from '../network-input';

/** A deterministic synthetic cluster for benchmarks (test-only). */
export interface SyntheticSize {
  namespaces: number;
  workloadsPerNamespace: number;
  /** Every `policyEvery`-th namespace (of 5) gets the 7-policy template: 2 of 5 → 14,000 policies at 5,000 namespaces. */
  policyNamespacesPerFive: number;
}

const ENVS = ['prod', 'staging', 'dev'];
const APPS = ['web', 'api', 'db', 'worker'];

function nsName(i: number): string {
  return i === 0 ? 'kube-system' : i === 1 ? 'ingress-nginx' : i === 2 ? 'monitoring' : `team-${i}`;
}

function workload(ns: string, i: number, k: number): NetWorkload {
  const app = i === 0 && k === 0 ? 'kube-dns' : (APPS[k % APPS.length] ?? 'web');
  const labels: Record<string, string> = {
    app,
    'pod-template-hash': `h${i}-${k}`,
    tier: k === 0 ? 'front' : 'back',
  };
  if (app === 'kube-dns') labels['k8s-app'] = 'kube-dns';
  if (i === 2 && k === 0) labels['app'] = 'prometheus';
  return {
    id: `${ns}/Deployment/${app}-${k}`,
    namespace: ns,
    kind: 'Deployment',
    name: `${app}-${k}`,
    labels,
    ips: [`10.${(i >> 8) & 255}.${i & 255}.${k + 1}`],
    hostNetwork: false,
    ports: [
      { name: 'http', containerPort: 8080 + k, protocol: 'TCP' },
      { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
    ],
    hostPorts: [],
  };
}

function np(ns: string, name: string, spec: Record<string, unknown>): KubeObject {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace: ns },
    spec,
  };
}

function policyTemplate(ns: string, env: string): KubeObject[] {
  return [
    np(ns, 'default-deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }),
    np(ns, 'allow-dns', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [
        {
          to: [
            {
              namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
              podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
            },
          ],
          ports: [
            { protocol: 'UDP', port: 53 },
            { protocol: 'TCP', port: 53 },
          ],
        },
      ],
    }),
    np(ns, 'allow-same-namespace', { podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] }),
    np(ns, 'allow-from-ingress', {
      podSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'api'] }] },
      ingress: [
        {
          from: [
            {
              namespaceSelector: {
                matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' },
              },
            },
          ],
          ports: [{ port: 'http' }],
        },
      ],
    }),
    np(ns, 'allow-prometheus', {
      podSelector: { matchExpressions: [{ key: 'tier', operator: 'Exists' }] },
      ingress: [
        {
          from: [
            {
              namespaceSelector: { matchLabels: { purpose: 'monitoring' } },
              podSelector: { matchLabels: { app: 'prometheus' } },
            },
          ],
          ports: [{ port: 'metrics' }],
        },
      ],
    }),
    np(ns, 'api-to-db', {
      podSelector: { matchLabels: { app: 'api' } },
      policyTypes: ['Egress'],
      egress: [
        {
          to: [
            {
              namespaceSelector: {
                matchExpressions: [{ key: 'env', operator: 'In', values: [env] }],
              },
              podSelector: { matchLabels: { app: 'db' } },
            },
          ],
          ports: [{ protocol: 'TCP', port: 5432, endPort: 5440 }],
        },
      ],
    }),
    np(ns, 'allow-https-out', {
      podSelector: { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['db'] }] },
      policyTypes: ['Egress'],
      egress: [
        {
          to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '169.254.169.254/32'] } }],
          ports: [{ port: 443 }],
        },
      ],
    }),
  ];
}

export function syntheticCluster(size: SyntheticSize): NetworkInput {
  const input: NetworkInput = {
    namespaces: [],
    workloads: [],
    policies: [],
    services: [],
    ingresses: [],
    crdNames: [],
  };
  for (let i = 0; i < size.namespaces; i++) {
    const name = nsName(i);
    const env = ENVS[i % ENVS.length] ?? 'dev';
    const labels: Record<string, string> = { env, team: `t${i % 50}`, owner: `o${i}` };
    if (i === 2) labels['purpose'] = 'monitoring';
    input.namespaces.push({ name, labels });
    for (let k = 0; k < size.workloadsPerNamespace; k++) input.workloads.push(workload(name, i, k));
    if (i > 2 && i % 5 < size.policyNamespacesPerFive)
      input.policies.push(...policyTemplate(name, env));
  }
  return input;
}
