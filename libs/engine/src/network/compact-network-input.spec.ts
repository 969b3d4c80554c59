import { loadScenario } from './__fixtures__/scenario-fixture';
import { compactNetworkInput } from './compact-network-input';
import { explainConnection } from './explain-connection';
import { buildNetworkModel } from './network-model';
import { namespaceMatrix } from './namespace-matrix';

const PORTS = [undefined, 9, 80, 443];

describe('compactNetworkInput', () => {
  it.each(['ip-block.yaml', 'peer-selectors.yaml', 'ports.yaml', 'egress-and-ingress.yaml'])(
    'answers every question of %s exactly as the full input does',
    (file) => {
      const { input } = loadScenario(file);
      const full = buildNetworkModel(input);
      const compact = buildNetworkModel(compactNetworkInput(input));
      const ids = [...full.workloads.keys()];
      for (const from of ids)
        for (const to of ids)
          for (const port of PORTS)
            expect(explainConnection(compact, from, to, { port })).toEqual(
              explainConnection(full, from, to, { port }),
            );
      expect(compact.classes.map((c) => c.members)).toEqual(full.classes.map((c) => c.members));
      expect(namespaceMatrix(compact)).toEqual(namespaceMatrix(full));
    },
  );

  it('keeps one IP per matching ipBlock and drops the rest', () => {
    const { input } = loadScenario('ip-block.yaml');
    const withMany = {
      ...input,
      workloads: input.workloads.map((w) =>
        w.name === 'inside' ? { ...w, ips: ['192.168.7.7', '10.1.2.3', '10.1.3.3'] } : w,
      ),
    };
    const byName = new Map(compactNetworkInput(withMany).workloads.map((w) => [w.name, w.ips]));
    expect(byName.get('inside')).toEqual(['10.1.2.3']);
    expect(byName.get('outside')).toEqual([]);
    expect(byName.get('v6')).toEqual(['fd00::5']);
  });

  it('keeps no IP when no policy has an ipBlock', () => {
    const { input } = loadScenario('peer-selectors.yaml');
    const withIps = {
      ...input,
      workloads: input.workloads.map((w) => ({ ...w, ips: ['10.0.0.1'] })),
    };
    expect(compactNetworkInput(withIps).workloads.every((w) => w.ips.length === 0)).toBe(true);
  });
});
