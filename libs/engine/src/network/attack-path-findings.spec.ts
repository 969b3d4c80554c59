import { findingFingerprint } from '@kordon/contracts';
import { loadScenario, workloadId } from './__fixtures__/scenario-fixture';
import { networkFindings } from './network-findings';
import { buildNetworkModel } from './network-model';

const { input } = loadScenario('exposed-cluster.yaml');
const model = buildNetworkModel(input);
const cni = { verdict: 'enforces' as const, plugins: ['calico'], evidence: [] };
const risky = new Set(['shop/admin', 'shop/cache', 'locked/vault'].map((s) => workloadId(s)).concat(workloadId('shop/agent', 'DaemonSet')));
const findings = networkFindings(model, input, cni, risky).filter((f) => f.checkId === 'net.attack-path');

describe('attack-path findings', () => {
  it('name their target in the path, one finding per source and target', () => {
    const web = findings.filter((f) => f.subject.name === 'web').map((f) => f.result.path);
    expect(web.sort()).toEqual([
      'attackPath[to=locked/Deployment/vault]',
      'attackPath[to=shop/DaemonSet/agent]',
      'attackPath[to=shop/Deployment/admin]',
      'attackPath[to=shop/Deployment/cache]',
    ]);
  });

  it('have distinct fingerprints', () => {
    const fingerprints = findings.map((f) =>
      findingFingerprint({ check: f.checkId, kind: f.subject.kind, namespace: f.subject.namespace, name: f.subject.name, container: f.result.container, path: f.result.path }),
    );
    expect(fingerprints.length).toBeGreaterThan(1);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('never say an exposed risky workload reaches itself', () => {
    const self = findings.filter((f) => f.result.path === `attackPath[to=${f.subject.namespace}/${f.subject.kind}/${f.subject.name}]`);
    expect(self).toEqual([]);
  });
});
