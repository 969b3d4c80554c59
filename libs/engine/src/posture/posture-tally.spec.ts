import { postureScore } from './posture-score';
import { CLUSTER_TOTAL, tallyPosture, type PostureTallyInput } from './posture-tally';

const isolated = (ingressIsolated: boolean, egressIsolated: boolean) => ({
  ingressIsolated,
  egressIsolated,
});

/**
 * A shop (default-deny ingress) with an exposed web front and a privileged cart, a fully
 * isolated payments API, a privileged monitoring agent whose namespace has no Namespace
 * object, and an empty kube-system.
 */
const shopCluster: PostureTallyInput = {
  namespaces: [
    { name: 'shop', isolation: { defaultDenyIngress: true, defaultDenyEgress: false } },
    { name: 'payments', isolation: { defaultDenyIngress: true, defaultDenyEgress: true } },
    { name: 'kube-system', isolation: null },
  ],
  workloads: [
    { workload: { namespace: 'shop' }, level: 'baseline', isolation: isolated(true, false) },
    { workload: { namespace: 'shop' }, level: 'privileged', isolation: isolated(false, false) },
    { workload: { namespace: 'payments' }, level: 'restricted', isolation: isolated(true, true) },
    { workload: { namespace: 'monitoring' }, level: 'privileged', isolation: null },
  ],
  network: {
    // web is exposed twice (a LoadBalancer and an Ingress): it counts once
    exposures: [
      { workloads: ['shop/Deployment/web', 'shop/Deployment/cart'] },
      { workloads: ['shop/Deployment/web'] },
    ],
    attackPaths: [{ from: 'shop/Deployment/web' }, { from: 'shop/Deployment/web' }],
  },
};

const findings = [
  { namespace: 'shop', severity: 'critical' },
  { namespace: 'shop', severity: 'high' },
  { namespace: 'payments', severity: 'medium' },
  { namespace: '', severity: 'low' },
  { namespace: 'monitoring', severity: 'critical' },
  { namespace: 'shop', severity: 'not-a-severity' },
];

const none = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };

describe('tallyPosture', () => {
  const { total, namespaces } = tallyPosture(shopCluster, findings);
  const byName = Object.fromEntries(namespaces.map((t) => [t.namespace, t]));

  it('has one tally per namespace with anything in it, by name', () => {
    expect(namespaces.map((t) => t.namespace)).toEqual([
      'kube-system',
      'monitoring',
      'payments',
      'shop',
    ]);
  });

  it('counts a namespace: workloads by level, isolation, default-deny, findings, exposure and paths', () => {
    expect(byName['shop']).toEqual({
      namespace: 'shop',
      namespaces: 1,
      workloads: 2,
      levels: { privileged: 1, baseline: 1, restricted: 0 },
      severities: { ...none, critical: 1, high: 1 },
      ingressIsolated: 1,
      egressIsolated: 0,
      defaultDenyIngress: 1,
      defaultDenyEgress: 0,
      exposed: 2,
      attackPaths: 2,
    });
    expect(byName['payments']).toMatchObject({
      workloads: 1,
      levels: { privileged: 0, baseline: 0, restricted: 1 },
      severities: { ...none, medium: 1 },
      ingressIsolated: 1,
      egressIsolated: 1,
      defaultDenyIngress: 1,
      defaultDenyEgress: 1,
      exposed: 0,
    });
  });

  it('keeps an empty namespace (all zeros) and one known only from its workloads', () => {
    expect(byName['kube-system']).toMatchObject({ namespaces: 1, workloads: 0, severities: none });
    expect(byName['monitoring']).toMatchObject({
      workloads: 1,
      levels: { privileged: 1, baseline: 0, restricted: 0 },
      severities: { ...none, critical: 1 },
      defaultDenyIngress: 0,
    });
  });

  it('adds everything up in the cluster total, with cluster-scoped findings there only', () => {
    expect(total).toEqual({
      namespace: CLUSTER_TOTAL,
      namespaces: 4,
      workloads: 4,
      levels: { privileged: 2, baseline: 1, restricted: 1 },
      severities: { critical: 2, high: 1, medium: 1, low: 1, info: 0 },
      ingressIsolated: 2,
      egressIsolated: 1,
      defaultDenyIngress: 2,
      defaultDenyEgress: 1,
      exposed: 2,
      attackPaths: 2,
    });
  });

  it('feeds the score: the shop scores 21', () => {
    // podSecurity (0 + 0.6·1)/2 = 0.3 → 12; findings 1/(1 + (10 + 5)/2) = 0.118 → 3.5;
    // isolation (1 + 0)/(2·2) = 0.25 → 5; exposure 1 − (2 + 2·2)/2 < 0 → 0; 12 + 3.53 + 5 = 20.53 → 21
    const s = postureScore({ ...(byName['shop'] as (typeof namespaces)[number]), cni: 'enforces' });
    expect(s.parts.podSecurity.points).toBe(12);
    expect(s.parts.findings).toEqual({ weight: 30, value: 0.118, points: 3.5 });
    expect(s.parts.isolation.points).toBe(5);
    expect(s.parts.exposure.points).toBe(0);
    expect(s.score).toBe(21);
  });

  it('counts nothing for an empty analysis', () => {
    const empty = tallyPosture(
      { namespaces: [], workloads: [], network: { exposures: [], attackPaths: [] } },
      [],
    );
    expect(empty.namespaces).toEqual([]);
    expect(empty.total).toMatchObject({ namespaces: 0, workloads: 0, exposed: 0 });
  });
});
