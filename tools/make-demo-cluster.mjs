#!/usr/bin/env node
// Writes examples/demo-cluster.ndjson: a small, realistic cluster used by the README
// quickstart and by tests. Deterministic (no clock, no randomness): run it again
// and the file is byte-identical.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const objects = [];
let uidCounter = 0;
const uid = () => `00000000-0000-4000-8000-${String(++uidCounter).padStart(12, '0')}`;
const add = (o) => (objects.push(o), o);
const ref = (o) => ({
  apiVersion: o.apiVersion,
  kind: o.kind,
  name: o.metadata.name,
  uid: o.metadata.uid,
  controller: true,
  blockOwnerDeletion: true,
});
let ipCounter = 10;
const nodes = ['node-a', 'node-b'];
const nodeIPs = { 'node-a': '10.0.0.11', 'node-b': '10.0.0.12' };

const restricted = {
  runAsNonRoot: true,
  seccompProfile: { type: 'RuntimeDefault' },
};
const restrictedContainer = {
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
  readOnlyRootFilesystem: true,
};
const limits = {
  limits: { cpu: '500m', memory: '256Mi' },
  requests: { cpu: '100m', memory: '128Mi' },
};

function namespace(name, labels = {}) {
  add({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, uid: uid(), labels: { 'kubernetes.io/metadata.name': name, ...labels } },
  });
}

function pod(ns, name, owner, template, nodeName, hostNetwork) {
  const ip = hostNetwork ? nodeIPs[nodeName] : `10.244.${nodes.indexOf(nodeName)}.${ipCounter++}`;
  return add({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: ns,
      uid: uid(),
      labels: template.metadata.labels,
      annotations: { 'cni.projectcalico.org/podIP': `${ip}/32` },
      ownerReferences: owner ? [ref(owner)] : undefined,
    },
    spec: {
      ...template.spec,
      nodeName,
      serviceAccountName: template.spec.serviceAccountName ?? 'default',
    },
    status: { phase: 'Running', podIP: ip, hostIP: nodeIPs[nodeName], podIPs: [{ ip }] },
  });
}

