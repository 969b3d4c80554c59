import type { KubeObject } from '../model/kube';
import { createAnalyzer } from '../analyzer/create-analyzer';

const ciliumAgent: KubeObject = {
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'cilium', namespace: 'kube-system' },
  spec: {
    selector: { matchLabels: { k8s: 'cilium' } },
    template: {
      metadata: { labels: { k8s: 'cilium' } },
      spec: { containers: [{ name: 'cilium-agent', image: 'quay.io/cilium/cilium:v1.16.3' }] },
    },
  },
};

const awsNode: KubeObject = {
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'aws-node', namespace: 'kube-system' },
  spec: {
    selector: { matchLabels: { k8s: 'aws-node' } },
    template: {
      metadata: { labels: { k8s: 'aws-node' } },
      spec: {
        containers: [
          {
            name: 'aws-node',
            image: '602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.18.5',
          },
        ],
      },
    },
  },
};

function configMap(name: string, data: Record<string, string>): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace: 'kube-system' },
    data,
  };
}

function cniOf(...objects: KubeObject[]) {
  const analyzer = createAnalyzer();
  for (const o of objects) analyzer.add(o);
  return analyzer.finish().network.cni;
}

describe('CNI settings read from two ConfigMap keys', () => {
  it('Cilium enforces by default and not with enable-policy: never', () => {
    expect(cniOf(ciliumAgent).verdict).toBe('enforces');
    const off = cniOf(ciliumAgent, configMap('cilium-config', { 'enable-policy': 'never' }));
    expect(off.verdict).toBe('does-not-enforce');
    expect(off.evidence).toContain(
      'ConfigMap kube-system/cilium-config: enable-policy=never: cilium (enforces no NetworkPolicy)',
    );
    expect(
      cniOf(ciliumAgent, configMap('cilium-config', { 'enable-policy': 'default' })).verdict,
    ).toBe('enforces');
  });

  it('the AWS VPC CNI enforces once its network policy controller is on', () => {
    expect(cniOf(awsNode).verdict).toBe('does-not-enforce');
    const on = cniOf(
      awsNode,
      configMap('amazon-vpc-cni', { 'enable-network-policy-controller': 'true' }),
    );
    expect(on.verdict).toBe('enforces');
    expect(on.plugins).toContain('aws-network-policy-agent');
  });

  it('ignores the same names outside kube-system and other keys', () => {
    const elsewhere: KubeObject = {
      ...configMap('cilium-config', { 'enable-policy': 'never' }),
      metadata: { name: 'cilium-config', namespace: 'shop' },
    };
    expect(cniOf(ciliumAgent, elsewhere).verdict).toBe('enforces');
    expect(cniOf(ciliumAgent, configMap('cilium-config', { debug: 'never' })).verdict).toBe(
      'enforces',
    );
  });
});
