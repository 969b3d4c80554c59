import type { AnalysisResult } from '../analyzer/analysis-types';
import {
  buildNetworkModel,
  namespaceReachTable,
  reachAt,
  REACH_NONE,
  type NetworkInput,
} from '../network';
import { namespaceReach } from './namespace-reach';

function resultOf(input: NetworkInput): AnalysisResult {
  return { network: { model: buildNetworkModel(input) } } as unknown as AnalysisResult;
}

const ns = (name: string) => ({ name, labels: { 'kubernetes.io/metadata.name': name } });
const w = (namespace: string, name: string) => ({
  id: `${namespace}/Deployment/${name}`,
  namespace,
  kind: 'Deployment',
  name,
  labels: { app: name },
  ips: [],
  hostNetwork: false,
  ports: [],
  hostPorts: [],
});
const denyAll = (namespace: string) => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'deny', namespace },
  spec: { podSelector: {}, policyTypes: ['Ingress'] },
});

describe('namespaceReach', () => {
  const input: NetworkInput = {
    namespaces: ['a', 'b', 'c', 'd'].map(ns),
    workloads: [w('a', 'x'), w('a', 'y'), w('b', 'x'), w('c', 'x'), w('d', 'x')],
    policies: [denyAll('c'), denyAll('d')],
    services: [],
    ingresses: [],
    crdNames: [],
  };

  it('agrees with a pair-by-pair walk of the matrix', () => {
    const reach = namespaceReach(resultOf(input));
    const table = namespaceReachTable(buildNetworkModel(input));
    const pairs: [string, string][] = [];
    let reachable = 0;
    table.namespaces.forEach((from, i) =>
      table.namespaces.forEach((to, j) => {
        const r = reachAt(table, i, j) !== REACH_NONE;
        if (r) reachable += 1;
        pairs.push([from, to, r] as unknown as [string, string]);
      }),
    );
    const total = table.namespaces.length ** 2;
    const mostly = reachable >= total - reachable;
    const expected = (pairs as unknown as [string, string, boolean][])
      .filter(([, , r]) => r !== mostly)
      .map(([f, t]) => [f, t]);
    expect(reach?.default).toBe(mostly ? 'reachable' : 'unreachable');
    expect(reach?.except).toEqual(expected);
    expect(reach?.except).toHaveLength(6); // into the two deny-all namespaces from the three others
    expect(reach?.truncated).toBe(false);
  });

  it('marks the list truncated past the cap', () => {
    const reach = namespaceReach(resultOf(input), 1);
    expect(reach?.except).toHaveLength(1);
    expect(reach?.truncated).toBe(true);
  });
});
