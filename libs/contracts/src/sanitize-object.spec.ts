import {
  LAST_APPLIED_ANNOTATION,
  REDACTED_ENV_VALUE,
  sanitizeObject,
  sanitizeObjectReporting,
} from './sanitize-object';

const env = () => [
  { name: 'PASSWORD', value: 'hunter2' },
  { name: 'TOKEN', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
];
const podSpec = () => ({
  containers: [{ name: 'app', env: env() }],
  initContainers: [{ name: 'init', env: env() }],
  ephemeralContainers: [{ name: 'debug', env: env() }],
});
const namesOnly = [
  { name: 'PASSWORD', value: REDACTED_ENV_VALUE },
  { name: 'TOKEN', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
];

describe('sanitizeObject', () => {
  it('drops Secrets entirely', () => {
    expect(sanitizeObject({ apiVersion: 'v1', kind: 'Secret', data: { k: 'dg==' } })).toBeNull();
  });

  it('replaces env values of every container of a pod by a marker, keeping names and valueFrom', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', spec: podSpec() };
    expect(sanitizeObject(pod)).toBe(pod);
    expect(pod.spec.containers[0]?.env).toEqual(namesOnly);
    expect(pod.spec.initContainers[0]?.env).toEqual(namesOnly);
    expect(pod.spec.ephemeralContainers[0]?.env).toEqual(namesOnly);
  });

  it('removes env values from workload templates and CronJob job templates', () => {
    const deployment = { kind: 'Deployment', spec: { template: { spec: podSpec() } } };
    const cronJob = {
      kind: 'CronJob',
      spec: { jobTemplate: { spec: { template: { spec: podSpec() } } } },
    };
    sanitizeObject(deployment);
    sanitizeObject(cronJob);
    expect(deployment.spec.template.spec.containers[0]?.env).toEqual(namesOnly);
    expect(cronJob.spec.jobTemplate.spec.template.spec.initContainers[0]?.env).toEqual(namesOnly);
  });

  it('drops ConfigMap data and binaryData', () => {
    const configMap = {
      kind: 'ConfigMap',
      metadata: { name: 'c' },
      data: { a: 'b' },
      binaryData: { c: 'ZA==' },
    };
    expect(sanitizeObject(configMap)).toEqual({ kind: 'ConfigMap', metadata: { name: 'c' } });
  });

  it('keeps only the NetworkPolicy switch of cilium-config and amazon-vpc-cni', () => {
    const cilium = {
      kind: 'ConfigMap',
      metadata: { name: 'cilium-config', namespace: 'kube-system' },
      data: { 'enable-policy': 'never', 'cluster-name': 'prod', 'clustermesh-secret': 'x' },
    };
    const aws = {
      kind: 'ConfigMap',
      metadata: { name: 'amazon-vpc-cni', namespace: 'kube-system' },
      data: { 'enable-network-policy-controller': 'true', 'warm-ip-target': '5' },
      binaryData: { blob: 'ZA==' },
    };
    const elsewhere = {
      kind: 'ConfigMap',
      metadata: { name: 'cilium-config', namespace: 'shop' },
      data: { 'enable-policy': 'never' },
    };
    expect(sanitizeObject(cilium)?.data).toEqual({ 'enable-policy': 'never' });
    expect(sanitizeObject(aws)).toEqual({
      kind: 'ConfigMap',
      metadata: aws.metadata,
      data: { 'enable-network-policy-controller': 'true' },
    });
    expect(sanitizeObject(elsewhere)).toEqual({ kind: 'ConfigMap', metadata: elsewhere.metadata });
  });

  it('reports an object already minimized (a collector upload) as unchanged', () => {
    const pod = { kind: 'Pod', spec: { containers: [{ name: 'a', env: namesOnly }] } };
    const cilium = {
      kind: 'ConfigMap',
      metadata: { name: 'cilium-config', namespace: 'kube-system' },
      data: { 'enable-policy': 'default' },
    };
    expect(sanitizeObjectReporting(pod).changed).toBe(false);
    expect(sanitizeObjectReporting(cilium).changed).toBe(false);
  });

  it('drops managedFields and the last-applied annotation, keeping other annotations', () => {
    const pod = {
      kind: 'Pod',
      metadata: {
        name: 'p',
        managedFields: [{ manager: 'kubectl' }],
        annotations: { [LAST_APPLIED_ANNOTATION]: '{"spec":{}}', 'team.io/owner': 'shop' },
      },
    };
    expect(sanitizeObject(pod)).toEqual({
      kind: 'Pod',
      metadata: { name: 'p', annotations: { 'team.io/owner': 'shop' } },
    });
  });

  it('tolerates malformed shapes', () => {
    const odd = {
      kind: 'Pod',
      metadata: 'x',
      spec: { containers: [null, { env: 'x' }, { env: [null] }] },
    };
    expect(sanitizeObject(odd)).toBe(odd);
  });
});

describe('sanitizeObjectReporting', () => {
  it('reports an object with nothing to remove as unchanged', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', annotations: { a: 'b' } },
      spec: { containers: [{ name: 'c', env: [{ name: 'ONLY_NAME' }] }] },
    };
    const before = JSON.stringify(pod);
    expect(sanitizeObjectReporting(pod)).toEqual({ object: pod, changed: false });
    expect(JSON.stringify(pod)).toBe(before);
  });

  it.each([
    [
      'an env value',
      {
        kind: 'Pod',
        metadata: { name: 'p' },
        spec: { containers: [{ name: 'c', env: [{ name: 'X', value: 'secret' }] }] },
      },
    ],
    ['managedFields', { kind: 'Pod', metadata: { name: 'p', managedFields: [] }, spec: {} }],
    [
      'the last-applied annotation',
      {
        kind: 'Service',
        metadata: { name: 's', annotations: { [LAST_APPLIED_ANNOTATION]: '{}' } },
      },
    ],
    ['ConfigMap data', { kind: 'ConfigMap', metadata: { name: 'c' }, data: { k: 'v' } }],
    ['a Secret', { kind: 'Secret', metadata: { name: 's' } }],
  ])('reports %s as changed', (_what, object) => {
    expect(sanitizeObjectReporting(object).changed).toBe(true);
  });
});
