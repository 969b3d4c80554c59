/**
 * A seeded generator of realistic cluster snapshots (NDJSON, kordon.dev/v1): the
 * scale benchmarks (150,000 pods) and the resilience tests use it. Same seed,
 * same bytes. Objects are produced one at a time, never held in memory.
 */

export interface SyntheticOptions {
  seed: number;
  namespaces: number;
  deployments: number;
  podsPerDeployment: number;
  /** Share of namespaces with NetworkPolicies (each gets a handful). */
  policyShare: number;
  clusterName: string;
  collectedAt: string;
}

export const SCALE_150K: SyntheticOptions = {
  seed: 42,
  namespaces: 5000,
  deployments: 15000,
  podsPerDeployment: 10,
  policyShare: 0.4,
  clusterName: 'synthetic',
  collectedAt: '2026-11-01T00:00:00Z',
};

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IMAGES = ['nginx:1.27.2', 'ghcr.io/acme/api:3.4.1', 'redis:7.4', 'ghcr.io/acme/worker:latest', 'postgres:16', 'busybox'];
const TIERS = ['web', 'api', 'worker', 'cache', 'db'];

function securityContext(r: () => number): Record<string, unknown> | undefined {
  const x = r();
  if (x < 0.35) return { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true, runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } };
  if (x < 0.6) return { allowPrivilegeEscalation: false, runAsUser: 1000 };
  if (x < 0.65) return { privileged: true };
  if (x < 0.7) return { capabilities: { add: ['NET_ADMIN', 'SYS_TIME'] } };
  if (x < 0.8) return { runAsUser: 0 };
  return undefined;
}

function podSpec(r: () => number, app: string): Record<string, unknown> {
  const image = IMAGES[Math.floor(r() * IMAGES.length)] as string;
  const hostNetwork = r() < 0.01;
  return {
    ...(hostNetwork ? { hostNetwork: true } : {}),
    serviceAccountName: r() < 0.5 ? 'default' : app,
    containers: [
      {
        name: 'app',
        image,
        ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP', ...(r() < 0.01 ? { hostPort: 8080 } : {}) }, { name: 'metrics', containerPort: 9090, protocol: 'TCP' }],
        env: [{ name: 'LOG_LEVEL', value: 'info' }, { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }],
        resources: r() < 0.7 ? { limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '100m', memory: '128Mi' } } : { requests: { cpu: '100m' } },
        readinessProbe: { httpGet: { path: '/ready', port: 'http' }, periodSeconds: 10 },
        livenessProbe: { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 10 },
        volumeMounts: [{ name: 'config', mountPath: '/etc/app' }, { name: 'tmp', mountPath: '/tmp' }],
        ...(securityContext(r) ? { securityContext: securityContext(r) } : {}),
      },
    ],
    volumes: [{ name: 'config', configMap: { name: `${app}-config` } }, { name: 'tmp', emptyDir: {} }],
    terminationGracePeriodSeconds: 30,
    dnsPolicy: 'ClusterFirst',
    restartPolicy: 'Always',
    schedulerName: 'default-scheduler',
  };
}

function policies(ns: string, r: () => number): Record<string, unknown>[] {
  const meta = (name: string) => ({ name, namespace: ns, uid: `${ns}-${name}` });
  const np = (name: string, spec: Record<string, unknown>) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta(name), spec });
  const out = [
    np('default-deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }),
    np('allow-dns', { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] }] }),
    np('same-namespace', { podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] }),
    np('web-from-ingress', { podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['web', 'api'] }] }, ingress: [{ from: [{ namespaceSelector: { matchLabels: { role: 'ingress' } }, podSelector: { matchLabels: { app: 'ingress-nginx' } } }], ports: [{ port: 'http' }] }] }),
    np('metrics', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }], ports: [{ port: 9000, endPort: 9100, protocol: 'TCP' }] }] }),
  ];
  if (r() < 0.5) out.push(np('egress-internet', { podSelector: { matchLabels: { tier: 'api' } }, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '169.254.169.254/32'] } }] }] }));
  if (r() < 0.3) out.push(np('db-from-api', { podSelector: { matchLabels: { tier: 'db' } }, ingress: [{ from: [{ podSelector: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['web'] }, { key: 'app', operator: 'Exists' }] } }] }] }));
  return out;
}

