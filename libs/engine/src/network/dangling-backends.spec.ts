import { loadScenario, workloadId } from './__fixtures__/scenario-fixture';
import { buildNetworkModel } from './network-model';
import { danglingBackends, exposures } from './exposures';
import { detectCni } from './detect-cni';
import { netCheck } from './network-checks';
import { networkFindings } from './network-findings';

const { input } = loadScenario('dangling-backends.yaml');
const model = buildNetworkModel(input);
const findings = networkFindings(model, input, detectCni([], []));
const subjectsOf = (checkId: string): string[] =>
  findings
    .filter((f) => f.checkId === checkId)
    .map((f) => `${f.subject.kind}/${f.subject.name}`)
    .sort();

describe('exposure of Services and Ingresses whose backends select nothing', () => {
  it('counts only objects that expose a workload as exposures', () => {
    expect(exposures(input).map((e) => [e.kind, e.subject.name, e.workloads] as const)).toEqual([
      ['node-port', 'web', [workloadId('shop/web')]],
      ['ingress', 'live', [workloadId('shop/web')]],
    ]);
  });

  it('raises exposure findings only for what is exposed', () => {
    expect(subjectsOf('net.node-port-service')).toEqual(['Service/web']);
    expect(subjectsOf('net.load-balancer-service')).toEqual([]);
    expect(subjectsOf('net.ingress-exposed')).toEqual(['Ingress/live']);
    expect(subjectsOf('net.open-to-everyone')).toEqual([]);
  });

  it('reports each dangling Service and Ingress once, as a low-severity finding of its own', () => {
    expect(danglingBackends(input).map((e) => e.subject.name)).toEqual([
      'old-web',
      'lb-typo',
      'no-selector',
      'to-missing-service',
      'to-empty-service',
    ]);
    expect(subjectsOf('net.dangling-backend')).toEqual([
      'Ingress/to-empty-service',
      'Ingress/to-missing-service',
      'Service/lb-typo',
      'Service/no-selector',
      'Service/old-web',
    ]);
    expect(netCheck('net.dangling-backend').severity).toBe('low');
  });

  it('names the field to fix and the backends an Ingress routes to', () => {
    const ingress = findings.find(
      (f) => f.checkId === 'net.dangling-backend' && f.subject.name === 'to-missing-service',
    );
    expect(ingress?.result).toMatchObject({ path: 'spec.rules', observed: ['deleted'] });
    expect(ingress?.result.message).toContain('deleted');
    const service = findings.find(
      (f) => f.checkId === 'net.dangling-backend' && f.subject.name === 'lb-typo',
    );
    expect(service?.result).toMatchObject({ path: 'spec.selector', observed: 'LoadBalancer' });
  });
});
