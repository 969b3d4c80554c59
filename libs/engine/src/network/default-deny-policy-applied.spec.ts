import { parse } from 'yaml';
import type { KubeObject } from '../model/kube';
import { loadScenario } from './__fixtures__/scenario-fixture';
import { defaultDenyPolicyYaml } from './default-deny-policy-yaml';
import { isDefaultDeny } from './is-default-deny';
import { namespaceIsolation } from './isolation-posture';
import type { NetworkInput } from './network-input';
import { networkFindings } from './network-findings';
import { buildNetworkModel } from './network-model';
import { parseNetworkPolicy } from './parse-network-policy';

const cni = { verdict: 'enforces' as const, plugins: ['calico'], evidence: [] };
const { input } = loadScenario('exposed-cluster.yaml');

function defaultDenyFindings(scenario: NetworkInput, namespace: string): string[] {
  const model = buildNetworkModel(scenario);
  return networkFindings(model, scenario, cni)
    .filter(
      (f) => f.checkId.startsWith('net.namespace-no-default-deny-') && f.subject.name === namespace,
    )
    .map((f) => f.checkId);
}

function egressPolicy(egress: unknown[]): KubeObject {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'p', namespace: 'shop' },
    spec: { podSelector: {}, policyTypes: ['Egress'], egress },
  };
}

describe('applying the generated default-deny policy', () => {
  it('the namespace starts with both default-deny findings', () => {
    expect(defaultDenyFindings(input, 'shop').sort()).toEqual([
      'net.namespace-no-default-deny-egress',
      'net.namespace-no-default-deny-ingress',
    ]);
  });

  it('clears both default-deny findings for that namespace, though it still allows DNS', () => {
    const fixed: NetworkInput = {
      ...input,
      policies: [...input.policies, parse(defaultDenyPolicyYaml('shop')) as KubeObject],
    };
    expect(defaultDenyFindings(fixed, 'shop')).toEqual([]);
    const shop = namespaceIsolation(buildNetworkModel(fixed)).find((n) => n.namespace === 'shop');
    expect(shop).toMatchObject({ defaultDenyIngress: true, defaultDenyEgress: true });
  });
});

describe('default-deny egress', () => {
  const dns = [
    { protocol: 'UDP', port: 53 },
    { protocol: 'TCP', port: 53 },
  ];

  it('counts egress rules that allow only DNS, to any peer', () => {
    expect(isDefaultDeny(parseNetworkPolicy(egressPolicy([{ ports: dns }])), 'egress')).toBe(true);
    expect(
      isDefaultDeny(
        parseNetworkPolicy(
          egressPolicy([{ to: [{ ipBlock: { cidr: '10.0.0.10/32' } }], ports: dns }]),
        ),
        'egress',
      ),
    ).toBe(true);
  });

  it('does not count a rule opening more than DNS, or every port', () => {
    expect(
      isDefaultDeny(
        parseNetworkPolicy(egressPolicy([{ ports: [...dns, { protocol: 'TCP', port: 443 }] }])),
        'egress',
      ),
    ).toBe(false);
    expect(
      isDefaultDeny(parseNetworkPolicy(egressPolicy([{ to: [{ podSelector: {} }] }])), 'egress'),
    ).toBe(false);
    expect(
      isDefaultDeny(
        parseNetworkPolicy(egressPolicy([{ ports: [{ protocol: 'TCP', port: 53, endPort: 80 }] }])),
        'egress',
      ),
    ).toBe(false);
  });

  it('keeps ingress strict: an ingress rule on port 53 is not a default-deny', () => {
    const policy = parseNetworkPolicy({
      ...egressPolicy([]),
      spec: { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ ports: dns }] },
    });
    expect(isDefaultDeny(policy, 'ingress')).toBe(false);
  });
});
