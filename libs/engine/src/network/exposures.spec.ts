import { parse } from 'yaml';
import { loadScenario, workloadId } from './__fixtures__/scenario-fixture';
import { attackPaths } from './attack-paths';
import { defaultDenyPolicyYaml } from './default-deny-policy-yaml';
import { explainConnection } from './explain-connection';
import { exposures } from './exposures';
import { namespaceIsolation, workloadIsolation } from './isolation-posture';
import { NET_CHECKS } from './network-checks';
import { networkFindings } from './network-findings';
import { buildNetworkModel } from './network-model';
import { parseNetworkPolicy } from './parse-network-policy';
import type { KubeObject } from '../model/kube';

const { input } = loadScenario('exposed-cluster.yaml');
const model = buildNetworkModel(input);
const found = exposures(input);
const byKind = (kind: string): string[][] =>
  found.filter((e) => e.kind === kind).map((e) => e.workloads);

describe('exposures of exposed-cluster', () => {
  it('lists hostNetwork and hostPort workloads', () => {
    expect(byKind('host-network')).toEqual([[workloadId('shop/agent', 'DaemonSet')]]);
    expect(byKind('host-port')).toEqual([[workloadId('shop/cache')]]);
  });

  it('follows NodePort and LoadBalancer Services to the workloads they select, noting externalTrafficPolicy', () => {
    const nodePort = found.find((e) => e.kind === 'node-port');
    expect(nodePort?.workloads).toEqual([workloadId('shop/web')]);
    expect(nodePort?.details).toMatchObject({
      externalTrafficPolicy: 'Cluster',
      sourceIpPreserved: false,
    });
    expect(found.find((e) => e.kind === 'load-balancer')?.details).toMatchObject({
      externalTrafficPolicy: 'Local',
      sourceIpPreserved: true,
    });
  });

  it('follows Ingress → Service → workloads', () => {
    expect(found.find((e) => e.kind === 'ingress')).toMatchObject({
      workloads: [workloadId('shop/admin')],
      details: { services: ['admin'] },
    });
  });

  it('flags ingress rules open to everyone: 0.0.0.0/0 and a missing from', () => {
    const open = found.filter((e) => e.kind === 'open-to-everyone');
    expect(open.map((e) => e.details['path'])).toEqual(['spec.ingress[0]', 'spec.ingress[1]']);
  });
});

describe('attack paths', () => {
  const risky = new Set([
    workloadId('locked/privileged'),
    workloadId('locked/vault'),
    workloadId('shop/agent', 'DaemonSet'),
  ]);
  const paths = attackPaths(model, found, risky);

  it('finds exposed workloads that reach risky ones, with the deciding rules', () => {
    const webToVault = paths.find(
      (p) => p.from === workloadId('shop/web') && p.to === workloadId('locked/vault'),
    );
    expect(webToVault?.exposures).toEqual(['load-balancer', 'node-port']);
    expect(webToVault?.hops).toEqual([
      {
        from: workloadId('shop/web'),
        to: workloadId('locked/vault'),
        ports: [{ protocol: 'TCP', port: 8200 }],
        egressRules: [],
        ingressRules: [{ policy: 'locked/vault-from-web', direction: 'ingress', ruleIndex: 0 }],
      },
    ]);
  });

  it('does not report a risky workload default-deny protects', () => {
    expect(paths.filter((p) => p.to === workloadId('locked/privileged'))).toEqual([]);
  });

  it('never reports a workload reaching itself, even when it is exposed and risky', () => {
    expect(paths.filter((p) => p.from === p.to)).toEqual([]);
    expect(paths.filter((p) => p.from === workloadId('shop/agent', 'DaemonSet'))).toEqual([]);
  });
});

