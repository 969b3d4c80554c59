import { loadScenario } from './__fixtures__/scenario-fixture';
import { explainConnection } from './explain-connection';
import { buildNetworkModel } from './network-model';
import { namespaceCellConnections, workloadConnections } from './class-connections';

describe('connections listed per class pair', () => {
  const model = buildNetworkModel(loadScenario('peer-selectors.yaml').input);
  const ids = [...model.workloads.keys()];
  const allowedPairs = ids.flatMap((from) =>
    ids
      .filter((to) => to !== from && explainConnection(model, from, to).allowed)
      .map((to) => `${from}>${to}`),
  );

  it('lists exactly the pairs explainConnection allows, for every namespace cell', () => {
    const namespaces = [...new Set([...model.workloads.values()].map((w) => w.namespace))];
    const listed = namespaces.flatMap((a) =>
      namespaces.flatMap((b) =>
        namespaceCellConnections(model, a, b, 10_000).connections.map((c) => `${c.from}>${c.to}`),
      ),
    );
    expect(listed.sort()).toEqual([...allowedPairs].sort());
  });

  it('lists what a workload reaches and what reaches it, with the rules', () => {
    for (const id of ids) {
      const out = workloadConnections(model, id, 'outbound', 10_000).connections;
      const into = workloadConnections(model, id, 'inbound', 10_000).connections;
      expect(out.map((c) => `${c.from}>${c.to}`).sort()).toEqual(
        allowedPairs.filter((p) => p.startsWith(`${id}>`)).sort(),
      );
      expect(into.map((c) => `${c.from}>${c.to}`).sort()).toEqual(
        allowedPairs.filter((p) => p.endsWith(`>${id}`)).sort(),
      );
      for (const c of out) {
        const e = explainConnection(model, c.from, c.to);
        expect(c.ingressRules).toEqual(e.ingress.rules);
        expect(c.ports).toEqual(e.ports);
      }
    }
  });

  it('stops at the limit and says the list is incomplete', () => {
    const first = ids[0] as string;
    const all = workloadConnections(model, first, 'inbound', 10_000).connections.length;
    expect(all).toBeGreaterThan(1);
    const cut = workloadConnections(model, first, 'inbound', 1);
    expect(cut.connections).toHaveLength(1);
    expect(cut.complete).toBe(false);
  });
});
