import { readFileSync } from 'node:fs';
import { DEMO_SNAPSHOT } from '../run-cli';

type Json = Record<string, unknown>;

/** The demo cluster's objects (examples/demo-cluster.ndjson), as an API server would hold them. */
export function demoClusterObjects(): Json[] {
  const lines = readFileSync(DEMO_SNAPSHOT, 'utf8').trim().split('\n');
  return lines.slice(1, -1).map((line) => JSON.parse(line) as Json);
}

/** Values that must never leave the cluster: each appears somewhere in `objectsFullOfSecrets`. */
export const SECRET_VALUES = [
  'hunter2-db-password',
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
  'postgres://app:s3cr3t@db.shop.svc:5432/shop',
  'c2VjcmV0LWJhc2U2NC1ieXRlcw==',
  '-----BEGIN RSA PRIVATE KEY-----',
  'last-applied-holds-a-token-xyz',
  'managed-fields-manager-secret',
  'cilium-cluster-secret-value',
  'vpc-cni-warm-ip-secret',
];

const [password, awsKey, awsSecret, ghToken, dsn, base64, pem, lastApplied, manager, cilium, vpc] =
  SECRET_VALUES as [string, string, string, string, string, string, string, string, string, string, string];

function podSpec(): Json {
  return {
    containers: [
      {
        name: 'app',
        image: 'registry.example/payments:2.3.1',
        env: [
          { name: 'DB_PASSWORD', value: password },
          { name: 'AWS_ACCESS_KEY_ID', value: awsKey },
          { name: 'AWS_SECRET_ACCESS_KEY', value: awsSecret },
          { name: 'DATABASE_URL', value: dsn },
          { name: 'API_TOKEN', valueFrom: { secretKeyRef: { name: 'payments', key: 'token' } } },
        ],
      },
    ],
    initContainers: [{ name: 'migrate', image: 'registry.example/migrate:1', env: [{ name: 'GITHUB_TOKEN', value: ghToken }] }],
  };
}

/** A workload, pods, Secrets and ConfigMaps full of secret-looking values. */
export function objectsFullOfSecrets(): Json[] {
  const metadata = (name: string, extra: Json = {}) => ({
    name,
    namespace: 'payments',
    uid: `5ec2e700-0000-4000-8000-${name.padEnd(12, '0').slice(0, 12).replace(/[^0-9a-f]/g, 'a')}`,
    managedFields: [{ manager, operation: 'Apply', fieldsV1: { 'f:spec': {} } }],
    annotations: { 'kubectl.kubernetes.io/last-applied-configuration': `{"token":"${lastApplied}"}` },
    ...extra,
  });
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'payments', labels: { 'kubernetes.io/metadata.name': 'payments' } } },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: metadata('payments'),
      spec: { replicas: 1, selector: { matchLabels: { app: 'payments' } }, template: { metadata: { labels: { app: 'payments' } }, spec: podSpec() } },
    },
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: metadata('payments-7d4b9c-x2x9q', { labels: { app: 'payments' } }),
      spec: podSpec(),
      status: { phase: 'Running', podIP: '10.9.0.4' },
    },
    { apiVersion: 'v1', kind: 'Secret', metadata: metadata('payments'), type: 'Opaque', data: { token: base64, 'tls.key': Buffer.from(pem).toString('base64') }, stringData: { pem } },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: metadata('payments-config'), data: { 'application.yaml': `db: ${dsn}` } },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'cilium-config', namespace: 'kube-system', uid: 'c1c1c1c1-0000-4000-8000-000000000001' },
      data: { 'enable-policy': 'default', 'clustermesh-secret': cilium },
    },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'amazon-vpc-cni', namespace: 'kube-system', uid: 'c1c1c1c1-0000-4000-8000-000000000002' },
      data: { 'enable-network-policy-controller': 'true', 'warm-ip-target': vpc },
      binaryData: { blob: Buffer.from(vpc).toString('base64') },
    },
  ];
}