function deployment(ns, name, replicas, podSpec, labels = { app: name }) {
  const template = { metadata: { labels }, spec: podSpec };
  const d = add({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: ns, uid: uid(), labels },
    spec: { replicas, selector: { matchLabels: labels }, template },
    status: { replicas, readyReplicas: replicas },
  });
  const hash = `${name.length}7c9d${replicas}f`;
  const rsLabels = { ...labels, 'pod-template-hash': hash };
  const rs = add({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${name}-${hash}`,
      namespace: ns,
      uid: uid(),
      labels: rsLabels,
      ownerReferences: [ref(d)],
    },
    spec: {
      replicas,
      selector: { matchLabels: rsLabels },
      template: { metadata: { labels: rsLabels }, spec: podSpec },
    },
  });
  for (let i = 0; i < replicas; i++)
    pod(
      ns,
      `${name}-${hash}-${'xkqzt'.slice(0, 4)}${i}`,
      rs,
      { metadata: { labels: rsLabels }, spec: podSpec },
      nodes[i % 2],
      podSpec.hostNetwork,
    );
  return d;
}

function daemonSet(ns, name, podSpec, labels = { app: name }) {
  const ds = add({
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name, namespace: ns, uid: uid(), labels },
    spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: podSpec } },
  });
  nodes.forEach((n, i) =>
    pod(
      ns,
      `${name}-${'abcde'.slice(i, i + 5)}${i}`,
      ds,
      { metadata: { labels }, spec: podSpec },
      n,
      podSpec.hostNetwork,
    ),
  );
}

function service(ns, name, selector, ports, type = 'ClusterIP', extra = {}) {
  add({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: ns, uid: uid() },
    spec: { type, selector, ports, ...extra },
  });
}

function policy(ns, name, spec) {
  add({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace: ns, uid: uid() },
    spec,
  });
}

// Nodes
for (const n of nodes)
  add({
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: n, uid: uid(), labels: { 'kubernetes.io/hostname': n } },
    status: {
      addresses: [{ type: 'InternalIP', address: nodeIPs[n] }],
      nodeInfo: { kubeletVersion: 'v1.31.4' },
    },
  });

// Namespaces
namespace('kube-system');
namespace('shop', {
  'pod-security.kubernetes.io/warn': 'restricted',
  'pod-security.kubernetes.io/warn-version': 'latest',
});
namespace('payments', {
  'pod-security.kubernetes.io/enforce': 'baseline',
  'pod-security.kubernetes.io/enforce-version': 'v1.31',
});
namespace('monitoring');

// kube-system: the CNI (Calico) and DNS
daemonSet(
  'kube-system',
  'calico-node',
  {
    hostNetwork: true,
    serviceAccountName: 'calico-node',
    containers: [
      {
        name: 'calico-node',
        image: 'docker.io/calico/node:v3.28.2',
        securityContext: { privileged: true },
        resources: limits,
        env: [{ name: 'DATASTORE_TYPE', value: 'kubernetes' }],
      },
    ],
    volumes: [
      { name: 'lib-modules', hostPath: { path: '/lib/modules' } },
      { name: 'var-run-calico', hostPath: { path: '/var/run/calico' } },
    ],
  },
  { 'k8s-app': 'calico-node' },
);
deployment(
  'kube-system',
  'coredns',
  2,
  {
    serviceAccountName: 'coredns',
    containers: [
      {
        name: 'coredns',
        image: 'registry.k8s.io/coredns/coredns:v1.11.3',
        ports: [
          { name: 'dns', containerPort: 53, protocol: 'UDP' },
          { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
        ],
        securityContext: {
          allowPrivilegeEscalation: false,
          capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] },
          readOnlyRootFilesystem: true,
        },
        resources: limits,
      },
    ],
  },
  { 'k8s-app': 'kube-dns' },
);
service('kube-system', 'kube-dns', { 'k8s-app': 'kube-dns' }, [
  { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
  { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
]);

// shop: a web frontend exposed through a NodePort and an Ingress, running as root
deployment(
  'shop',
  'frontend',
  3,
  {
    serviceAccountName: 'default',
    containers: [
      {
        name: 'web',
        image: 'ghcr.io/example/shop-frontend:2.4.1',
        ports: [{ name: 'http', containerPort: 8080 }],
        securityContext: { runAsUser: 0 },
        resources: { requests: { cpu: '100m' } },
      },
    ],
  },
  { app: 'frontend', tier: 'web' },
);
deployment(
  'shop',
  'cart',
  2,
  {
    serviceAccountName: 'cart',
    automountServiceAccountToken: false,
    securityContext: { ...restricted, runAsUser: 10001 },
    containers: [
      {
        name: 'cart',
        image:
          'ghcr.io/example/cart@sha256:4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f',
        ports: [{ name: 'grpc', containerPort: 9090 }],
        securityContext: restrictedContainer,
        resources: limits,
      },
    ],
  },
  { app: 'cart', tier: 'backend' },
);
service(
  'shop',
  'frontend',
  { app: 'frontend' },
  [{ name: 'http', port: 80, targetPort: 'http', nodePort: 30080 }],
  'NodePort',
  { externalTrafficPolicy: 'Cluster' },
);
service('shop', 'cart', { app: 'cart' }, [{ name: 'grpc', port: 9090, targetPort: 'grpc' }]);
add({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { name: 'shop', namespace: 'shop', uid: uid() },
  spec: {
    ingressClassName: 'nginx',
    rules: [
      {
        host: 'shop.example.com',
        http: {
          paths: [
            {
              path: '/',
              pathType: 'Prefix',
              backend: { service: { name: 'frontend', port: { number: 80 } } },
            },
          ],
        },
      },
    ],
  },
});
policy('shop', 'default-deny', { podSelector: {}, policyTypes: ['Ingress'] });
policy('shop', 'frontend-from-anywhere', {
  podSelector: { matchLabels: { app: 'frontend' } },
  ingress: [{ ports: [{ port: 'http' }] }],
});
policy('shop', 'cart-from-frontend', {
  podSelector: { matchLabels: { app: 'cart' } },
  ingress: [
    {
      from: [{ podSelector: { matchLabels: { app: 'frontend' } } }],
      ports: [{ port: 9090, protocol: 'TCP' }],
    },
  ],
});

// payments: an API with a hostPort, default-deny both ways (egress allows DNS)
deployment(
  'payments',
  'payments-api',
  2,
  {
    serviceAccountName: 'payments-api',
    securityContext: { ...restricted, runAsUser: 10002, fsGroup: 10002 },
    containers: [
      {
        name: 'api',
        image: 'ghcr.io/example/payments-api:1.9.0',
        ports: [{ name: 'https', containerPort: 8443, hostPort: 8443 }],
        securityContext: restrictedContainer,
        resources: limits,
      },
    ],
  },
  { app: 'payments-api' },
);
policy('payments', 'default-deny-all', {
  podSelector: {},
  policyTypes: ['Ingress', 'Egress'],
  egress: [
    {
      to: [
        {
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
          podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
        },
      ],
      ports: [
        { port: 53, protocol: 'UDP' },
        { port: 53, protocol: 'TCP' },
      ],
    },
  ],
});
policy('payments', 'api-from-shop', {
  podSelector: { matchLabels: { app: 'payments-api' } },
  policyTypes: ['Ingress'],
  ingress: [
    {
      from: [
        {
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } },
          podSelector: { matchLabels: { app: 'cart' } },
        },
      ],
      ports: [{ port: 'https' }],
    },
  ],
});

// monitoring: no NetworkPolicies at all; a node exporter in the host namespaces; a privileged log agent
daemonSet(
  'monitoring',
  'node-exporter',
  {
    hostNetwork: true,
    hostPID: true,
    containers: [
      {
        name: 'node-exporter',
        image: 'quay.io/prometheus/node-exporter:v1.8.2',
        ports: [{ name: 'metrics', containerPort: 9100, hostPort: 9100 }],
        securityContext: { readOnlyRootFilesystem: true },
        resources: limits,
      },
    ],
    volumes: [
      { name: 'proc', hostPath: { path: '/proc' } },
      { name: 'sys', hostPath: { path: '/sys' } },
    ],
  },
  { app: 'node-exporter' },
);
daemonSet(
  'monitoring',
  'log-agent',
  {
    containers: [
      {
        name: 'fluent-bit',
        image: 'fluent/fluent-bit:latest',
        securityContext: { privileged: true },
        volumeMounts: [{ name: 'varlog', mountPath: '/var/log' }],
      },
    ],
    volumes: [{ name: 'varlog', hostPath: { path: '/var/log' } }],
  },
  { app: 'log-agent' },
);
deployment(
  'monitoring',
  'grafana',
  1,
  {
    containers: [
      {
        name: 'grafana',
        image: 'grafana/grafana:11.3.0',
        ports: [{ name: 'http', containerPort: 3000 }],
        resources: limits,
      },
    ],
  },
  { app: 'grafana' },
);
service(
  'monitoring',
  'grafana',
  { app: 'grafana' },
  [{ port: 80, targetPort: 3000 }],
  'LoadBalancer',
  { externalTrafficPolicy: 'Local' },
);

// Service accounts and installed CRDs (CNI detection)
for (const [ns, name] of [
  ['kube-system', 'calico-node'],
  ['kube-system', 'coredns'],
  ['shop', 'cart'],
  ['payments', 'payments-api'],
  ['shop', 'default'],
  ['monitoring', 'default'],
]) {
  add({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: ns, uid: uid() } });
}
for (const crd of [
  'felixconfigurations.crd.projectcalico.org',
  'ippools.crd.projectcalico.org',
  'networkpolicies.crd.projectcalico.org',
]) {
  add({
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: crd, uid: uid() },
  });
}

const header = {
  apiVersion: 'kordon.dev/v1',
  kind: 'ClusterSnapshot',
  cluster: { name: 'demo', kubernetesVersion: 'v1.31.4' },
  collectedAt: '2026-11-20T09:00:00Z',
  collector: { name: 'kordon-demo', version: '0.1.0' },
  coverage: Object.fromEntries(
    [
      'Namespace',
      'Node',
      'Pod',
      'Deployment',
      'StatefulSet',
      'DaemonSet',
      'ReplicaSet',
      'ReplicationController',
      'Job',
      'CronJob',
      'ServiceAccount',
      'Service',
      'Ingress',
      'NetworkPolicy',
      'CustomResourceDefinition',
    ].map((k) => [k, 'complete']),
  ),
};
const lines = [
  JSON.stringify(header),
  ...objects.map((o) => JSON.stringify(o)),
  JSON.stringify({ kind: 'ClusterSnapshotEnd', objects: objects.length }),
];
writeFileSync(path.join(root, 'examples/demo-cluster.ndjson'), lines.join('\n') + '\n');
console.log(`examples/demo-cluster.ndjson: ${objects.length} objects`);