describe('explanations', () => {
  it('answers "any port" with the allowed ports and the rules', () => {
    const e = explainConnection(model, workloadId('shop/web'), workloadId('locked/vault'));
    expect(e).toMatchObject({
      allowed: true,
      port: null,
      ports: [{ protocol: 'TCP', port: 8200 }],
    });
    expect(e.ingress).toMatchObject({
      isolated: true,
      policies: ['locked/default-deny', 'locked/vault-from-web'],
      ports: [{ protocol: 'TCP', port: 8200 }],
    });
    expect(e.egress).toEqual({
      isolated: false,
      allowed: true,
      rules: [],
      policies: [],
      ports: 'all',
    });
  });

  it('says which policies isolate a denied destination and that no rule allows it', () => {
    const e = explainConnection(model, workloadId('shop/admin'), workloadId('locked/vault'), {
      port: 8200,
    });
    expect(e.allowed).toBe(false);
    expect(e.ingress.rules).toEqual([]);
    expect(e.ingress.policies).toContain('locked/default-deny');
  });
});

describe('isolation posture', () => {
  it('reports per-workload and per-namespace isolation', () => {
    expect(
      workloadIsolation(model).find((w) => w.workload === workloadId('locked/vault')),
    ).toMatchObject({
      ingressIsolated: true,
      egressIsolated: true,
      ingressPolicies: ['locked/default-deny', 'locked/vault-from-web'],
      egressPolicies: ['locked/default-deny'],
    });
    const ns = namespaceIsolation(model);
    expect(ns.find((n) => n.namespace === 'locked')).toMatchObject({
      defaultDenyIngress: true,
      defaultDenyEgress: true,
      workloads: 2,
      ingressIsolatedShare: 1,
      reachableFrom: ['shop'],
    });
    expect(ns.find((n) => n.namespace === 'shop')).toMatchObject({
      defaultDenyIngress: false,
      ingressIsolatedShare: 0.25,
      reachableFrom: ['shop'],
    });
    expect(ns.find((n) => n.namespace === 'empty')).toMatchObject({
      workloads: 0,
      reachableFrom: [],
    });
  });
});

describe('network findings', () => {
  const findings = networkFindings(
    model,
    input,
    { verdict: 'does-not-enforce', plugins: ['flannel'], evidence: [] },
    new Set([workloadId('locked/vault')]),
  );
  const ids = (checkId: string): string[] =>
    findings
      .filter((f) => f.checkId === checkId)
      .map((f) => `${f.subject.namespace}/${f.subject.name}`);

  it('uses only catalogued checks', () => {
    const catalog = new Set(NET_CHECKS.map((c) => c.id));
    expect(findings.filter((f) => !catalog.has(f.checkId))).toEqual([]);
    expect(NET_CHECKS.find((c) => c.id === 'net.policies-not-enforced')?.severity).toBe('critical');
  });

  it('reports decorative policies, missing default-deny, unisolated workloads, selectors matching nothing and attack paths', () => {
    expect(ids('net.policies-not-enforced')).toEqual(['/']);
    expect(ids('net.namespace-no-default-deny-ingress')).toEqual(['/shop']);
    expect(ids('net.namespace-no-default-deny-egress')).toEqual(['/shop']);
    expect(ids('net.workload-not-isolated').sort()).toEqual([
      'shop/admin',
      'shop/cache',
      'shop/web',
    ]);
    expect(ids('net.policy-selects-nothing')).toEqual(['shop/typo']);
    expect(ids('net.attack-path')).toEqual(['shop/web']);
    expect(ids('net.host-network')).toEqual(['shop/agent']);
    expect(ids('net.open-to-everyone')).toEqual(['shop/admin-open', 'shop/admin-open']);
  });

  it('attaches a ready default-deny policy that still allows DNS', () => {
    const yaml =
      findings.find((f) => f.checkId === 'net.namespace-no-default-deny-egress')?.fixYaml ?? '';
    const policy = parseNetworkPolicy(parse(yaml) as KubeObject);
    expect(policy).toMatchObject({
      id: 'shop/default-deny',
      policyTypes: ['ingress', 'egress'],
      ingress: [],
    });
    expect(policy.egress?.[0]?.ports).toEqual([
      { protocol: 'UDP', port: 53, endPort: null },
      { protocol: 'TCP', port: 53, endPort: null },
    ]);
    expect(yaml).toBe(defaultDenyPolicyYaml('shop'));
  });
});