/** Yields NDJSON lines: header, objects, end line. */
export function* syntheticSnapshotLines(o: SyntheticOptions): Generator<string> {
  const r = mulberry32(o.seed);
  let count = 0;
  const header = {
    apiVersion: 'kordon.dev/v1', kind: 'ClusterSnapshot', cluster: { name: o.clusterName, kubernetesVersion: 'v1.31.4' },
    collectedAt: o.collectedAt, collector: { name: 'kordon-synthetic', version: '1' },
    coverage: Object.fromEntries(['Namespace', 'Pod', 'Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob', 'Service', 'Ingress', 'NetworkPolicy', 'ServiceAccount', 'Node', 'ReplicationController', 'CustomResourceDefinition'].map((k) => [k, 'complete'])),
  };
  yield JSON.stringify(header);
  const line = (obj: unknown) => {
    count += 1;
    return JSON.stringify(obj);
  };
  yield line({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'calico-node', namespace: 'kube-system', uid: 'ds-calico' }, spec: { template: { metadata: { labels: { 'k8s-app': 'calico-node' } }, spec: { hostNetwork: true, containers: [{ name: 'calico-node', image: 'docker.io/calico/node:v3.28.2', securityContext: { privileged: true } }] } } } });
  for (let n = 0; n < o.namespaces; n++) {
    const ns = `ns-${String(n).padStart(5, '0')}`;
    yield line({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, uid: `uid-${ns}`, labels: { 'kubernetes.io/metadata.name': ns, team: `team-${n % 40}`, ...(n % 50 === 0 ? { role: 'ingress' } : {}) } } });
    if (r() < o.policyShare) for (const p of policies(ns, r)) yield line(p);
  }
  for (let d = 0; d < o.deployments; d++) {
    const ns = `ns-${String(d % o.namespaces).padStart(5, '0')}`;
    const app = `app-${d}`;
    const labels = { app, tier: TIERS[d % TIERS.length] as string };
    const spec = podSpec(r, app);
    const dep = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: app, namespace: ns, uid: `dep-${d}`, labels }, spec: { replicas: o.podsPerDeployment, selector: { matchLabels: labels }, template: { metadata: { labels }, spec } } };
    yield line(dep);
    const hash = (d * 2654435761 >>> 0).toString(36).slice(0, 8);
    const rsName = `${app}-${hash}`;
    yield line({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: rsName, namespace: ns, uid: `rs-${d}`, labels: { ...labels, 'pod-template-hash': hash }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: app, uid: `dep-${d}`, controller: true }] }, spec: { replicas: o.podsPerDeployment, template: { metadata: { labels: { ...labels, 'pod-template-hash': hash } }, spec } } });
    if (d % 3 === 0) yield line({ apiVersion: 'v1', kind: 'Service', metadata: { name: app, namespace: ns, uid: `svc-${d}` }, spec: { type: d % 97 === 0 ? 'NodePort' : 'ClusterIP', selector: labels, ports: [{ name: 'http', port: 80, targetPort: 'http' }] } });
    for (let p = 0; p < o.podsPerDeployment; p++) {
      const ip = `10.${(d >> 8) & 255}.${d & 255}.${p + 2}`;
      const suffix = ((d * 31 + p) * 2246822519 >>> 0).toString(36).slice(0, 5);
      yield line({
        apiVersion: 'v1', kind: 'Pod',
        metadata: { name: `${rsName}-${suffix}`, namespace: ns, uid: `pod-${d}-${p}`, labels: { ...labels, 'pod-template-hash': hash }, annotations: { 'cni.projectcalico.org/podIP': `${ip}/32` }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rsName, uid: `rs-${d}`, controller: true }] },
        spec: { ...spec, nodeName: `node-${(d + p) % 500}` },
        status: { phase: 'Running', podIP: ip, hostIP: `172.16.${(d + p) % 250}.1`, startTime: o.collectedAt, conditions: [{ type: 'Ready', status: 'True' }] },
      });
    }
  }
  yield JSON.stringify({ kind: 'ClusterSnapshotEnd', objects: count });
}
