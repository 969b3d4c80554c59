import type { CniSignal } from './network-input';
import { detectCni } from './detect-cni';

const ds = (
  namespace: string,
  name: string,
  images: string[],
  containerNames: string[] = [name],
): CniSignal => ({
  kind: 'DaemonSet',
  namespace,
  name,
  images,
  containerNames,
});

describe('detectCni', () => {
  it.each([
    [
      'Calico',
      [ds('calico-system', 'calico-node', ['docker.io/calico/node:v3.30.0'])],
      [],
      'calico',
    ],
    ['Calico by its CRDs only', [], ['felixconfigurations.crd.projectcalico.org'], 'calico'],
    [
      'Cilium',
      [ds('kube-system', 'cilium', ['quay.io/cilium/cilium:v1.17.0'], ['cilium-agent'])],
      [],
      'cilium',
    ],
    [
      'GKE Dataplane V2',
      [ds('kube-system', 'anetd', ['gke.gcr.io/cilium/cilium:v1.14'])],
      [],
      'cilium',
    ],
    [
      'Weave Net',
      [
        ds(
          'kube-system',
          'weave-net',
          ['weaveworks/weave-kube:2.8.1', 'weaveworks/weave-npc:2.8.1'],
          ['weave', 'weave-npc'],
        ),
      ],
      [],
      'weave-net',
    ],
    [
      'Antrea',
      [ds('kube-system', 'antrea-agent', ['antrea/antrea-agent-ubuntu:v2.0.0'])],
      [],
      'antrea',
    ],
    [
      'kube-router',
      [ds('kube-system', 'kube-router', ['docker.io/cloudnativelabs/kube-router'])],
      [],
      'kube-router',
    ],
    [
      'AKS azure-npm',
      [ds('kube-system', 'azure-npm', ['mcr.microsoft.com/containernetworking/azure-npm:v1.5'])],
      [],
      'azure-npm',
    ],
    [
      'AWS VPC CNI with the network-policy agent',
      [
        ds(
          'kube-system',
          'aws-node',
          ['amazon-k8s-cni:v1.18', 'aws-network-policy-agent:v1.1'],
          ['aws-node', 'aws-eks-nodeagent'],
        ),
      ],
      [],
      'aws-network-policy-agent',
    ],
    [
      'AWS VPC CNI with the PolicyEndpoint CRD',
      [ds('kube-system', 'aws-node', ['amazon-k8s-cni:v1.18'])],
      ['policyendpoints.networking.k8s.aws'],
      'aws-network-policy-agent',
    ],
  ])('%s enforces', (_name, signals, crds, plugin) => {
    const result = detectCni(signals, crds);
    expect(result.verdict).toBe('enforces');
    expect(result.plugins).toContain(plugin);
    expect(result.evidence.length).toBeGreaterThan(0);
  });

  it('Canal (Calico + Flannel): enforcing wins', () => {
    const canal = ds(
      'kube-system',
      'canal',
      ['calico/node:v3.29', 'flannel/flannel:v0.26'],
      ['calico-node', 'kube-flannel'],
    );
    const result = detectCni([canal], []);
    expect(result.verdict).toBe('enforces');
    expect(result.plugins).toEqual(expect.arrayContaining(['calico', 'flannel']));
  });

  it('Flannel alone does not enforce', () => {
    const result = detectCni(
      [
        ds(
          'kube-flannel',
          'kube-flannel-ds',
          ['ghcr.io/flannel-io/flannel:v0.26.1'],
          ['kube-flannel'],
        ),
      ],
      [],
    );
    expect(result).toEqual({
      verdict: 'does-not-enforce',
      plugins: ['flannel'],
      evidence: [expect.stringContaining('kube-flannel/kube-flannel-ds')],
    });
  });

  it('AWS VPC CNI without its policy agent does not enforce', () => {
    const result = detectCni(
      [
        ds('kube-system', 'aws-node', [
          '602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.18.0',
        ]),
      ],
      [],
    );
    expect(result.verdict).toBe('does-not-enforce');
    expect(result.plugins).toEqual(['aws-vpc-cni']);
  });

  it('k3s-like clusters are unknown, never guessed', () => {
    const svclb: CniSignal = {
      kind: 'DaemonSet',
      namespace: 'kube-system',
      name: 'svclb-traefik-1a2b',
      images: ['rancher/klipper-lb:v0.4.9'],
      containerNames: ['lb-tcp-80'],
    };
    const result = detectCni([svclb], []);
    expect(result.verdict).toBe('unknown');
    expect(result.evidence).toEqual([expect.stringContaining('k3s')]);
  });

  it('nothing recognised is unknown', () => {
    expect(
      detectCni([ds('kube-system', 'kube-proxy', ['registry.k8s.io/kube-proxy:v1.33.0'])], []),
    ).toEqual({ verdict: 'unknown', plugins: [], evidence: [] });
  });
});
