import { findingFingerprint } from '@kordon/contracts';
import { loadScenario, workloadId } from './__fixtures__/scenario-fixture';
import { attackPathFindings, ATTACK_PATH_TARGETS_LISTED } from './attack-path-findings';
import type { AttackPath } from './attack-paths';
import { attackPaths } from './attack-paths';
import { exposures } from './exposures';
import { networkFindings } from './network-findings';
import { buildNetworkModel } from './network-model';

const { input } = loadScenario('exposed-cluster.yaml');
const model = buildNetworkModel(input);
const cni = { verdict: 'enforces' as const, plugins: ['calico'], evidence: [] };
const risky = new Set(
  ['shop/admin', 'shop/cache', 'locked/vault']
    .map((s) => workloadId(s))
    .concat(workloadId('shop/agent', 'DaemonSet')),
);
const findings = networkFindings(model, input, cni, risky).filter(
  (f) => f.checkId === 'net.attack-path',
);

describe('attack-path findings', () => {
  it('are one finding per exposed source, listing the risky targets it reaches, sorted', () => {
    const web = findings.filter((f) => f.subject.name === 'web');
    expect(web).toHaveLength(1);
    expect(web[0]?.result.path).toBe('attackPaths');
    expect(web[0]?.result.observed).toMatchObject({
      targets: [
        'locked/Deployment/vault',
        'shop/DaemonSet/agent',
        'shop/Deployment/admin',
        'shop/Deployment/cache',
      ],
      targetCount: 4,
    });
    expect(web[0]?.result.message).toContain(
      'can reach 4 privileged or host-namespace workloads: locked/Deployment/vault, shop/DaemonSet/agent, shop/Deployment/admin and 1 more',
    );
  });

  it('keep every source-to-target path in the full list', () => {
    const paths = attackPaths(model, exposures(input), risky).filter(
      (p) => p.from === workloadId('shop/web'),
    );
    expect(paths.map((p) => p.to).sort()).toEqual([
      'locked/Deployment/vault',
      'shop/DaemonSet/agent',
      'shop/Deployment/admin',
      'shop/Deployment/cache',
    ]);
  });

  it('have distinct fingerprints', () => {
    const fingerprints = findings.map((f) =>
      findingFingerprint({
        check: f.checkId,
        kind: f.subject.kind,
        namespace: f.subject.namespace,
        name: f.subject.name,
        container: f.result.container,
        path: f.result.path,
      }),
    );
    expect(fingerprints.length).toBeGreaterThan(1);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('never say an exposed risky workload reaches itself', () => {
    const self = findings.filter((f) => {
      const id = `${f.subject.namespace}/${f.subject.kind}/${f.subject.name}`;
      return (f.result.observed as { targets: string[] }).targets.includes(id);
    });
    expect(self).toEqual([]);
  });

  it('list at most 20 targets and count them all', () => {
    const from = workloadId('shop/web');
    const many: AttackPath[] = Array.from({ length: 25 }, (_, i) => ({
      from,
      to: `t/Deployment/w-${String(i).padStart(2, '0')}`,
      exposures: ['ingress'],
      hops: [],
    }));
    const [only] = attackPathFindings(model, many);
    const observed = only?.result.observed as { targets: string[]; targetCount: number };
    expect(observed.targets).toHaveLength(ATTACK_PATH_TARGETS_LISTED);
    expect(observed.targets[0]).toBe('t/Deployment/w-00');
    expect(observed.targetCount).toBe(25);
    expect(only?.result.message).toContain(
      'can reach 25 privileged or host-namespace workloads: t/Deployment/w-00, t/Deployment/w-01, t/Deployment/w-02 and 22 more',
    );
  });
});
