import { allowedTraffic } from './allowed-traffic';
import { syntheticCluster } from './__bench__/synthetic-cluster';
import { matrixReach, namespaceMatrix } from './namespace-matrix';
import { buildNetworkModel } from './network-model';
import type { Reach } from './reach';

function bruteForce(
  workloads: { id: string; namespace: string }[],
  model: ReturnType<typeof buildNetworkModel>,
  from: string,
  to: string,
): Reach {
  const seen = new Set<string>();
  for (const a of workloads.filter((w) => w.namespace === from)) {
    for (const b of workloads.filter((w) => w.namespace === to)) {
      if (a.id === b.id) continue;
      const t = allowedTraffic(model, a.id, b.id);
      seen.add(!t.allowed ? 'none' : t.ports === 'all' ? 'all' : 'partial');
    }
  }
  if (seen.size === 0) return 'all';
  return seen.size === 1 ? ([...seen][0] as Reach) : 'partial';
}

describe('namespace matrix', () => {
  const input = syntheticCluster({
    namespaces: 23,
    workloadsPerNamespace: 3,
    policyNamespacesPerFive: 2,
  });
  const model = buildNetworkModel(input);
  const matrix = namespaceMatrix(model);

  it('agrees with workload-by-workload evaluation for every namespace pair', () => {
    const mismatches: string[] = [];
    for (const from of matrix.namespaces) {
      for (const to of matrix.namespaces) {
        const expected = bruteForce(input.workloads, model, from, to);
        if (matrixReach(matrix, from, to) !== expected)
          mismatches.push(`${from}->${to}: expected ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('collapses namespaces sharing a policy template into few blocks', () => {
    expect(matrix.namespaces).toHaveLength(23);
    expect(matrix.blocks.length).toBeLessThan(100);
  });

  it('lists no block that covers only the diagonal, and answers the diagonal from pairs or the default', () => {
    const diagonalOnly = matrix.blocks.filter(
      (b) => b.from.length === 1 && b.to.length === 1 && b.from[0] === b.to[0],
    );
    expect(diagonalOnly).toEqual([]);
    for (const ns of matrix.namespaces) {
      const pair = matrix.pairs.find((p) => p.from === ns && p.to === ns);
      expect(matrixReach(matrix, ns, ns)).toBe(pair?.reach ?? matrix.default);
    }
    expect(matrix.pairs.every((p) => p.from === p.to)).toBe(true);
  });

  it('says all for namespaces without policies', () => {
    expect(matrixReach(matrix, 'team-4', 'team-9')).toBe('all');
    expect(matrixReach(matrix, 'team-5', 'team-5')).toBe('partial');
    expect(matrixReach(matrix, 'team-4', 'team-5')).toBe('none');
  });
});
