/**
 * Pod specs of the synthetic cluster as the API server returns them (defaults
 * filled in) and as the collector sends them (env values dropped): one template
 * per Deployment, and the per-pod additions of admission (node, service-account
 * token volume, default tolerations, priority).
 */
import { suffixOf } from './seeded-random';

const IMAGES = [
  'nginx:1.27.2',
  'ghcr.io/acme/api:3.4.1',
  'redis:7.4',
  'ghcr.io/acme/worker:latest',
  'postgres:16',
  'busybox',
];
const ENV_NAMES = [
  'LOG_LEVEL',
  'LOG_FORMAT',
  'HTTP_PORT',
  'METRICS_PORT',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OTEL_SERVICE_NAME',
  'FEATURE_FLAGS',
  'CACHE_TTL_SECONDS',
  'UPSTREAM_TIMEOUT_MS',
  'REGION',
];

type Json = Record<string, unknown>;

/** What a Deployment's pods share, drawn once per Deployment. */
export interface SpecTraits {
  app: string;
  image: string;
  hostNetwork: boolean;
  hostPort: boolean;
  serviceAccountName: string;
  limits: boolean;
  securityContext: Json | undefined;
  sidecar: boolean;
  envCount: number;
}

function securityContext(r: () => number): Json | undefined {
  const x = r();
  if (x < 0.35)
    return {
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      seccompProfile: { type: 'RuntimeDefault' },
    };
  if (x < 0.6) return { allowPrivilegeEscalation: false, runAsUser: 1000 };
  if (x < 0.65) return { privileged: true };
  if (x < 0.7) return { capabilities: { add: ['NET_ADMIN', 'SYS_TIME'] } };
  if (x < 0.8) return { runAsUser: 0 };
  return undefined;
}

export function drawTraits(r: () => number, app: string): SpecTraits {
  return {
    app,
    image: IMAGES[Math.floor(r() * IMAGES.length)] as string,
    hostNetwork: r() < 0.01,
    serviceAccountName: r() < 0.5 ? 'default' : app,
    hostPort: r() < 0.01,
    limits: r() < 0.7,
    securityContext: securityContext(r),
    sidecar: r() < 0.3,
    envCount: 5 + Math.floor(r() * 6),
  };
}

const probe = (path: string, port: string, initialDelaySeconds: number) => ({
  httpGet: { path, port, scheme: 'HTTP' },
  initialDelaySeconds,
  timeoutSeconds: 1,
  periodSeconds: 10,
  successThreshold: 1,
  failureThreshold: 3,
});

const DEFAULTED = {
  terminationMessagePath: '/dev/termination-log',
  terminationMessagePolicy: 'File',
};

function appContainer(t: SpecTraits): Json {
  const env: Json[] = ENV_NAMES.slice(0, t.envCount).map((name) => ({ name }));
  // env names only: the collector and the API replace a `value` by a marker and keep `valueFrom`
  env.push({ name: 'DB_PASSWORD' }, { name: 'POD_NAME' });
  return {
    name: 'app',
    image: t.image,
    ports: [
      {
        name: 'http',
        containerPort: 8080,
        protocol: 'TCP',
        ...(t.hostPort ? { hostPort: 8080 } : {}),
      },
      { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
    ],
    env,
    resources: t.limits
      ? { limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '100m', memory: '128Mi' } }
      : { requests: { cpu: '100m' } },
    volumeMounts: [
      { name: 'config', mountPath: '/etc/app', readOnly: true },
      { name: 'tmp', mountPath: '/tmp' },
    ],
    livenessProbe: probe('/healthz', 'http', 10),
    readinessProbe: probe('/ready', 'http', 5),
    startupProbe: { ...probe('/healthz', 'http', 0), failureThreshold: 30 },
    ...DEFAULTED,
    imagePullPolicy:
      t.image.endsWith(':latest') || !t.image.includes(':') ? 'Always' : 'IfNotPresent',
    ...(t.securityContext ? { securityContext: t.securityContext } : {}),
  };
}

function sidecarContainer(): Json {
  return {
    name: 'log-shipper',
    image: 'docker.io/fluent/fluent-bit:3.1.9',
    args: ['--config=/fluent-bit/etc/fluent-bit.yaml'],
    ports: [{ name: 'fb-metrics', containerPort: 2020, protocol: 'TCP' }],
    env: [
      { name: 'FLUENT_ELASTICSEARCH_HOST' },
      { name: 'FLUENT_ELASTICSEARCH_PORT' },
      { name: 'NODE_NAME' },
    ],
    resources: {
      limits: { cpu: '100m', memory: '64Mi' },
      requests: { cpu: '10m', memory: '32Mi' },
    },
    volumeMounts: [{ name: 'tmp', mountPath: '/var/log/app', readOnly: true }],
    livenessProbe: probe('/', 'fb-metrics', 10),
    ...DEFAULTED,
    imagePullPolicy: 'IfNotPresent',
    securityContext: {
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      runAsUser: 65534,
    },
  };
}

/** The pod template's spec as a Deployment or ReplicaSet carries it. */
export function templateSpec(t: SpecTraits): Json {
  return {
    ...(t.hostNetwork ? { hostNetwork: true } : {}),
    volumes: [
      { name: 'config', configMap: { name: `${t.app}-config`, defaultMode: 420 } },
      { name: 'tmp', emptyDir: {} },
    ],
    containers: t.sidecar ? [appContainer(t), sidecarContainer()] : [appContainer(t)],
    restartPolicy: 'Always',
    terminationGracePeriodSeconds: 30,
    dnsPolicy: 'ClusterFirst',
    serviceAccountName: t.serviceAccountName,
    serviceAccount: t.serviceAccountName,
    securityContext: {},
    schedulerName: 'default-scheduler',
  };
}

function tokenVolume(name: string): Json {
  return {
    name,
    projected: {
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        {
          downwardAPI: {
            items: [
              {
                path: 'namespace',
                fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' },
              },
            ],
          },
        },
      ],
      defaultMode: 420,
    },
  };
}

const TOLERATIONS = ['not-ready', 'unreachable'].map((what) => ({
  key: `node.kubernetes.io/${what}`,
  operator: 'Exists',
  effect: 'NoExecute',
  tolerationSeconds: 300,
}));

/** A running pod's spec: the template plus what admission and the scheduler add. */
export function podSpec(template: Json, d: number, p: number, nodeName: string): Json {
  const token = `kube-api-access-${suffixOf(d, p + 7919, 5)}`;
  const mount = {
    name: token,
    readOnly: true,
    mountPath: '/var/run/secrets/kubernetes.io/serviceaccount',
  };
  const containers = (template['containers'] as Json[]).map((c) => ({
    ...c,
    volumeMounts: [...(c['volumeMounts'] as Json[]), mount],
  }));
  return {
    ...template,
    volumes: [...(template['volumes'] as Json[]), tokenVolume(token)],
    containers,
    nodeName,
    tolerations: TOLERATIONS,
    priority: 0,
    enableServiceLinks: true,
    preemptionPolicy: 'PreemptLowerPriority',
  };
}
